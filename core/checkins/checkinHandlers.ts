import type { CheckInChoices, LessonLink, MyPlans } from '../../common/checkinApi';
import type { LessonListItem, StoredAnswer } from '../../common/api';
import type { AnswerOf } from '../../common/exercises';
import {
  LAPSE_LESSON_ID,
  PLAN_LESSON_ID,
  RECOVERY_PLAN_EXERCISE_ID,
  SAFETY_PLAN_EXERCISE_ID,
} from '../../common/personalPlans';
import { isSkillId, skillIds, type SkillId } from '../../common/skills';
import { CheckinFiles } from '../store/checkinFiles';
import { CheckinStore } from '../store/checkinStore';
import { lessonActivity, noteLessonOpened, ownSkills } from '../store/lessonActivity';
import { SelfCheckStore } from '../store/selfCheckStore';
import { ownerOrRefuse, type CheckinApi, type CheckinDeps, type CheckinHandlers } from './checkinDeps';
import { selfCheckHandlers } from './selfCheckHandlers';

type OkLesson = Extract<LessonListItem, { status: 'ok' }>;

/** A lesson the clinic offers, as a link; null when it is hidden, missing or broken. */
async function offered(deps: CheckinDeps, lessonId: string): Promise<LessonLink | null> {
  const lessons = deps.clinic.arrange(await deps.curriculum.list());
  const found = lessons.find((l): l is OkLesson => l.status === 'ok' && l.id === lessonId);
  return found === undefined ? null : { id: found.id, title: found.title };
}

/** Whether a written plan holds any words or people, so an empty form is not shown as a plan. */
function written(plan: Record<string, unknown> | null | undefined): boolean {
  return Object.values(plan ?? {}).some((v) =>
    typeof v === 'string'
      ? v.trim() !== ''
      : Array.isArray(v) && v.some((row) => written(row as Record<string, unknown>)),
  );
}

/**
 * The API behind the daily check-in, the person's own plans, lesson activity and
 * (selfCheckHandlers.ts) the self-checks. Reads and writes the open profile.
 */
export function createCheckinApi(deps: CheckinDeps): CheckinApi {
  const files = new CheckinFiles(deps.store);
  const checkins = new CheckinStore(files, deps.now);
  const selfChecks = new SelfCheckStore(files, deps.now);

  const skillsOfOpenedLessons = async (profileId: string): Promise<CheckInChoices['lessonSkills']> => {
    const bySkill = new Map<SkillId, string[]>();
    for (const { lessonId } of await lessonActivity(files, profileId)) {
      const lesson = await deps.curriculum.open(lessonId).catch(() => null);
      for (const skill of lesson?.frontmatter.skills ?? []) {
        if (isSkillId(skill)) bySkill.set(skill, [...(bySkill.get(skill) ?? []), lessonId]);
      }
    }
    return skillIds.flatMap((skillId) => {
      const lessonIds = bySkill.get(skillId);
      return lessonIds === undefined ? [] : [{ skillId, lessonIds }];
    });
  };

  const handlers: CheckinHandlers = {
    async getCheckIn({ date }) {
      const profileId = await deps.activeProfileId();
      return { profileId, checkIn: await checkins.get(profileId, date) };
    },
    async saveCheckIn({ profileId, ...input }) {
      return checkins.save(await ownerOrRefuse(deps, profileId), input);
    },
    async listCheckIns({ from, to }) {
      return { checkIns: await checkins.list(await deps.activeProfileId(), from, to) };
    },
    async getCheckInHistory({ date }) {
      return { versions: await checkins.history(await deps.activeProfileId(), date) };
    },
    async getCheckInChoices() {
      const profileId = await deps.activeProfileId();
      return {
        lessonSkills: await skillsOfOpenedLessons(profileId),
        ownSkills: await ownSkills(files, profileId),
        lapseLesson: await offered(deps, LAPSE_LESSON_ID),
        planLesson: await offered(deps, PLAN_LESSON_ID),
      };
    },
    async getMyPlans(): Promise<MyPlans> {
      const profileId = await deps.activeProfileId();
      const lesson = await deps.curriculum.open(PLAN_LESSON_ID).catch(() => null);
      // Read even when the clinic no longer offers the lesson: a plan the person wrote is still theirs.
      const answers: Record<string, StoredAnswer | undefined> =
        lesson === null ? {} : (await deps.store.load(profileId, PLAN_LESSON_ID, lesson.exercises)).answers;
      const typeOf = (id: string) => lesson?.exercises.find((e) => e.id === id)?.type;
      const recovery =
        typeOf(RECOVERY_PLAN_EXERCISE_ID) === 'relapse-prevention-plan'
          ? answers[RECOVERY_PLAN_EXERCISE_ID]
          : undefined;
      const safety = typeOf(SAFETY_PLAN_EXERCISE_ID) === 'safety-plan' ? answers[SAFETY_PLAN_EXERCISE_ID] : undefined;
      const recoveryPlan = recovery?.value as AnswerOf<'relapse-prevention-plan'> | undefined;
      const safetyPlan = safety?.value as AnswerOf<'safety-plan'> | undefined;
      return {
        lesson: await offered(deps, PLAN_LESSON_ID),
        recoveryPlan: written(recoveryPlan) ? (recoveryPlan ?? null) : null,
        safetyPlan: written(safetyPlan) ? (safetyPlan ?? null) : null,
      };
    },
    async getCheckinRange({ from, to }) {
      const profileId = await deps.activeProfileId();
      const [checkIns, results] = await Promise.all([
        checkins.list(profileId, from, to),
        selfChecks.list(profileId, { from, to }),
      ]);
      return { profileId, checkIns, selfChecks: results };
    },
    async getLessonActivity() {
      return { lessons: await lessonActivity(files, await deps.activeProfileId()) };
    },
    ...selfCheckHandlers(deps, selfChecks),
  };

  const lessonOpened = async (profileId: string, lessonId: string): Promise<void> => {
    try {
      await noteLessonOpened(files, profileId, lessonId, deps.now?.());
    } catch (error) {
      // Opening the lesson matters more than noting it: a read-only or full disk is reported by the store.
      console.warn(`groundwork: could not note that ${lessonId} was opened`, (error as Error).message);
    }
  };

  return { handlers, lessonOpened };
}
