import type { JSX, ReactNode } from 'react';
import type { ExerciseType } from '../../../common/exercises';
import { useLessonMode } from '../ExerciseContext';
import { ExerciseFrame, Hint } from './ExerciseFrame';

interface FormFrameProps {
  id: string;
  type: ExerciseType;
  label: string;
  hint?: string;
  hintId: string;
  children: ReactNode;
}

/**
 * The frame of an exercise made of several fields (a thought record, a plan): a
 * named group on screen, so screen readers announce which form a field is in, and
 * a titled box on paper.
 */
export function FormFrame({ id, type, label, hint, hintId, children }: FormFrameProps): JSX.Element {
  const { mode } = useLessonMode();
  return (
    <ExerciseFrame id={id} type={type}>
      {mode === 'interactive' ? (
        <fieldset className="form-exercise" aria-describedby={hint === undefined ? undefined : hintId}>
          <legend className="exercise-label">{label}</legend>
          <Hint id={hintId} text={hint} />
          {children}
        </fieldset>
      ) : (
        // On paper a form longer than a page splits; as a table header its title repeats on every page it
        // runs onto (Chromium repeats <thead>), so the second page still says what it is.
        <table className="form-exercise form-print" role="presentation">
          <thead>
            <tr>
              <td>
                <p className="exercise-label">{label}</p>
              </td>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <Hint id={hintId} text={hint} />
                {children}
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </ExerciseFrame>
  );
}

/** The common props of a form exercise. */
export interface FormProps {
  /** Stable key for the answer: never change it once a lesson is in use. */
  id: string;
  /** A first-person title; each form has a plain default. */
  label?: string;
  hint?: string;
}
