import type { StoredAnswer } from '../../common/api';
import type { CachedLesson } from '../../core/curriculum/lessonCache';
import { samples } from './exerciseSamples';

/** The gallery's exercises, each answered with its type's sample (choices fitted to the gallery's options). */
export function answersFor(lesson: CachedLesson): Record<string, StoredAnswer> {
  const answers: Record<string, StoredAnswer> = {};
  for (const exercise of lesson.exercises) {
    let value = samples[exercise.type].valid;
    if (exercise.type === 'single-choice') value = exercise.options?.[1]?.value ?? null;
    if (exercise.type === 'multiple-choice') value = exercise.options?.slice(2).map((o) => o.value) ?? [];
    if (exercise.type === 'table') value = [{ id: 'r1', cells: ['Monday', 'Walk to the park'] }];
    if (exercise.type === 'craving-log') {
      const [entry] = samples['craving-log'].valid as { when: string; trigger: string }[];
      value = [entry, { ...entry, id: 'r2', when: '2026-03-16T08:05', trigger: 'Saw an old friend' }];
    }
    if (exercise.type === 'checklist') value = { checked: ['racing-thoughts'], other: 'Clenched jaw' };
    answers[exercise.id] = { value: value as StoredAnswer['value'], updatedAt: '' };
  }
  return answers;
}
