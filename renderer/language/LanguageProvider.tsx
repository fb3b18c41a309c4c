import { createContext, useContext, useLayoutEffect, useMemo, useState, type JSX, type ReactNode } from 'react';
import { baseLanguage, type LessonLanguage } from '../../common/language';
import { appLanguageOf, resolveLanguage, type LanguageSource } from '../../common/languageChoice';
import { i18n } from '../i18n';
import { startLanguages } from '../api/startData';

/** The language in force and the two things the app tells it. */
export interface LanguageState {
  /** What the screen, the lessons, the worksheets and the crisis lines are shown in. */
  language: LessonLanguage;
  /** Where it came from: the profile, the clinic file, the system, or the built-in default. */
  source: LanguageSource;
  /** The language with no profile choice: the clinic's, else the system's, else English. */
  automatic: LessonLanguage;
  /** The open profile's choice (or the welcome screen's, before the profile exists); null for none. */
  setProfileLanguage: (language: LessonLanguage | null) => void;
  /** The language a clinic file set (common/languageChoice.ts clinicLanguageOf); null for none. */
  setClinicLanguage: (language: string | null) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** The browser's languages in order of preference; a bare `navigator.language` when the list is empty. */
const systemLanguages = (): readonly string[] =>
  navigator.languages.length > 0 ? navigator.languages : [navigator.language];

/**
 * Holds the language in force (profile > clinic > system > English) and switches
 * to it at once: i18next (so every `t` re-renders, the window title included)
 * and the page's `lang`. Screens that fetch words from the API read `language` from
 * useLanguage() and fetch again when it changes, so nothing needs a reload.
 */
export function LanguageProvider({ children }: { children: ReactNode }): JSX.Element {
  // From the page's own answers when it has them, so the first screen is drawn in its language once.
  const [profile, setProfileLanguage] = useState<LessonLanguage | null>(() => startLanguages().profile);
  const [clinic, setClinicLanguage] = useState<string | null>(() => startLanguages().clinic);
  const { language, source } = resolveLanguage({ profile, clinic, system: systemLanguages() });
  const automatic = resolveLanguage({ profile: null, clinic, system: systemLanguages() }).language;

  // Layout effect: the new words and `lang` are in place before the browser paints the switched screen.
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(
    () => ({ language, source, automatic, setProfileLanguage, setClinicLanguage }),
    [language, source, automatic],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/**
 * The language in force, for code that runs after render (a save sent a moment
 * after typing): the provider switches i18next to it before anything can be sent.
 */
export function languageInForce(): LessonLanguage {
  return appLanguageOf(i18n.language) ?? baseLanguage;
}

/** The language in force and its setters; outside a LanguageProvider, i18next's language, fixed. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (state !== null) return state;
  const language = languageInForce();
  return { language, source: 'default', automatic: language, setProfileLanguage: ignore, setClinicLanguage: ignore };
}

const ignore = (): void => undefined;
