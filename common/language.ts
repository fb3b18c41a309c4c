/**
 * The languages lessons are written in, and how a lesson file names its
 * language. A lesson is one id in one or more languages: the English file
 * `01-how-stress-works.mdx` and its Spanish version `01-how-stress-works.es.mdx`
 * beside it share the id, the exercises and the option values, so an answer
 * given in one language shows under the same exercise in the other.
 */
export const lessonLanguages = ['en', 'es'] as const;
export type LessonLanguage = (typeof lessonLanguages)[number];

/**
 * Each language named in itself, whatever language the app is in, so a person
 * finds theirs in a list (not translated, so not in the i18n files).
 */
export const languageNames: Readonly<Record<LessonLanguage, string>> = { en: 'English', es: 'Español' };

/** The language every core lesson is written in first, and the fallback when a lesson lacks a version. */
export const baseLanguage: LessonLanguage = 'en';

/** Whether a string names a language lessons can be written in. */
export function isLessonLanguage(value: unknown): value is LessonLanguage {
  return typeof value === 'string' && (lessonLanguages as readonly string[]).includes(value);
}

/** The language a lesson file's name declares: `name.es.mdx` is Spanish, a plain `name.mdx` English. */
export function languageOfFile(name: string): LessonLanguage {
  const match = /\.([a-z]{2})\.mdx$/.exec(name);
  return match !== null && isLessonLanguage(match[1]) ? match[1] : baseLanguage;
}

/**
 * The version to serve when `wanted` is asked for: that language, else English,
 * else the first the lesson has (a clinic lesson may be written in Spanish only).
 */
export function pickLanguage(available: readonly LessonLanguage[], wanted: LessonLanguage): LessonLanguage | null {
  if (available.includes(wanted)) return wanted;
  if (available.includes(baseLanguage)) return baseLanguage;
  return available[0] ?? null;
}
