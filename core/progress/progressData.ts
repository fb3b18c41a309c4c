import type { LessonListItem } from '../../common/api';
import { localDay } from '../../common/checkinDates';
import type { ExerciseType } from '../../common/exercises';
import {
  hasContent,
  progressOverview,
  weekStart,
  type LessonProgressInput,
  type PlanStatus,
  type ProgressOverview,
} from '../../common/progress/overview';
import type { CheckinDeps, CheckinHandlers } from '../checkins/checkinDeps';
import type { CachedLesson } from '../curriculum/lessonCache';

/** What the progress view and the care-team summary read: the check-in API and its own dependencies. */
export interface ProgressDeps extends CheckinDeps {
  checkins: Pick<CheckinHandlers, 'getLessonActivity' | 'listCheckIns' | 'getCheckinRange'>;
}

/** Which exercise type holds each of the person's plans. Found by type, so a clinic's own plan lesson counts too. */
const planTypes: Record<PlanStatus['id'], ExerciseType> = {
  'safety-plan': 'safety-plan',
  'recovery-plan': 'relapse-prevention-plan',
  'coping-card': 'coping-card',
};

/** The overview, and the lessons it was read from (the summary prints the plan lesson's worksheet). */
export interface LoadedProgress {
  profileId: string;
  today: string;
  overview: ProgressOverview;
  lessons: Map<string, CachedLesson>;
}

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/**
 * Reads the open profile's progress: every lesson the clinic offers with its
 * answers (one small file each), when lessons were opened, and this month's
 * check-ins. Lessons that fail to open are left out, as the lesson list shows them.
 */
export async function loadProgress(deps: ProgressDeps): Promise<LoadedProgress> {
  const profileId = await deps.activeProfileId();
  const today = localDay(deps.now?.() ?? new Date());
  const read = await deps.curriculum.lessons();
  const compiled = new Map(read.map(({ item, lesson }) => [item.id, lesson]));
  const offered = deps.clinic.arrange(read.map(({ item }) => item)).filter((l): l is OkLesson => l.status === 'ok');
  const opened = new Map((await deps.checkins.getLessonActivity({})).lessons.map((a) => [a.lessonId, a]));
  const lessons = new Map<string, CachedLesson>();
  const inputs: LessonProgressInput[] = [];
  const plans = new Map<PlanStatus['id'], PlanStatus>();
  // Each lesson's answer file is read side by side (a file each), then walked in the clinic's order.
  const loaded = await Promise.all(
    offered.map(async (item) => {
      const lesson = compiled.get(item.id);
      if (lesson === undefined) return null;
      return { item, lesson, answers: (await deps.store.load(profileId, item.id, lesson.exercises)).answers };
    }),
  );
  for (const entry of loaded) {
    if (entry === null) continue;
    const { item, lesson, answers } = entry;
    lessons.set(item.id, lesson);
    const answered = new Map<string, string>();
    for (const exercise of lesson.exercises) {
      const stored = answers[exercise.id];
      if (stored === undefined || !hasContent(stored.value)) continue;
      answered.set(exercise.id, stored.updatedAt);
      for (const [planId, type] of Object.entries(planTypes) as [PlanStatus['id'], ExerciseType][]) {
        const known = plans.get(planId);
        if (exercise.type === type && (known?.updatedAt ?? '') < stored.updatedAt) {
          plans.set(planId, { id: planId, lessonId: item.id, updatedAt: stored.updatedAt });
        }
      }
    }
    inputs.push({
      lessonId: item.id,
      title: item.title,
      exerciseIds: lesson.exercises.map((e) => e.id),
      answered,
      firstOpenedAt: opened.get(item.id)?.firstOpenedAt ?? null,
    });
  }
  const monday = weekStart(today);
  const first = `${today.slice(0, 7)}-01`;
  const { checkIns } = await deps.checkins.listCheckIns({ from: monday < first ? monday : first, to: today });
  const overview = progressOverview({
    lessons: inputs,
    plans: (Object.keys(planTypes) as PlanStatus['id'][]).map(
      (id) => plans.get(id) ?? { id, lessonId: null, updatedAt: null },
    ),
    checkInDays: checkIns.map((c) => c.date),
    today,
  });
  return { profileId, today, overview, lessons };
}
