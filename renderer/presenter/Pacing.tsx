import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionMs, sessionMs, type PresentCommand, type PresentState } from '../../common/presenter/presentState';
import { formatClock, paceOf, type Section } from '../../common/presenter/sections';
import { useSectionTitle } from './SectionView';

interface ClockProps {
  state: PresentState;
  now: number;
  planned: number[];
  dispatch(command: PresentCommand): void;
}

/**
 * The session clock and this section's planned versus elapsed time, with one
 * clear pacing colour backed by a word (colour is never the only signal).
 */
export function SessionClock({ state, now, planned, dispatch }: ClockProps): JSX.Element {
  const { t } = useTranslation();
  const session = sessionMs(state, now) / 1000;
  const spent = sectionMs(state, state.index, now) / 1000;
  const plan = planned[state.index] ?? 0;
  const pace = paceOf(spent, plan);
  const total = planned.reduce((a, b) => a + b, 0);
  // Where the plan says the session should be by now: the start of this section plus what it has used.
  const due = planned.slice(0, state.index).reduce((a, b) => a + b, 0) + Math.min(spent, plan);
  const drift = session - due;
  const running = state.runningSince !== null;

  return (
    <section className={`presenter-clock pace-${pace}`} aria-labelledby="presenter-clock-title" data-pace={pace}>
      <h2 id="presenter-clock-title">{t('presenter.clock.title')}</h2>
      <p className="clock-session">
        <span role="timer" aria-label={t('presenter.clock.session')} className="clock-big">
          {formatClock(session)}
        </span>{' '}
        <span>{t('presenter.clock.ofPlanned', { planned: formatClock(total) })}</span>
      </p>
      <p className="clock-section">
        {t('presenter.clock.thisSection')}{' '}
        <span role="timer" aria-label={t('presenter.clock.sectionTimer')}>
          {formatClock(spent)}
        </span>{' '}
        {t('presenter.clock.ofPlanned', { planned: formatClock(plan) })}
      </p>
      <p className="pace-word">
        <strong>{t(`presenter.pace.${pace}`)}</strong>
        {session > 0 && Math.abs(drift) >= 60
          ? ` · ${t(drift > 0 ? 'presenter.clock.behind' : 'presenter.clock.ahead', { time: formatClock(Math.abs(drift)) })}`
          : ''}
      </p>
      <div className="presenter-buttons">
        <button type="button" onClick={() => dispatch({ type: running ? 'pause-clock' : 'start-clock' })}>
          {t(running ? 'presenter.clock.pause' : 'presenter.clock.start')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'reset-clock' })}>
          {t('presenter.clock.reset')}
        </button>
      </div>
    </section>
  );
}

interface AgendaProps {
  sections: Section<ReactNode>[];
  state: PresentState;
  now: number;
  planned: number[];
  dispatch(command: PresentCommand): void;
}

/** Every section with its planned and spent time: press one to show it on the audience view. */
export function Agenda({ sections, state, now, planned, dispatch }: AgendaProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = useSectionTitle();
  return (
    <nav className="presenter-agenda" aria-labelledby="presenter-agenda-title">
      <h2 id="presenter-agenda-title">{t('presenter.agenda')}</h2>
      <ol>
        {sections.map((section, i) => {
          const spent = sectionMs(state, i, now) / 1000;
          const plan = planned[i] ?? 0;
          return (
            <li key={section.index} className={`pace-${paceOf(spent, plan)}`}>
              <button
                type="button"
                aria-current={i === state.index ? 'step' : undefined}
                onClick={() => dispatch({ type: 'go', index: i })}
              >
                <span className="agenda-title">
                  {i + 1}. {titleOf(section)}
                </span>
                <span className="agenda-time">
                  {t('presenter.agendaTime', { spent: formatClock(spent), planned: formatClock(plan) })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
