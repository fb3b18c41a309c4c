/**
 * Compares a translation with the English strings it follows: keys missing or
 * extra, plural forms, interpolation variables, and English left in place.
 * Pure, so the parity test can run it on the real files and on planted defects.
 */

/** What can be wrong with one key of a translation. */
export type ParityProblemKind =
  | 'missing'
  | 'extra'
  | 'not-text'
  | 'plural-forms'
  | 'variables'
  | 'untranslated'
  | 'english-words'
  | 'stale-allowance';

/** One problem, at a dotted key path such as `data.profiles.create`. */
export interface ParityProblem {
  kind: ParityProblemKind;
  path: string;
  detail: string;
}

/** Which languages are compared, and which identical strings are allowed (path → why). */
export interface ParityOptions {
  referenceLanguage: string;
  language: string;
  sameAllowed: Readonly<Record<string, string>>;
}

const CLDR_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * English words that are not also Spanish words. One of them in a Spanish string
 * means part of it was left in English ("Guardado. Try again").
 */
const ENGLISH_WORDS = new Set(
  'the and your you is are this that with will what not be to of it for from was were been can cannot please there into'.split(
    ' ',
  ),
);

/** A key as a reader sees it: one string, or one string per plural form. */
type Entry = { kind: 'text'; value: string } | { kind: 'plural'; forms: Map<string, string> } | { kind: 'other' };

/** Flattens nested strings to dotted paths, grouping `x_one`/`x_other` siblings under `x`. */
function entries(messages: unknown): Map<string, Entry> {
  const flat = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`);
    } else flat.set(path, value);
  };
  walk(messages, '');
  const result = new Map<string, Entry>();
  for (const [path, value] of flat) {
    const match = /^(.*)_([a-z]+)$/.exec(path);
    const base = match?.[1];
    const category = match?.[2];
    if (
      base !== undefined &&
      category !== undefined &&
      CLDR_CATEGORIES.includes(category) &&
      flat.has(`${base}_other`)
    ) {
      const entry = result.get(base);
      const forms = entry?.kind === 'plural' ? entry.forms : new Map<string, string>();
      forms.set(category, typeof value === 'string' ? value : '');
      result.set(base, { kind: 'plural', forms });
    } else result.set(path, typeof value === 'string' ? { kind: 'text', value } : { kind: 'other' });
  }
  return result;
}

/** The `{{name}}` variables of a string, sorted (formats such as `{{when, datetime}}` count by name). */
export function variablesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^\s,}]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** The words of a string outside its variables, lower case. */
const wordsOf = (text: string): string[] =>
  text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');

const texts = (entry: Entry): string[] =>
  entry.kind === 'text' ? [entry.value] : entry.kind === 'plural' ? [...entry.forms.values()] : [];

/** Plural categories as suffixes, in CLDR order (`_one, _many, _other`), for readable messages. */
const suffixes = (categories: Iterable<string>): string[] =>
  [...categories].sort((a, b) => CLDR_CATEGORIES.indexOf(a) - CLDR_CATEGORIES.indexOf(b)).map((c) => `_${c}`);

const pluralSuffixes = (language: string): string[] =>
  suffixes(new Intl.PluralRules(language).resolvedOptions().pluralCategories);

/** Checks one string of the translation against its English one. */
function compareText(path: string, english: string, translated: string, options: ParityOptions): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const want = variablesOf(english).join(', ');
  const have = variablesOf(translated).join(', ');
  if (want !== have) {
    problems.push({ kind: 'variables', path, detail: `needs {{${want}}}, has {{${have}}}` });
  }
  if (path in options.sameAllowed) return problems;
  const words = wordsOf(translated);
  if (words.length > 0 && english.trim().toLowerCase() === translated.trim().toLowerCase()) {
    problems.push({ kind: 'untranslated', path, detail: `same as ${options.referenceLanguage}: "${english}"` });
  } else {
    const english = [...new Set(words.filter((w) => ENGLISH_WORDS.has(w)))];
    if (english.length > 0) {
      problems.push({ kind: 'english-words', path, detail: `"${translated}" has ${english.join(', ')}` });
    }
  }
  return problems;
}

/** Every problem of `translation` measured against `reference`, in key order. */
export function compareTranslations(reference: unknown, translation: unknown, options: ParityOptions): ParityProblem[] {
  const ref = entries(reference);
  const tra = entries(translation);
  const { referenceLanguage: refLang, language: lang } = options;
  const problems: ParityProblem[] = [];
  for (const [path, english] of ref) {
    const translated = tra.get(path);
    if (english.kind === 'other') {
      problems.push({ kind: 'not-text', path, detail: `${refLang} value is not a string` });
    } else if (translated === undefined) {
      const what = english.kind === 'plural' ? ` (plural: ${pluralSuffixes(lang).join(', ')})` : '';
      problems.push({ kind: 'missing', path, detail: `missing in ${lang}${what}; ${refLang}: "${texts(english)[0]}"` });
    } else if (translated.kind === 'other') {
      problems.push({ kind: 'not-text', path, detail: `${lang} value is not a string` });
    } else if (english.kind !== translated.kind) {
      problems.push({
        kind: 'plural-forms',
        path,
        detail: `${refLang} is ${english.kind}, ${lang} is ${translated.kind}`,
      });
    } else if (english.kind === 'text' && translated.kind === 'text') {
      problems.push(...compareText(path, english.value, translated.value, options));
    } else if (english.kind === 'plural' && translated.kind === 'plural') {
      const want = pluralSuffixes(lang).join(', ');
      const have = suffixes(translated.forms.keys()).join(', ');
      if (want !== have) {
        problems.push({ kind: 'plural-forms', path, detail: `${lang} needs ${want}, has ${have}` });
      }
      // A form English lacks (Spanish `_many`) is held to the English `_other`.
      const englishOther = english.forms.get('other') ?? '';
      for (const [category, text] of translated.forms) {
        const englishForm = english.forms.get(category) ?? englishOther;
        problems.push(...compareText(`${path}_${category}`, englishForm, text, options));
      }
    }
  }
  for (const [path] of tra) {
    if (!ref.has(path)) problems.push({ kind: 'extra', path, detail: `not in ${refLang}` });
  }
  for (const [path, why] of Object.entries(options.sameAllowed)) {
    const english = ref.get(path);
    const translated = tra.get(path);
    const same =
      english?.kind === 'text' && translated?.kind === 'text' && english.value.trim() === translated.value.trim();
    if (!same)
      problems.push({ kind: 'stale-allowance', path, detail: `allowed to match ${refLang} (${why}) but does not` });
  }
  return problems;
}

/** One line per problem, grouped by kind, for a test's failure message. */
export function formatProblems(problems: readonly ParityProblem[]): string {
  return problems.map((p) => `${p.kind}: ${p.path}: ${p.detail}`).join('\n');
}
