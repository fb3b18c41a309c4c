import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';

/** Messages about the person's data (a damaged file kept aside, a read-only file), until dismissed. */
export function Notices({ notices }: { notices: string[] }): JSX.Element | null {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <section className="notices" role="alert" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('app.noticesTitle')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('app.dismiss')}
      </button>
    </section>
  );
}
