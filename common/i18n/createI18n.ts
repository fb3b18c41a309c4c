import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { es } from './es';

export const defaultLanguage = 'en';
const resources = { en: { translation: en }, es: { translation: es } };
/** Every language with a full set of strings (tests/common/i18nParity.test.ts keeps them in step). */
export const resourceLanguages = Object.keys(resources);
/**
 * Languages the app switches to when asked (by a profile, a clinic file or the
 * system; a printout or a presented lesson in its own language): each person
 * chooses theirs (issue 15, item 1; renderer/language/).
 */
export const supportedLanguages: string[] = [defaultLanguage, 'es'];

/** Makes a fresh i18next instance with the app's strings; the renderer and the print path each make one. */
export function createI18n(language: string = defaultLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: supportedLanguages.includes(language) ? language : defaultLanguage,
    fallbackLng: defaultLanguage,
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
