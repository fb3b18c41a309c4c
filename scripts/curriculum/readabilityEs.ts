import { countText, type Language } from './readability';
/**
 * Spanish readability: the Szigriszt-Pazos perspicuity index (1993), read on the
 * INFLESZ scale (Barrio-Cantalejo et al., 2008): 206.835 − 62.3 × (syllables ÷
 * words) − (words ÷ sentences). INFLESZ calls 55–65 "normal", 65–80 "bastante
 * fácil" (fairly easy) and above 80 "muy fácil". No well-kept library counts
 * Spanish syllables, so they are counted here by the rules of Spanish spelling.
 */

export interface SpanishReadability {
  /** Szigriszt-Pazos / INFLESZ score, to one decimal; higher is easier. */
  inflesz: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** Words: letters with Spanish accents, ñ and ü (and an inner apostrophe or hyphen), or numbers. */
const WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+(?:[-'’][A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+)*|\d+(?:[.,:]\d+)*/g;
/** Strong vowels, and weak ones carrying an accent (which break a diphthong: "país", "día"). */
const STRONG = /[aeoáéóíú]/;

/**
 * Syllables of one Spanish word. Each run of vowels is one syllable, unless it
 * holds two or more strong (or accented) vowels, which are in hiatus: "ciu-dad",
 * "bue-no" and "cuí-da-te" against "ca-er", "dí-a" and "a-é-re-o". A final y
 * after a vowel closes a diphthong ("hoy", "muy"); "y" alone is a syllable.
 */
export function spanishSyllables(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return 1;
  const letters = lower.replace(/[-'’]/g, '');
  let count = 0;
  for (const run of letters.match(/[aeiouáéíóúü]+/g) ?? []) {
    const strong = [...run].filter((c) => STRONG.test(c)).length;
    count += Math.max(1, strong);
  }
  // "y" with no vowel beside it is a vowel of its own: the word "y", or "y" between consonants.
  count += (letters.match(/(?:^|[^aeiouáéíóúü])y(?=[^aeiouáéíóúü]|$)/g) ?? []).length;
  return Math.max(1, count);
}

const spanish: Language = {
  word: WORD,
  syllables: spanishSyllables,
  sentenceEnd: /[.!?…]+(?:["'”’»)]*)(?:\s|$)/,
};

/** Measures blocks of Spanish text (paragraphs, headings, list items, labels) on the INFLESZ scale. */
export function measureSpanish(blocks: string[]): SpanishReadability {
  const { words, sentences, syllables } = countText(blocks, spanish);
  return { inflesz: inflesz(words, sentences, syllables), words, sentences, syllables };
}

/** The Szigriszt-Pazos formula itself, to one decimal; 0 for no words. */
export function inflesz(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return Math.round((206.835 - (62.3 * syllables) / words - words / sentences) * 10) / 10;
}
