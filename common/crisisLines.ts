import type { CrisisLine } from './api';
import type { LessonLanguage } from './language';

/**
 * The two lines every screen and every printed page shows, whatever a clinic
 * configures: a clinic's own lines are added after these, never instead of them.
 */
export const essentialCrisisLines: readonly CrisisLine[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    contact: 'Call or text 988',
    detail: 'Free and open 24/7, also by chat at 988lifeline.org. In Spanish: press 2, or text AYUDA to 988.',
  },
  {
    name: 'Emergency',
    contact: 'Call 911',
    detail: 'If you or someone else is in danger right now.',
  },
];

/** National lines shown after the essential ones when a clinic lists no crisis lines of its own. */
export const nationalHelplines: readonly CrisisLine[] = [
  {
    name: 'SAMHSA National Helpline',
    contact: '1-800-662-4357',
    detail: 'Free, private help finding treatment, 24/7, in English and Spanish.',
  },
];

/** The crisis resources shown when no clinic has set its own. US numbers, current as of 2026. */
export const defaultCrisisLines: CrisisLine[] = [...essentialCrisisLines, ...nationalHelplines];

/**
 * The essential lines in Spanish, for Spanish lessons, worksheets and screens:
 * 988 answers in Spanish when a caller presses 2, takes texts of AYUDA, and has
 * a Spanish chat.
 */
export const essentialCrisisLinesEs: readonly CrisisLine[] = [
  {
    name: '988 Línea de Prevención del Suicidio y Crisis',
    contact: 'Llame al 988 y oprima 2, o envíe AYUDA por texto al 988',
    detail: 'Gratis, las 24 horas, todos los días. También hay chat en español en 988lineadevida.org.',
  },
  {
    name: 'Emergencias',
    contact: 'Llame al 911',
    detail: 'Si usted u otra persona está en peligro ahora mismo.',
  },
];

/** The national lines in Spanish: SAMHSA's helpline answers in Spanish. */
export const nationalHelplinesEs: readonly CrisisLine[] = [
  {
    name: 'Línea Nacional de Ayuda de SAMHSA',
    contact: '1-800-662-4357',
    detail: 'Ayuda gratis y confidencial para encontrar tratamiento, las 24 horas. Atiende en español.',
  },
];

/** The Spanish crisis resources shown when no clinic has set its own. */
export const defaultCrisisLinesEs: CrisisLine[] = [...essentialCrisisLinesEs, ...nationalHelplinesEs];

/** Each language's built-in lines, by name rather than by position in a list. */
const builtIn: Record<LessonLanguage, { essential: readonly CrisisLine[]; helplines: readonly CrisisLine[] }> = {
  en: { essential: essentialCrisisLines, helplines: nationalHelplines },
  es: { essential: essentialCrisisLinesEs, helplines: nationalHelplinesEs },
};

/** The digits of a contact, so "Call or text 988" and "988" count as the same number. */
function digitsOf(contact: string): string {
  return contact.replace(/\D/g, '');
}

/**
 * 988 and 911 first, then the clinic's crisis lines (or the national helplines
 * when it lists none), then its local numbers. A clinic line that repeats 988 or
 * 911 is dropped, so the room never sees the same number twice.
 */
export function mergeCrisisLines(
  clinicLines: readonly CrisisLine[] | undefined,
  localNumbers: readonly CrisisLine[] = [],
  language: LessonLanguage = 'en',
): CrisisLine[] {
  // In Spanish, 988 and 911 are named in Spanish (988 takes AYUDA and answers in Spanish on 2).
  const { essential, helplines } = builtIn[language];
  // The English contacts hold the bare numbers (the Spanish 988 line also says "oprima 2").
  const essentialDigits = new Set(essentialCrisisLines.map((l) => digitsOf(l.contact)));
  const added = [...(clinicLines ?? helplines), ...localNumbers].filter(
    (line) => !essentialDigits.has(digitsOf(line.contact)),
  );
  return [...essential, ...added];
}

/** The built-in crisis lines in a language (English where there is no translation). */
export function defaultCrisisLinesFor(language: LessonLanguage): CrisisLine[] {
  return language === 'es' ? defaultCrisisLinesEs : defaultCrisisLines;
}
