import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { privateAnswer } from './fields';
import { PracticeControls } from './PracticeControls';
import { PracticeFrame, type PracticeProps } from './PracticeFrame';
import { useStopwatch } from './useStopwatch';

type Phase = 'in' | 'hold' | 'out' | 'rest';
const patterns: Record<'box' | 'slow', readonly (readonly [Phase, number])[]> = {
  box: [
    ['in', 4],
    ['hold', 4],
    ['out', 4],
    ['rest', 4],
  ],
  slow: [
    ['in', 4],
    ['out', 6],
  ],
};

export interface BreathingPacerProps extends PracticeProps {
  /** "box": in 4, hold 4, out 4, hold 4. "slow": in 4, out 6. */
  pattern?: 'box' | 'slow';
}

/** Where a breathing pattern is after some seconds: the phase, its seconds left, and the round. */
export function pacerAt(pattern: 'box' | 'slow', seconds: number): { phase: Phase; left: number; round: number } {
  const steps = patterns[pattern];
  const cycle = steps.reduce((sum, [, s]) => sum + s, 0);
  let at = seconds % cycle;
  for (const [phase, length] of steps) {
    if (at < length) return { phase, left: Math.ceil(length - at), round: Math.floor(seconds / cycle) + 1 };
    at -= length;
  }
  return { phase: 'in', left: steps[0]?.[1] ?? 4, round: 1 };
}

/**
 * A breathing pacer: a circle that slowly grows as you breathe in and shrinks as
 * you breathe out, with the count in words. With reduced motion (the system
 * setting, or "Keep it still") the circle stays still and only the words change.
 */
export function BreathingPacer({ id, label, feeling, pattern = 'slow' }: BreathingPacerProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<AnswerOf<'breathing-pacer'>>(id);
  const { running, elapsed, start, pause, reset } = useStopwatch();
  const [still, setStill] = useState(false);
  const now = pacerAt(pattern, elapsed / 1000);
  const length = patterns[pattern].find(([p]) => p === now.phase)?.[1] ?? 4;
  return (
    <PracticeFrame
      id={id}
      type="breathing-pacer"
      mode={mode}
      title={label ?? t(`exercises.breathing.title-${pattern}`)}
      intro={t(`exercises.breathing.intro-${pattern}`)}
      feeling={feeling ?? t('exercises.breathing.feeling')}
      value={value}
      onRate={(which, r) => set({ ...value, [which]: r })}
    >
      {mode === 'interactive' ? (
        <div className={`pacer${still ? ' pacer-still' : ''}`}>
          <div className="pacer-visual" aria-hidden="true">
            <div
              className={`pacer-circle phase-${running || elapsed > 0 ? now.phase : 'idle'}`}
              style={{ transitionDuration: `${length}s` }}
            />
            <span className="pacer-count">{running ? now.left : ''}</span>
          </div>
          <p className="pacer-phase" role="status" aria-live="polite">
            {running ? t(`exercises.breathing.${now.phase}`, { count: length }) : t('exercises.breathing.ready')}
          </p>
          <p className="pacer-round">{elapsed > 0 ? t('exercises.breathing.round', { round: now.round }) : ''}</p>
          <PracticeControls running={running} elapsed={elapsed} start={start} pause={pause} reset={reset}>
            <label className="check-option">
              <input {...privateAnswer} type="checkbox" checked={still} onChange={(e) => setStill(e.target.checked)} />
              <span>{t('exercises.breathing.still')}</span>
            </label>
          </PracticeControls>
        </div>
      ) : null}
    </PracticeFrame>
  );
}
