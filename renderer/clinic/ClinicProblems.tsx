import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { describeClinicProblem, type ClinicProblem } from '../../common/clinic';
import { aboutHref } from '../hooks/useHashRoute';
import './clinic.css';

/**
 * Tells the facilitator that a clinic file was not used, which file and which
 * setting, while the built-in settings stay in force.
 */
export function ClinicProblems({ problems }: { problems: ClinicProblem[] }): JSX.Element | null {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="clinic-problems" aria-labelledby="clinic-problems-title">
      <h2 id="clinic-problems-title">{t('clinic.problemsTitle')}</h2>
      <p>{t('clinic.problemsIntro')}</p>
      <ClinicProblemList problems={problems} />
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
