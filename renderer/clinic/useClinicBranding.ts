import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicInfo } from '../../common/clinic';

/** CSS custom properties the clinic's colours replace (renderer/styles/tokens.css defines the defaults; they feed --color-primary only). */
const colourProperties = { accent: '--accent', accentText: '--accent-ink' } as const;

/**
 * Applies the clinic's settings to the page: its colours as CSS custom properties
 * (set through the CSSOM, which the Content-Security-Policy allows, not through
 * style tags), its name in the window title, its module names, and its language.
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
      i18n.addResource(clinic.language, 'translation', `modules.${module.id}`, module.name);
      renamed = true;
    }
    // Changing (or re-setting) the language re-renders every translated string, module names included.
    if (renamed || i18n.language !== clinic.language) {
      void i18n.changeLanguage(clinic.language).then(() => {
        document.documentElement.lang = i18n.language;
      });
    }
  }, [clinic, i18n]);

  useEffect(() => {
    const app = t('app.name');
    document.title = clinic?.name ? t('clinic.titleWithClinic', { app, clinic: clinic.name }) : app;
  }, [clinic, t]);
}
