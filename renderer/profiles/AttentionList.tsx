import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileAttentionInfo } from '../../common/dataApi';

/**
 * Profiles that cannot be opened (their record is damaged, from a newer
 * Groundwork, or names another profile): each with what happened and what to do.
 * They are shown, never offered to open, and nothing here changes them.
 */
export function AttentionList({ profiles }: { profiles: ProfileAttentionInfo[] }): JSX.Element | null {
  const { t } = useTranslation();
  if (profiles.length === 0) return null;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">{t('data.attention.title')}</h2>
      <p>{t('data.attention.intro')}</p>
      <ul className="attention-list">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <h3 id={`attention-${profile.id}`}>{profile.name ?? t('data.attention.unnamed', { id: profile.id })}</h3>
            <p>{t(`data.attention.problem.${profile.problem}`)}</p>
            <p>{t(`data.attention.todo.${profile.problem}`)}</p>
            <p className="attention-folder">{t('data.attention.folder', { folder: profile.folder })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
