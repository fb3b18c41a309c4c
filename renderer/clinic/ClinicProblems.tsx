import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicOutcomes, describeClinicProblem, type ClinicInfo, type ClinicProblem } from '../../common/clinic';
import { aboutHref } from '../hooks/useHashRoute';
import './clinic.css';

/**
 * Tells the facilitator, file by file, what a clinic file with problems did:
 * in use with the listed parts ignored (and which settings were applied), or
 * not used at all. Every problem is listed at once, so one fix-and-restart is
 * enough. Says the built-in settings are in force only when no file is in use.
 */
export function ClinicProblems({ clinic }: { clinic: ClinicInfo }): JSX.Element | null {
  const { t } = useTranslation();
  const outcomes = clinicOutcomes(clinic);
  if (outcomes.length === 0) return null;
  const noneInUse = !clinic.sources.some((s) => s.status === 'loaded');
  return (
    <section className="clinic-problems" aria-labelledby="clinic-problems-title">
      <h2 id="clinic-problems-title">{t('clinic.problemsTitle')}</h2>
      <p>{t('clinic.problemsForStaff')}</p>
      {outcomes.map((o) => (
        <div key={o.file} className="clinic-outcome">
          <p>
            <code>{o.file}</code>{' '}
            {o.outcome === 'unused'
              ? t('clinic.outcomeUnused')
              : o.applied.length > 0
                ? t('clinic.outcomePartly', { settings: o.applied.join(', ') })
                : t('clinic.outcomePartlyNothing')}
          </p>
          <ClinicProblemList problems={o.problems} />
        </div>
      ))}
      {noneInUse ? <p>{t('clinic.builtInInUse')}</p> : null}
      <a href={aboutHref}>{t('clinic.problemsMore')}</a>
    </section>
  );
}

/** Each problem as "file, field: message" (or file:line:column), in a list. */
export function ClinicProblemList({ problems }: { problems: ClinicProblem[] }): JSX.Element {
  return (
    <ul className="clinic-problem-list">
      {problems.map((problem) => {
        const text = describeClinicProblem(problem);
        return (
          <li key={text}>
            <code>{text}</code>
          </li>
        );
      })}
    </ul>
  );
}
