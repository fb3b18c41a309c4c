import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExerciseRef } from '../../common/exercises';
import { lessonProgress, type LessonProgress } from '../../common/progress';
import { ApiFailure } from '../../common/result';
import type { ProfileSession } from './profileSession';

/** A lesson as the progress summary needs it: its id and its exercises. */
export interface LessonExercises {
  id: string;
  exercises: readonly ExerciseRef[];
}

/**
 * Worksheet progress of each lesson for one profile, for the lesson list.
 *
 * The cheap index is the folder itself: a lesson nobody has written in has no
 * file, so one directory listing settles every lesson not started without
 * decrypting anything. The files that exist are opened through the session,
 * which keeps them once read, so only the first list after unlocking decrypts
 * them (26 small files: see tests/core/store/lessonProgress.test.ts) and every
 * later list, including after a save, reads nothing from disk. A file that
 * cannot be read (from a newer Groundwork) is left out, never guessed.
 */
export async function worksheetProgress(
  session: ProfileSession,
  lessons: readonly LessonExercises[],
): Promise<Record<string, LessonProgress>> {
  const names = await readdir(join(session.dir, 'lessons')).catch(() => [] as string[]);
  const onDisk = new Set(names.filter((n) => n.endsWith('.gw')).map((n) => n.slice(0, -3)));
  const result: Record<string, LessonProgress> = {};
  for (const lesson of lessons) {
    if (!onDisk.has(lesson.id) && !session.isOpen(lesson.id)) {
      result[lesson.id] = lessonProgress(lesson.exercises, new Map());
      continue;
    }
    try {
      const { data } = await session.lesson(lesson.id);
      const byType = new Map(lesson.exercises.map((e) => [e.id, e.type]));
      // Only answers that still belong to their exercise count; set-aside ones are shown in the lesson.
      const values = new Map(
        Object.entries(data.answers)
          .filter(([id, record]) => byType.get(id) === record.type)
          .map(([id, record]) => [id, record.value] as const),
      );
      result[lesson.id] = lessonProgress(lesson.exercises, values);
    } catch (error) {
      // The lesson list must still show; the lesson itself says what is wrong when opened.
      if (!(error instanceof ApiFailure))
        console.error(`groundwork: progress of ${lesson.id} could not be read`, error);
    }
  }
  return result;
}
