import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicInfo } from '../../common/clinic';
import { resourceLanguages } from '../../common/i18n/createI18n';

/** CSS custom properties the clinic's colours replace (renderer/styles/tokens.css defines the defaults; they feed --color-primary only). */
const colourProperties = { accent: '--accent', accentText: '--accent-ink' } as const;

/**
 * Applies the clinic's settings to the page: its colours as CSS custom properties
 * (set through the CSSOM, which the Content-Security-Policy allows, not through
 * style tags), its name in the window title and its module names. Its language
 * is one input to the language in force (renderer/language/LanguageProvider.tsx),
 * which a profile's choice overrides, so it is not switched to here.
 */
export function useClinicBranding(clinic: ClinicInfo | null): void {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    if (clinic === null) return undefined;
    const root = document.documentElement.style;
    if (clinic.colors !== null) {
      root.setProperty(colourProperties.accent, clinic.colors.accent);
      root.setProperty(colourProperties.accentText, clinic.colors.accentText);
    }
    return () => {
      root.removeProperty(colourProperties.accent);
      root.removeProperty(colourProperties.accentText);
    };
  }, [clinic]);

  useEffect(() => {
    if (clinic === null) return;
    let renamed = false;
    for (const module of clinic.modules ?? []) {
      if (module.name === undefined) continue;
      // As the clinic wrote it, whatever language is in force (as its own crisis lines are).
      for (const language of resourceLanguages) {
        i18n.addResource(language, 'translation', `modules.${module.id}`, module.name);
      }
      renamed = true;
    }
    // Re-setting the language in force re-renders every translated string, module names included.
    if (renamed) void i18n.changeLanguage(i18n.language);
  }, [clinic, i18n]);

  useEffect(() => {
    const app = t('app.name');
    document.title = clinic?.name ? t('clinic.titleWithClinic', { app, clinic: clinic.name }) : app;
  }, [clinic, t]);
}
