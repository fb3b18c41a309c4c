import type { ClinicInfo } from './clinic';
import { baseLanguage, isLessonLanguage, type LessonLanguage } from './language';

/**
 * The name of each language in itself, as a language menu shows it ("Español"
 * whatever language the screen is in), so a person finds their own language even
 * when the screen is in one they cannot read. Kept out of the translated strings
 * on purpose: these words are the same in every language.
 */
export const languageNames: Record<LessonLanguage, string> = { en: 'English', es: 'Español' };

/** Where the language in force came from, so a settings screen can say "the clinic's" or "this computer's". */
export type LanguageSource = 'profile' | 'clinic' | 'system' | 'default';

/** What decides the language: each is null when it says nothing the app can use. */
export interface LanguageInputs {
  /** The language the person chose for their profile (or on the welcome screen, before the profile exists). */
  profile: LessonLanguage | null | undefined;
  /** The language a clinic file set, or null when no clinic file set one. */
  clinic: string | null | undefined;
  /** The system's (browser's) languages in order of preference, such as navigator.languages. */
  system: readonly string[];
}

/** The primary subtag of a language tag, if the app has that language: "es-MX" → "es", "fr" → null. */
export function appLanguageOf(tag: string | null | undefined): LessonLanguage | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLessonLanguage(primary) ? primary : null;
}

/**
 * The language to show: the profile's choice, else the clinic's, else the first
 * of the system's languages the app has, else English. A language the app lacks
 * at one level passes to the next rather than falling straight to English.
 */
export function resolveLanguage(inputs: LanguageInputs): { language: LessonLanguage; source: LanguageSource } {
  if (inputs.profile !== null && inputs.profile !== undefined && isLessonLanguage(inputs.profile)) {
    return { language: inputs.profile, source: 'profile' };
  }
  const clinic = appLanguageOf(inputs.clinic);
  if (clinic !== null) return { language: clinic, source: 'clinic' };
  for (const tag of inputs.system) {
    const system = appLanguageOf(tag);
    if (system !== null) return { language: system, source: 'system' };
  }
  return { language: baseLanguage, source: 'default' };
}

/**
 * The language a clinic file set, or null when none did: ClinicInfo.language is
 * always filled in (English by default), so only a file that names `language`
 * among the settings it applied counts as the clinic choosing one.
 */
export function clinicLanguageOf(clinic: Pick<ClinicInfo, 'language' | 'applied'> | null): string | null {
  if (clinic === null) return null;
  return clinic.applied.some((a) => a.settings.includes('language')) ? clinic.language : null;
}
