import { addDays, startOfDay } from '../checkinDates';

/**
 * The progress overview (issue 13): lessons opened and completed, worksheets
 * answered, when the person's plans were last changed, and how many check-ins
 * this week and this month. Counts of what was done, never of what was missed.
 */

/** One lesson as the overview sees it: its exercises and the answers kept for them. */
export interface LessonProgressInput {
  lessonId: string;
  title: string;
  exerciseIds: readonly string[];
  /** Exercise id → when its answer was last saved, for answers that hold something. */
  answered: ReadonlyMap<string, string>;
  /** When the lesson was first opened in this profile, if it was noted. */
  firstOpenedAt: string | null;
}

export interface LessonProgress {
  lessonId: string;
  title: string;
  /** Exercises with an answer, out of `exercises`. */
  answered: number;
  exercises: number;
  /** Every exercise of the lesson holds an answer. */
  completed: boolean;
  /** The latest answer's time, or null. */
  lastAnsweredAt: string | null;
}

/** When one of the person's plans was last changed; null when they have not written it. */
export interface PlanStatus {
  id: 'safety-plan' | 'recovery-plan' | 'coping-card';
  /** The lesson holding the latest one; null when none is written. */
  lessonId: string | null;
  updatedAt: string | null;
}

export interface ProgressOverview {
  /** Lessons opened (noted when opened, or holding an answer). */
  lessonsOpened: number;
  /** Lessons whose every exercise is answered. */
  lessonsCompleted: number;
  /** Lessons with at least one answer. */
  worksheetsAnswered: number;
  /** Lessons opened or answered, in the order given (the clinic's). */
  lessons: LessonProgress[];
  plans: PlanStatus[];
  /** Check-ins from Monday of this week, and from the first of this month, to today. */
  checkInsThisWeek: number;
  checkInsThisMonth: number;
}

/** Whether a stored answer holds anything a person wrote or chose (an emptied text box does not). */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.some(hasContent);
  // A row's id (common/rows.ts) is the app's, not the person's: a row with only an id is empty.
  if (typeof value === 'object') return Object.entries(value).some(([key, v]) => key !== 'id' && hasContent(v));
  return false;
}

/** Monday of the week a day falls in: weeks start on Monday, as in ISO 8601. */
export function weekStart(day: string): string {
  const start = startOfDay(day);
  if (start === null) throw new RangeError(`not a calendar date: ${day}`);
  return addDays(day, -((start.getDay() + 6) % 7));
}

/** Check-ins this week and this month, counted from their days. */
export function countCheckIns(days: readonly string[], today: string): { week: number; month: number } {
  const monday = weekStart(today);
  const first = `${today.slice(0, 7)}-01`;
  let week = 0;
  let month = 0;
  for (const day of days) {
    if (day > today) continue;
    if (day >= monday) week += 1;
    if (day >= first) month += 1;
  }
  return { week, month };
}

/** Builds the overview from each lesson's answers, the plans' times and the check-in days. */
export function progressOverview(input: {
  lessons: readonly LessonProgressInput[];
  plans: PlanStatus[];
  checkInDays: readonly string[];
  today: string;
}): ProgressOverview {
  const lessons: LessonProgress[] = [];
  for (const lesson of input.lessons) {
    if (lesson.firstOpenedAt === null && lesson.answered.size === 0) continue;
    const answered = lesson.exerciseIds.filter((id) => lesson.answered.has(id)).length;
    let lastAnsweredAt: string | null = null;
    for (const at of lesson.answered.values()) if (lastAnsweredAt === null || at > lastAnsweredAt) lastAnsweredAt = at;
    lessons.push({
      lessonId: lesson.lessonId,
      title: lesson.title,
      answered,
      exercises: lesson.exerciseIds.length,
      completed: lesson.exerciseIds.length > 0 && answered === lesson.exerciseIds.length,
      lastAnsweredAt,
    });
  }
  const counts = countCheckIns(input.checkInDays, input.today);
  return {
    lessonsOpened: lessons.length,
    lessonsCompleted: lessons.filter((l) => l.completed).length,
    worksheetsAnswered: lessons.filter((l) => l.answered > 0).length,
    lessons,
    plans: input.plans,
    checkInsThisWeek: counts.week,
    checkInsThisMonth: counts.month,
  };
}
