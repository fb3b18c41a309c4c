import i18next, { type i18n } from 'i18next';
import { en } from './en';

export const defaultLanguage = 'en';
const resources = { en: { translation: en } };
export const supportedLanguages = Object.keys(resources);

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
