import type { JSX } from 'react';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint, PrintedText } from './ExerciseFrame';
import { privateAnswer } from './fields';
import { limits } from '../../../common/limits';

export interface ShortTextProps {
  /** Stable key for the answer: never change it once a lesson is in use. */
  id: string;
  /** The question, in the first person where it fits ("My biggest stressor this week"). */
  label: string;
  hint?: string;
}

/** A one-line written answer. */
export function ShortText({ id, label, hint }: ShortTextProps): JSX.Element {
  const { mode, value, set, ids } = useExercise<string>(id);
  return (
    <ExerciseFrame id={id} type="short-text">
      {mode === 'interactive' ? (
        <>
          <label className="exercise-label" htmlFor={ids.input}>
            {label}
          </label>
          <Hint id={ids.hint} text={hint} />
          <input
            {...privateAnswer}
            id={ids.input}
            type="text"
            className="text-input"
            value={value ?? ''}
            maxLength={limits.lineChars}
            aria-describedby={hint === undefined ? undefined : ids.hint}
            onChange={(event) => set(event.target.value)}
          />
        </>
      ) : (
        <>
          <p className="exercise-label">{label}</p>
          <Hint id={ids.hint} text={hint} />
          <PrintedText text={value} lines={1} />
        </>
      )}
    </ExerciseFrame>
  );
}
