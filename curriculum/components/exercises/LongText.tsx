import type { JSX } from 'react';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint, PrintedText } from './ExerciseFrame';
import { privateAnswer } from './fields';
import { limits } from '../../../common/limits';

export interface LongTextProps {
  id: string;
  label: string;
  hint?: string;
  /** How many ruled lines a blank printed worksheet leaves to write on (default 5). */
  lines?: number;
}

/** A written answer of a few sentences; the box grows as the person types. */
export function LongText({ id, label, hint, lines = 5 }: LongTextProps): JSX.Element {
  const { mode, value, set, ids } = useExercise<string>(id);
  return (
    <ExerciseFrame id={id} type="long-text">
      {mode === 'interactive' ? (
        <>
          <label className="exercise-label" htmlFor={ids.input}>
            {label}
          </label>
          <Hint id={ids.hint} text={hint} />
          <textarea
            {...privateAnswer}
            id={ids.input}
            className="text-area"
            rows={Math.min(Math.max(lines, 2), 8)}
            value={value ?? ''}
            maxLength={limits.longTextChars}
            aria-describedby={hint === undefined ? undefined : ids.hint}
            onChange={(event) => set(event.target.value)}
          />
        </>
      ) : (
        <>
          <p className="exercise-label">{label}</p>
          <Hint id={ids.hint} text={hint} />
          <PrintedText text={value} lines={lines} />
        </>
      )}
    </ExerciseFrame>
  );
}
