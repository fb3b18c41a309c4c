import type { ExerciseRef, ExerciseType } from './exercises';

/**
 * How far a person is with a lesson's worksheet, from their stored answers:
 * shown on the lesson list in words ("Worksheet started: 3 of 7 answered").
 */
export type WorksheetStatus = 'not-started' | 'started' | 'complete';

/** One lesson's worksheet progress. */
export interface LessonProgress {
  status: WorksheetStatus;
  /** Worksheet exercises with an answer. */
  answered: number;
  /** Worksheet exercises in the lesson. */
  total: number;
}

/**
 * Guided practices (a pacer, a timer, grounding, muscle relaxation) are done in
 * the room, not written: they never count towards a worksheet's progress.
 */
export const practiceTypes: ReadonlySet<ExerciseType> = new Set<ExerciseType>([
  'breathing-pacer',
  'urge-surfing-timer',
  'grounding-steps',
  'muscle-relaxation',
]);

/**
 * Whether a stored answer holds anything the person wrote or chose: a non-blank
 * text, a number (0 is an answer), a ticked box, or any of those inside a row,
 * list or form. Row ids are bookkeeping, not answers. Depth is bounded, as
 * stored answers are (common/answerBounds.ts).
 */
export function hasContent(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.some((v) => hasContent(v, depth + 1));
  if (typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => key !== 'id' && hasContent(v, depth + 1));
  }
  return false;
}

/** A lesson's progress from its exercises and the values stored for them (by exercise id). */
export function lessonProgress(
  exercises: readonly ExerciseRef[],
  values: ReadonlyMap<string, unknown>,
): LessonProgress {
  const worksheet = exercises.filter((e) => !practiceTypes.has(e.type));
  const answered = worksheet.filter((e) => hasContent(values.get(e.id))).length;
  const total = worksheet.length;
  const status: WorksheetStatus = answered === 0 ? 'not-started' : answered >= total ? 'complete' : 'started';
  return { status, answered, total };
}
