import { useEffect, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';
import type { MyPlans } from '../../common/checkinApi';
import { CrisisLineList } from '../components/CrisisLineList';
import { lessonHref } from '../hooks/useHashRoute';
import { SafetyPlanText } from './PlanText';

interface SafetyScreenProps {
  crisisLines: CrisisLine[];
  /** The person's plans, or null while they load or when they cannot be read. */
  plans: MyPlans | null;
  onBack(): void;
}

/**
 * The calm screen shown the moment PHQ-9 item 9 is answered above 0: thanks, the
 * crisis lines, and the person's own safety plan (or the lesson to make one).
 * Focus moves to its heading, so a screen reader starts here.
 */
export function SafetyScreen({ crisisLines, plans, onBack }: SafetyScreenProps): JSX.Element {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="safety-screen dialog dialog-danger" aria-labelledby="safety-heading">
      <h1 id="safety-heading" ref={heading} tabIndex={-1}>
        {t('instruments.safety.title')}
      </h1>
      <p>{t('instruments.safety.message')}</p>
      <h2>{t('instruments.safety.reachOut')}</h2>
      <CrisisLineList lines={crisisLines} className="safety-lines" />
      <section aria-labelledby="safety-plan-heading" className="safety-plan">
        <h2 id="safety-plan-heading">{t('instruments.safety.planTitle')}</h2>
        {plans?.safetyPlan ? (
          <>
            <p>{t('instruments.safety.planIntro')}</p>
            <SafetyPlanText plan={plans.safetyPlan} />
          </>
        ) : (
          <p>
            {t('instruments.safety.noPlan')}{' '}
            {plans?.lesson ? <a href={lessonHref(plans.lesson.id)}>{plans.lesson.title}</a> : null}
          </p>
        )}
      </section>
      <p>{t('instruments.safety.careTeam')}</p>
      <button type="button" onClick={onBack}>
        {t('instruments.safety.backToQuestions')}
      </button>
    </section>
  );
}
