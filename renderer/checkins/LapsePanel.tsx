import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInChoices, MyPlans } from '../../common/checkinApi';
import { call } from '../api/client';
import { lessonHref } from '../hooks/useHashRoute';
import { RecoveryPlanText } from './PlanText';

/**
 * Shown after a check-in that says "yes, I used": thanks, no scolding, the lapse
 * lesson, and the person's own relapse-prevention plan as they wrote it.
 */
export function LapsePanel({ choices }: { choices: CheckInChoices }): JSX.Element {
  const { t } = useTranslation();
  const [plans, setPlans] = useState<MyPlans | null>(null);
  useEffect(() => {
    call('getMyPlans', {}).then(setPlans, () => setPlans(null));
  }, []);
  const planLesson = plans?.lesson ?? choices.planLesson;
  return (
    <section className="lapse-panel" aria-labelledby="lapse-heading">
      <h2 id="lapse-heading">{t('checkins.lapse.heading')}</h2>
      <p>{t('checkins.lapse.body')}</p>
      {choices.lapseLesson === null ? null : (
        <p>
          <a href={lessonHref(choices.lapseLesson.id)}>
            {t('checkins.lapse.lesson', { title: choices.lapseLesson.title })}
          </a>
        </p>
      )}
      <h3>{t('checkins.lapse.planHeading')}</h3>
      {plans?.recoveryPlan ? (
        <>
          <p>{t('checkins.lapse.planIntro')}</p>
          <RecoveryPlanText plan={plans.recoveryPlan} />
        </>
      ) : planLesson === null ? null : (
        <p>{t('checkins.lapse.noPlan', { title: planLesson.title })}</p>
      )}
      {planLesson === null ? null : (
        <p>
          <a href={lessonHref(planLesson.id)}>{t('checkins.lapse.openPlan', { title: planLesson.title })}</a>
        </p>
      )}
      <p>{t('checkins.lapse.careTeam')}</p>
    </section>
  );
}
