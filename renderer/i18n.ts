import { createI18n } from '../common/i18n/createI18n';

/**
 * The renderer's one i18next instance, in the browser's language: React reads it
 * through I18nextProvider (main.tsx), and modules outside React (the API client)
 * import it, so both speak the same language.
 */
export const i18n = createI18n(navigator.language.split('-')[0]);
