import type { ExerciseRef } from '../../common/exercises';
import type { CachedLesson } from '../../core/curriculum/lessonCache';

/**
 * What must match between a lesson and its translation so an answer given in
 * one shows under the same exercise in the other, and the group runs the same:
 * the plan (id, module, order, minutes, timing, content notes, number of
 * objectives), the components in order, and each exercise's id, type, scale,
 * option values, columns, a table's blank rows, Other line and check-ins. Words may differ; nothing else.
 */
export function parityProblems(english: CachedLesson, other: CachedLesson): string[] {
  const problems: string[] = [];
  const a = english.frontmatter;
  const b = other.frontmatter;
  const same = (what: string, x: unknown, y: unknown): void => {
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      problems.push(`${what} differs from the English lesson: ${JSON.stringify(y)} here, ${JSON.stringify(x)} there.`);
    }
  };
  same('module', a.module, b.module);
  same('order', a.order, b.order);
  same('minutes', a.minutes, b.minutes);
  same('timing', a.timing, b.timing);
  same('contentNotes', a.contentNotes, b.contentNotes);
  same('The number of objectives', a.objectives.length, b.objectives.length);
  same('The components, in order,', english.text.components, other.text.components);
  same(
    'The exercises (id and type, in order)',
    english.exercises.map((e) => `${e.id}:${e.type}`),
    other.exercises.map((e) => `${e.id}:${e.type}`),
  );
  const theirs = new Map(other.exercises.map((e) => [e.id, e]));
  for (const exercise of english.exercises) {
    const match = theirs.get(exercise.id);
    if (match === undefined || match.type !== exercise.type) continue;
    for (const [what, pick] of shapes) same(`Exercise "${exercise.id}": ${what}`, pick(exercise), pick(match));
  }
  return problems;
}

/** The parts of an exercise that bound its answers, as compared across languages. */
const shapes: [string, (e: ExerciseRef) => unknown][] = [
  ['scale max', (e) => e.max ?? null],
  ['option values', (e) => e.options?.map((o) => o.value) ?? null],
  ['number of columns', (e) => e.columns?.length ?? null],
  // The same paper in either language: a blank sheet gives as many rows to write in.
  ['number of blank rows', (e) => e.rows ?? null],
  ['Other line', (e) => e.other ?? null],
  ['check-in minutes', (e) => e.checkIns ?? null],
];
