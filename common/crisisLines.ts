import type { CrisisLine } from './api';
import type { LessonLanguage } from './language';

/**
 * The crisis resources shown when no clinic has set its own. US numbers, current
 * as of 2026; clinics replace or add local numbers in their configuration.
 */
export const defaultCrisisLines: CrisisLine[] = [
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
  {
    name: 'SAMHSA National Helpline',
    contact: '1-800-662-4357',
    detail: 'Free, private help finding treatment, 24/7, in English and Spanish.',
  },
];

/**
 * The same lines in Spanish, for Spanish lessons, worksheets and screens: 988
 * answers in Spanish when a caller presses 2, takes texts of AYUDA, and has a
 * Spanish chat; SAMHSA's helpline answers in Spanish.
 */
export const defaultCrisisLinesEs: CrisisLine[] = [
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
  {
    name: 'Línea Nacional de Ayuda de SAMHSA',
    contact: '1-800-662-4357',
    detail: 'Ayuda gratis y confidencial para encontrar tratamiento, las 24 horas. Atiende en español.',
  },
];

/** The built-in crisis lines in a language (English where there is no translation). */
export function defaultCrisisLinesFor(language: LessonLanguage): CrisisLine[] {
  return language === 'es' ? defaultCrisisLinesEs : defaultCrisisLines;
}
