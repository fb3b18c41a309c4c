import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { startMinutes, timedPartOf } from '../../common/presenter/plan';
import { sectionMs, sessionMs, type PresentCommand, type PresentState } from '../../common/presenter/presentState';
import { formatClock, paceOf } from '../../common/presenter/sections';
import type { PresentedLesson } from './usePresentedLesson';
import { Pause, Play, RotateCcw } from 'lucide-react';
import { Icon } from '../components/Icon';

interface ClockProps {
  presented: PresentedLesson;
  state: PresentState;
  now: number;
  dispatch(command: PresentCommand): void;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The session clock and pacing, planned from the lesson's own timing: this
 * section and its part against their whole minutes, with one clear colour backed
 * by a word (colour is never the only signal). The clock runs only after Start.
 */
export function SessionClock({ presented, state, now, dispatch }: ClockProps): JSX.Element {
  const { t } = useTranslation();
  const { sections, plan } = presented;
  const minutes = (count: number): string => t('presenter.minutesShort', { count });
  const session = sessionMs(state, now) / 1000;
  const spent = sectionMs(state, state.index, now) / 1000;
  const sectionPlan = plan.sections[state.index] ?? 0;
  const pace = paceOf(spent, sectionPlan * 60);
  // Where the plan says the session should be by now: the start of this section plus what it has used.
  const due = (startMinutes(plan.sections)[state.index] ?? 0) * 60 + Math.min(spent, sectionPlan * 60);
  const drift = session - due;
  const running = state.runningSince !== null;
  const part = timedPartOf(sections[state.index]?.part ?? 'intro');
  const partSpent = sum(sections.map((s, i) => (timedPartOf(s.part) === part ? sectionMs(state, i, now) : 0))) / 1000;

  return (
    <section className={`presenter-clock pace-${pace}`} aria-labelledby="presenter-clock-title" data-pace={pace}>
      <h2 id="presenter-clock-title" className="visually-hidden">
        {t('presenter.clock.title')}
      </h2>
      <div className="presenter-buttons">
        <button
          type="button"
          className={running ? undefined : 'primary'}
          onClick={() => dispatch({ type: running ? 'pause-clock' : 'start-clock' })}
        >
          <Icon icon={running ? Pause : Play} />
          {t(running ? 'presenter.clock.pause' : 'presenter.clock.start')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'reset-clock' })}>
          <Icon icon={RotateCcw} />
          {t('presenter.clock.reset')}
        </button>
      </div>
      <p className="clock-session">
        <span role="timer" aria-label={t('presenter.clock.session')} className="clock-big">
          {formatClock(session)}
        </span>{' '}
        {t('presenter.clock.ofPlanned', { planned: minutes(sum(plan.sections)) })}
      </p>
      <p className="clock-section">
        {t('presenter.clock.thisSection')}{' '}
        <span role="timer" aria-label={t('presenter.clock.sectionTimer')} className="clock-mid">
          {formatClock(spent)}
        </span>{' '}
        {t('presenter.clock.ofPlanned', { planned: minutes(sectionPlan) })}
      </p>
      <p className="clock-part">
        {t('presenter.clock.part', {
          part: t(`parts.${part}`),
          spent: formatClock(partSpent),
          planned: minutes(plan.parts[part]),
        })}
      </p>
      <p className="pace-word">
        <strong>{t(`presenter.pace.${pace}`)}</strong>
        {!running && session === 0 ? ` · ${t('presenter.clock.startHint')}` : ''}
        {session > 0 && Math.abs(drift) >= 60
          ? ` · ${t(drift > 0 ? 'presenter.clock.behind' : 'presenter.clock.ahead', { time: minutes(Math.floor(Math.abs(drift) / 60)) })}`
          : ''}
      </p>
    </section>
  );
}
