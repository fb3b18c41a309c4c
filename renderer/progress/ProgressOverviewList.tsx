import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../common/checkinDates';
import type { ProgressOverview } from '../../common/progress/overview';
import { formatDay } from '../../common/progress/sentence';
import { lessonHref } from '../hooks/useHashRoute';

/** Counts of what the person has done, and when their plans were last changed. Nothing counts what was missed. */
export function ProgressOverviewList({ overview }: { overview: ProgressOverview }): JSX.Element {
  const { t, i18n } = useTranslation();
  const counts = [
    ['checkInsThisWeek', overview.checkInsThisWeek],
    ['checkInsThisMonth', overview.checkInsThisMonth],
    ['lessonsOpened', overview.lessonsOpened],
    ['lessonsCompleted', overview.lessonsCompleted],
    ['worksheetsAnswered', overview.worksheetsAnswered],
  ] as const;
  return (
    <section className="progress-section" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('progress.overview.heading')}</h2>
      <dl className="overview-counts">
        {counts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`progress.overview.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('progress.overview.plansHeading')}</h3>
      <ul className="overview-plans">
        {overview.plans.map((plan) => (
          <li key={plan.id}>
            <strong>{t(`progress.overview.plan.${plan.id}`)}</strong>:{' '}
            {plan.updatedAt === null
              ? t('progress.overview.planNotYet')
              : t('progress.overview.planUpdated', {
                  date: formatDay(localDay(new Date(plan.updatedAt)), i18n.language),
                })}
            {plan.lessonId === null ? null : (
              <>
                {' '}
                <a href={lessonHref(plan.lessonId)}>
                  {t('progress.overview.openLesson')}
                  <span className="visually-hidden">: {t(`progress.overview.plan.${plan.id}`)}</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
