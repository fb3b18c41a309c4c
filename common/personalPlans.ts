/**
 * Where a person's own plans live: the answers they gave in the lessons that teach
 * them. The check-in offers the lapse lesson and the recovery plan after a "yes"
 * to "did you use"; the self-check's safety screen shows the safety plan. Lesson
 * and exercise ids are stable keys in answer files (common/lessonSchema.ts), so
 * naming them here is safe.
 */

/** The lesson offered, without judgement, after a check-in says "yes, I used". */
export const LAPSE_LESSON_ID = 'a-lapse-is-not-a-relapse';

/** The lesson where a person writes their recovery plan and their safety plan. */
export const PLAN_LESSON_ID = 'my-recovery-plan-and-safety-plan';

/** The relapse-prevention-plan exercise in PLAN_LESSON_ID. */
export const RECOVERY_PLAN_EXERCISE_ID = 'recovery-plan';

/** The safety-plan exercise in PLAN_LESSON_ID. */
export const SAFETY_PLAN_EXERCISE_ID = 'safety-plan';
