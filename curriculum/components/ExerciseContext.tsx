import { createContext, useContext, useId } from 'react';
import type { AnswerValue } from '../../common/exercises';
import { ownValue } from '../../common/nameRecord';

/**
 * How a lesson is being shown. The same components render the screen a patient
 * fills in, and the printed worksheet (blank, or filled with their answers).
 */
export type LessonMode = 'interactive' | 'print-blank' | 'print-filled';

export interface LessonContextValue {
  mode: LessonMode;
  answers: Readonly<Record<string, AnswerValue | undefined>>;
  setAnswer(exerciseId: string, value: AnswerValue): void;
  /** Facilitator notes show only where this is true (never for patients or on the projected view). */
  showFacilitatorNotes: boolean;
}

export const LessonContext = createContext<LessonContextValue>({
  mode: 'print-blank',
  answers: {},
  setAnswer: () => undefined,
  showFacilitatorNotes: false,
});

export function useLessonMode(): LessonContextValue {
  return useContext(LessonContext);
}

/** One exercise's answer, a setter, and element ids for labels and descriptions. */
export function useExercise<T extends AnswerValue>(exerciseId: string) {
  const context = useContext(LessonContext);
  const uid = useId();
  const base = `ex-${exerciseId}-${uid.replace(/[^a-zA-Z0-9]/g, '')}`;
  return {
    mode: context.mode,
    // Own keys only: an exercise named "constructor" must not read Object from the prototype.
    value: (context.mode === 'print-blank' ? undefined : ownValue(context.answers, exerciseId)) as T | undefined,
    set: (value: T) => context.setAnswer(exerciseId, value),
    ids: { input: `${base}-input`, label: `${base}-label`, hint: `${base}-hint` },
  };
}
