import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyPlans } from '../../common/checkinApi';

type Contacts = { id?: string; name?: string; phone?: string }[] | undefined;

/** People on a plan, one a line: name and how to reach them. */
function People({ people }: { people: Contacts }): JSX.Element | null {
  const named = (people ?? []).filter((p) => (p.name ?? '').trim() !== '' || (p.phone ?? '').trim() !== '');
  if (named.length === 0) return null;
  return (
    <ul className="plan-people">
      {named.map((p, i) => (
        <li key={p.id ?? i}>
          <strong>{p.name}</strong> {p.phone}
        </li>
      ))}
    </ul>
  );
}

/** One written part of a plan, as the person wrote it; left out when empty. */
function Part({ title, text, people }: { title: string; text?: string; people?: Contacts }): JSX.Element | null {
  const hasText = (text ?? '').trim() !== '';
  const hasPeople = (people ?? []).some((p) => (p.name ?? '').trim() !== '' || (p.phone ?? '').trim() !== '');
  if (!hasText && !hasPeople) return null;
  return (
    <div className="plan-part">
      <h3>{title}</h3>
      {hasText ? <p className="plan-text">{text}</p> : null}
      <People people={people} />
    </div>
  );
}

/** The six steps of the person's own safety plan, in order, as they wrote them. */
export function SafetyPlanText({ plan }: { plan: NonNullable<MyPlans['safetyPlan']> }): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="plan">
      <Part title={t('exercises.safety.s1')} text={plan.warningSigns} />
      <Part title={t('exercises.safety.s2')} text={plan.ownCoping} />
      <Part title={t('exercises.safety.s3')} text={plan.distractions} />
      <Part title={t('exercises.safety.s4')} people={plan.helpers} />
      <Part title={t('exercises.safety.s5')} people={plan.professionals} />
      <Part title={t('exercises.safety.s6')} text={plan.safer} />
    </div>
  );
}

/** The person's relapse-prevention plan, the lapse part first. */
export function RecoveryPlanText({ plan }: { plan: NonNullable<MyPlans['recoveryPlan']> }): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="plan">
      <Part title={t('checkins.plans.lapsePlan')} text={plan.lapsePlan} />
      <Part title={t('checkins.plans.people')} people={plan.people} />
      <Part title={t('checkins.plans.coping')} text={plan.coping} />
      <Part title={t('checkins.plans.warningSigns')} text={plan.warningSigns} />
      <Part title={t('checkins.plans.highRisk')} text={plan.highRisk} />
    </div>
  );
}
