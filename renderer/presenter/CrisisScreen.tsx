import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';

/** The crisis resources, large, for the whole room: put on the audience view with one key (C). */
export function CrisisScreen({ lines }: { lines: CrisisLine[] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="audience-crisis" aria-labelledby="audience-crisis-title">
      <h1 id="audience-crisis-title">{t('crisis.title')}</h1>
      <p className="present-lead">{t('crisis.intro')}</p>
      <ul className="audience-crisis-lines">
        {lines.map((line) => (
          <li key={line.name}>
            <strong>{line.name}</strong>
            <span className="crisis-contact">{line.contact}</span>
            <span>{line.detail}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
