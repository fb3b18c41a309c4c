import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';
import { CrisisLineList } from '../components/CrisisLineList';

/** The crisis resources, large, for the whole room: put on the audience view with one key (C). */
export function CrisisScreen({ lines }: { lines: CrisisLine[] }): JSX.Element {
  const { t } = useTranslation();
  return (
    <section className="audience-crisis" aria-labelledby="audience-crisis-title">
      <h1 id="audience-crisis-title">{t('crisis.title')}</h1>
      <p className="present-lead">{t('crisis.intro')}</p>
      <CrisisLineList lines={lines} className="audience-crisis-lines" />
    </section>
  );
}
