import type { JSX, ReactNode } from 'react';
import type { ExerciseType } from '../../../common/exercises';

interface ExerciseFrameProps {
  id: string;
  type: ExerciseType;
  children: ReactNode;
}

/** The box around every exercise: kept whole across printed pages, findable in tests by its id. */
export function ExerciseFrame({ id, type, children }: ExerciseFrameProps): JSX.Element {
  return (
    <div className={`exercise exercise-${type}`} data-exercise-id={id} data-exercise-type={type}>
      {children}
    </div>
  );
}

/** Hint text under an exercise's label, linked to its field with aria-describedby. */
export function Hint({ id, text }: { id: string; text: string | undefined }): JSX.Element | null {
  return text === undefined ? null : (
    <p id={id} className="exercise-hint">
      {text}
    </p>
  );
}

/** Ruled lines to write on by hand in a blank printed worksheet. */
export function WriteLines({ count }: { count: number }): JSX.Element {
  return (
    <div className="write-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="write-line" />
      ))}
    </div>
  );
}

/** A person's written answer on a filled printed worksheet, or ruled lines when they left it empty. */
export function PrintedText({ text, lines }: { text: string | undefined; lines: number }): JSX.Element {
  if (text === undefined || text.trim() === '') return <WriteLines count={lines} />;
  return <div className="printed-answer">{text}</div>;
}
