import type { JSX } from 'react';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint } from './ExerciseFrame';
import { ScalePrint, ScaleRadios } from './ScaleInput';

export interface ScaleProps {
  id: string;
  label: string;
  /** What the lowest number means, such as "none at all". */
  minLabel: string;
  /** What the highest number means, such as "the most I can imagine". */
  maxLabel: string;
  /** 0–10 by default; 0–100 scales step by 10. */
  max?: 10 | 100;
  hint?: string;
}

/** A rating with labelled ends (0–10 or 0–100). */
export function Scale({ id, label, minLabel, maxLabel, max = 10, hint }: ScaleProps): JSX.Element {
  const { mode, value, set, ids } = useExercise<number | null>(id);
  return (
    <ExerciseFrame id={id} type="scale">
      {mode === 'interactive' ? (
        <ScaleRadios
          legend={label}
          hint={hint === undefined ? undefined : <Hint id={ids.hint} text={hint} />}
          hintId={ids.hint}
          max={max}
          minLabel={minLabel}
          maxLabel={maxLabel}
          value={value}
          onChange={set}
          clearName={label}
        />
      ) : (
        <>
          <p className="exercise-label">{label}</p>
          <Hint id={ids.hint} text={hint} />
          <ScalePrint max={max} minLabel={minLabel} maxLabel={maxLabel} value={value} />
        </>
      )}
    </ExerciseFrame>
  );
}
