import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { aboutHref } from '../hooks/useHashRoute';

/** The footer's link to the About page (version, clinic settings, where data is kept). */
export function AboutLink(): JSX.Element {
  const { t } = useTranslation();
  return (
    <a className="about-link" href={aboutHref}>
      {t('clinic.about.link')}
    </a>
  );
}
