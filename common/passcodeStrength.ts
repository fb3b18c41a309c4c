/**
 * A rough guess of how hard a passcode is to guess, for the hint under the
 * passcode field. It rewards ordinary words strung together (a passphrase is easy
 * to remember and slow to guess) and sees through PINs, repeats, runs such as
 * "1234" and the passwords everyone tries first. It is advice, not a rule: the
 * only rule is the minimum length.
 */
export type PasscodeStrength = 'empty' | 'too-short' | 'weak' | 'fair' | 'strong';

/** Bits below which a passcode is weak, and at which it is strong. */
const WEAK_BELOW = 26;
const STRONG_FROM = 40;
/** A word from a vocabulary of about 10,000 common words. */
const WORD_BITS = 13;

/** What people try first; each counts as almost nothing. Lower case. */
const commonWords = new Set([
  'password',
  'passcode',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'asdf',
  'letmein',
  'iloveyou',
  'welcome',
  'admin',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'groundwork',
  'recovery',
  'sober',
  'sobriety',
]);

/** True for "aaaa", "abcd", "4321": one character, or each one step from the last. */
function isRunOrRepeat(token: string): boolean {
  if (token.length < 3) return false;
  const codes = [...token.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) <= 1 && codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/** Estimated bits of one run of letters, digits or other characters. */
function tokenBits(token: string): number {
  if (commonWords.has(token.toLowerCase()) || isRunOrRepeat(token)) return 2;
  if (/^\p{L}+$/u.test(token)) {
    // Three letters or more are most likely a word; capitals inside a word add a little.
    const inner = /\p{Lu}/u.test(token.slice(1)) ? 3 : 0;
    return token.length >= 3 ? WORD_BITS + inner : token.length * Math.log2(26);
  }
  if (/^\p{N}+$/u.test(token)) {
    if (/^(19|20)\d\d$/.test(token)) return 7;
    return token.length * Math.log2(10);
  }
  // Spaces and hyphens between words add little; other symbols more.
  return [...token].reduce((bits, c) => bits + (/[\s\-_.]/.test(c) ? 1 : 5), 0);
}

/** How guessable a passcode is, given the shortest length allowed. */
export function passcodeStrength(passcode: string, minLength: number): PasscodeStrength {
  if (passcode === '') return 'empty';
  if ([...passcode].length < minLength) return 'too-short';
  const tokens = passcode.match(/\p{L}+|\p{N}+|[^\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  let bits = 0;
  for (const token of tokens) {
    const key = token.toLowerCase();
    // The same word again adds almost nothing ("blue blue blue").
    bits += seen.has(key) ? 1 : tokenBits(token);
    seen.add(key);
  }
  // A PIN is what a guesser tries first, whatever its length, until it is very long.
  if (bits < WEAK_BELOW || (/^\p{N}+$/u.test(passcode) && bits < STRONG_FROM)) return 'weak';
  return bits < STRONG_FROM ? 'fair' : 'strong';
}
