import { useEffect, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInMinutes as checkInsOf, URGE_SURFING_MINUTES } from '../../../common/answerBounds';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { RatingSelect } from './fields';
import { PracticeControls } from './PracticeControls';
import { PracticeFrame, type PracticeProps } from './PracticeFrame';
import { RowTable } from './RowTable';
import { useStopwatch } from './useStopwatch';

type Answer = AnswerOf<'urge-surfing-timer'>;
type CheckIn = NonNullable<Answer['checkIns']>[number];

export interface UrgeSurfingTimerProps extends PracticeProps {
  /** Length of the practice in minutes (default 20: cravings often peak and pass within 10 to 20). */
  minutes?: number;
  /** Minutes between gentle check-ins (default: every minute up to 10 minutes, else every 5). */
  checkInEvery?: number;
}

const clock = (ms: number): string => {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

/**
 * Urge surfing: a quiet timer to ride out an urge like a wave, with gentle
 * check-ins where the person can rate the urge (or skip), and a rating after.
 */
export function UrgeSurfingTimer({
  id,
  label,
  feeling,
  minutes = URGE_SURFING_MINUTES,
  checkInEvery,
}: UrgeSurfingTimerProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<Answer>(id);
  const { running, elapsed, start, pause, reset } = useStopwatch(500);
  // The same minutes the compiler records, so a rating saved here always fits the exercise.
  const checkInMinutes = checkInsOf(minutes, checkInEvery);
  const checkIns = value?.checkIns ?? [];
  const total = minutes * 60_000;
  const finished = elapsed >= total;
  const minute = Math.floor(elapsed / 60_000);
  const due = checkInMinutes.filter((m) => m <= minute).at(-1);
  const answered = due === undefined || checkIns.some((c) => c.minute === due);
  const rate = (m: number, rating: number | null): void =>
    set({
      ...value,
      checkIns: [...checkIns.filter((c) => c.minute !== m), ...(rating === null ? [] : [{ minute: m, rating }])].sort(
        (a, b) => a.minute - b.minute,
      ),
    });
  useEffect(() => {
    if (running && finished) pause();
  }, [running, finished, pause]);

  return (
    <PracticeFrame
      id={id}
      type="urge-surfing-timer"
      mode={mode}
      title={label ?? t('exercises.urge.title')}
      intro={t('exercises.urge.intro', { minutes })}
      feeling={feeling ?? t('exercises.urge.feeling')}
      value={value}
      onRate={(which, r) => set({ ...value, [which]: r })}
    >
      {mode === 'interactive' ? (
        <div className="urge-timer">
          <p className="urge-clock" role="timer" aria-label={t('exercises.urge.left')}>
            {clock(total - elapsed)}
          </p>
          <progress
            className="urge-progress"
            max={total}
            value={Math.min(elapsed, total)}
            aria-label={t('exercises.urge.progress')}
          />
          <PracticeControls
            running={running}
            elapsed={elapsed}
            finished={finished}
            start={start}
            pause={pause}
            reset={reset}
          />
          <div role="status" aria-live="polite" className="urge-status">
            {finished ? <p>{t('exercises.urge.done')}</p> : null}
            {!finished && due !== undefined && !answered ? <p>{t('exercises.urge.checkIn', { minute: due })}</p> : null}
          </div>
          {due !== undefined && !finished ? (
            <RatingSelect
              label={t('exercises.urge.rateNow', { minute: due })}
              max={10}
              value={checkIns.find((c) => c.minute === due)?.rating ?? null}
              onChange={(r) => rate(due, r)}
            />
          ) : null}
          {checkIns.length > 0 ? (
            <ul className="urge-checkins" aria-label={t('exercises.urge.checkIns')}>
              {checkIns.map((c) => (
                <li key={c.minute}>{t('exercises.urge.checkInLine', { minute: c.minute, rating: c.rating })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <RowTable<CheckIn & { id: string }>
          mode={mode}
          label={t('exercises.urge.checkIns')}
          labelClass="field-label"
          columns={[
            { key: 'minute', label: t('exercises.urge.minute'), kind: 'text' },
            { key: 'rating', label: t('exercises.urge.rating'), kind: 'rating', max: 10 },
          ]}
          // A check-in is keyed by its minute: there is one per minute at most.
          rows={checkIns.map((c) => ({ ...c, id: `m${c.minute}` }))}
          onChange={() => undefined}
          newRow={() => ({ minute: 0, rating: 0 })}
          rowName={(i) => String(i + 1)}
          addLabel=""
          blankRows={Math.min(checkInMinutes.length, 6)}
        />
      )}
    </PracticeFrame>
  );
}
