import type { LessonListItem } from './api';
import type { Program } from './programSchema';

export type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/** One module of the lesson list: its id, the program's entry for it (absent for a module the program does not know), and its lessons. */
export interface LessonGroup {
  id: string;
  module: Program['modules'][number] | undefined;
  lessons: OkLesson[];
}

/**
 * The lesson list's modules in the program's order (any module it does not know
 * comes after, by id), each with its lessons in listing order, and how many
 * lessons could not be loaded. The app's list and the page the host draws before
 * the scripts run (core/firstPaint.ts) both group by this.
 */
export function groupLessons(lessons: LessonListItem[], program: Program): { groups: LessonGroup[]; broken: number } {
  const ok = lessons.filter((l): l is OkLesson => l.status === 'ok');
  const rank = (id: string): number => {
    const index = program.modules.findIndex((m) => m.id === id);
    return index === -1 ? program.modules.length : index;
  };
  const ids = [...new Set(ok.map((l) => l.module))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const modules = new Map(program.modules.map((m) => [m.id, m]));
  return {
    groups: ids.map((id) => ({ id, module: modules.get(id), lessons: ok.filter((l) => l.module === id) })),
    broken: lessons.length - ok.length,
  };
}

/**
 * Marks the lesson list's heading for Element Timing, so the first-start benchmark
 * (scripts/benchFirstStart.ts) reads when the list was painted. Spread onto the
 * heading: React passes the attribute through, its types do not know it.
 */
export const lessonListTiming: Record<string, string> = { elementtiming: 'lesson-list' };
