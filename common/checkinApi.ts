import { z } from 'zod';
import { slugSchema } from './ids';
import { isCalendarDay } from './checkinDates';
import type { AnswerOf } from './exercises';
import { createI18n } from './i18n/createI18n';
import type { FlagId } from './instruments';
import { skillIds, type SkillId } from './skills';

/**
 * The check-in part of the API contract (issue 13): the daily check-in, the
 * self-checks (PHQ-9, GAD-7, the craving check; common/instruments), the
 * person's own plans, and which lessons they have opened. common/api.ts merges
 * these into `requestSchemas` and `Responses`; the method names are listed in
 * common/channels.ts. Everything here reads and writes the profile that is open
 * (`forbidden` with reason `no-profile` or `locked` when there is none).
 *
 * Days are calendar days in the person's local time, YYYY-MM-DD
 * (common/checkinDates.ts). The store refuses a day after tomorrow by the host's
 * clock, or more than ten years back, with `invalid-request` and
 * `details.reason` 'future-date' | 'too-early' | 'not-a-date' (CheckInRefusal).
 * A request that breaks a schema below answers `invalid-request` with
 * `details: { path, message }[]`, each message in plain words.
 */

const { t } = createI18n();

/** Longest note on a check-in, and longest skill of a person's own. */
export const NOTE_MAX = 300;
export const OWN_SKILL_MAX = 60;
/** Most skills of their own a person can add to one check-in. */
export const OWN_SKILLS_MAX = 10;
/** The sleep-quality answers: 0 "Very badly" … 4 "Very well" (checkins.form.sleepQualityOption). */
export const SLEEP_QUALITY_MAX = 4;

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, t('checkins.errors.date'))
  .refine(isCalendarDay, t('checkins.errors.date'));

// One line: no control or format characters (so no line breaks), trimmed.
const oneLine = /^[^\p{Cc}\p{Cf}]*$/u;

const rating = z
  .number()
  .int(t('checkins.errors.rating'))
  .min(0, t('checkins.errors.rating'))
  .max(10, t('checkins.errors.rating'));
const sleepHours = z
  .number()
  .min(0, t('checkins.errors.sleepHours'))
  .max(24, t('checkins.errors.sleepHours'))
  .multipleOf(0.5, t('checkins.errors.sleepHours'));
const sleepQuality = z
  .number()
  .int(t('checkins.errors.sleepQuality'))
  .min(0, t('checkins.errors.sleepQuality'))
  .max(SLEEP_QUALITY_MAX, t('checkins.errors.sleepQuality'));
const ownSkill = z
  .string()
  .trim()
  .min(1, t('checkins.errors.ownSkill', { max: OWN_SKILL_MAX }))
  .max(OWN_SKILL_MAX, t('checkins.errors.ownSkill', { max: OWN_SKILL_MAX }))
  .regex(oneLine, t('checkins.errors.ownSkill', { max: OWN_SKILL_MAX }));

/**
 * What a person can say in a check-in. Every field can be left out (skipped):
 * a saved check-in holds null, [] or '' for it.
 */
export const checkInFieldsSchema = z.strictObject({
  /** 0 "very low" … 10 "very good". */
  mood: rating.nullable().optional(),
  /** 0 "none" … 10 "the strongest I can imagine". */
  craving: rating.nullable().optional(),
  /** 0 "calm" … 10 "the most stressed I can imagine". */
  stress: rating.nullable().optional(),
  /** Hours slept the night before, 0–24 in half hours. */
  sleepHours: sleepHours.nullable().optional(),
  /** How well they slept: 0 "Very badly" … 4 "Very well". */
  sleepQuality: sleepQuality.nullable().optional(),
  /** Whether they drank or used since their last check-in. */
  used: z.enum(['no', 'yes'], t('checkins.errors.used')).nullable().optional(),
  /** Skills from the catalogue (common/skills.ts), each once. */
  skills: z
    .array(z.enum(skillIds, t('checkins.errors.skill')))
    .max(skillIds.length)
    .refine((ids) => new Set(ids).size === ids.length, t('checkins.errors.skillTwice'))
    .optional(),
  /** Skills in the person's own words, each once (ignoring case). */
  ownSkills: z
    .array(ownSkill)
    .max(OWN_SKILLS_MAX)
    .refine((s) => new Set(s.map((x) => x.toLowerCase())).size === s.length, t('checkins.errors.skillTwice'))
    .optional(),
  /** One optional line of notes. */
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, t('checkins.errors.note', { max: NOTE_MAX }))
    .regex(oneLine, t('checkins.errors.note', { max: NOTE_MAX }))
    .optional(),
});

/** Item id → chosen option value (or null: not answered). At most 60 items, as an instrument has. */
const selfCheckAnswers = z
  .unknown()
  .check((ctx) => {
    // Counted before zod checks each entry, so a huge object costs nothing to refuse.
    if (typeof ctx.value === 'object' && ctx.value !== null && Object.keys(ctx.value).length > 60) {
      ctx.issues.push({ code: 'too_big', origin: 'object', maximum: 60, inclusive: true, input: ctx.value });
    }
  })
  .pipe(z.record(slugSchema({ max: 40 }), z.number().int().min(0).max(100).nullable()));

/** A self-check result's id: the day it was started, and 8 random hex digits. */
export const selfCheckResultIdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-f0-9]{8}$/);

const instrumentId = slugSchema({ max: 40 });
/** The profile the screen's data was loaded for; a save meant for another person is refused (`forbidden`, reason 'profile-changed'). */
const profileId = z.string().max(80).optional();
/** An inclusive range of days; either end may be left open. */
const dayRange = { from: daySchema.optional(), to: daySchema.optional() };

export const checkinRequestSchemas = {
  /** The check-in of one day, or null when there is none. */
  getCheckIn: z.strictObject({ date: daySchema }),
  /**
   * Saves the check-in of `date`. A day has one check-in: a second save for the
   * same day replaces it (the replaced one is kept in the day's history), so a
   * screen sends every field it shows. Fields left out are skipped.
   */
  saveCheckIn: checkInFieldsSchema.extend({ date: daySchema, profileId }),
  /** Every check-in from `from` to `to` (inclusive), oldest first. */
  listCheckIns: z.strictObject(dayRange),
  /** Earlier versions of a day's check-in, newest first. */
  getCheckInHistory: z.strictObject({ date: daySchema }),
  /** What the check-in form offers: the skills of lessons opened, the person's own skills, lesson links. */
  getCheckInChoices: z.strictObject({}),
  /** The person's own recovery plan and safety plan, as written in the plan lesson. */
  getMyPlans: z.strictObject({}),
  /** The self-checks the clinic offers, each with when it was last done and whether it is due. */
  getSelfCheckStatus: z.strictObject({}),
  /**
   * Saves a self-check's answers. Without `resultId`: a new result. With it: the
   * same result, answers replaced (a screen saves at once when a safety flag is
   * raised, then again when the person finishes). A required item left
   * unanswered: saved as incomplete, with no total and no band.
   */
  saveSelfCheck: z.strictObject({
    instrumentId,
    date: daySchema,
    answers: selfCheckAnswers,
    resultId: selfCheckResultIdSchema.optional(),
    profileId,
  }),
  /** Self-check results, oldest first; only one instrument's when `instrumentId` is given. */
  listSelfCheckResults: z.strictObject({ instrumentId: instrumentId.optional(), ...dayRange }),
  /** When each lesson was first and last opened in this profile. */
  getLessonActivity: z.strictObject({}),
  /**
   * Check-ins and self-check results (every instrument) from `from` to `to`, both
   * oldest first, in one call: what a progress view or a care-team summary reads.
   * Reads only the month and year files the range touches.
   */
  getCheckinRange: z.strictObject(dayRange),
} as const;

/** Why a day was refused (`details.reason` of an `invalid-request`). */
export type CheckInRefusal = 'not-a-date' | 'future-date' | 'too-early';

/** One day's check-in as stored: every field present, a skipped one null, [] or ''. */
export interface CheckIn {
  date: string;
  mood: number | null;
  craving: number | null;
  stress: number | null;
  sleepHours: number | null;
  sleepQuality: number | null;
  used: 'no' | 'yes' | null;
  /** Skill ids (common/skills.ts); an id this version does not know is passed on as it is. */
  skills: string[];
  ownSkills: string[];
  note: string;
  /** When this day's first check-in was saved (ISO time). */
  createdAt: string;
  /** When it was last saved (ISO time). */
  updatedAt: string;
}

/** A check-in as it was before a later save replaced it. */
export interface CheckInVersion extends CheckIn {
  replacedAt: string;
}

/** A lesson the screen can link to, when it is installed and offered. */
export interface LessonLink {
  id: string;
  title: string;
}

export interface CheckInChoices {
  /** Skills taught by the lessons this person has opened, in catalogue order, with the lessons that teach each. */
  lessonSkills: { skillId: SkillId; lessonIds: string[] }[];
  /** Skills in the person's own words from their earlier check-ins, most recently used first. */
  ownSkills: string[];
  /** The lapse lesson (`a-lapse-is-not-a-relapse`), or null when it is not offered. */
  lapseLesson: LessonLink | null;
  /** The plan lesson (`my-recovery-plan-and-safety-plan`), or null when it is not offered. */
  planLesson: LessonLink | null;
}

export interface MyPlans {
  /** The plan lesson, or null when it is not offered. */
  lesson: LessonLink | null;
  /** The person's answer to the relapse-prevention-plan exercise, or null when they have written none. */
  recoveryPlan: AnswerOf<'relapse-prevention-plan'> | null;
  /** The person's answer to the safety-plan exercise, or null when they have written none. */
  safetyPlan: AnswerOf<'safety-plan'> | null;
}

/** One self-check the clinic offers (clinic.json `selfChecks`; all built-in ones, every 14 days, by default). */
export interface OfferedSelfCheck {
  instrumentId: string;
  intervalDays: number;
  /** When it was last completed (every required item answered), or null. */
  lastCompletedAt: string | null;
  /** The most recent result, complete or not, or null. */
  lastResult: SelfCheckResult | null;
  /** Due now by the host's clock (common/instruments `dueStatus`). */
  due: boolean;
  /** The day it is next due (YYYY-MM-DD), or null when it has never been completed. */
  dueOn: string | null;
}

/** One self-check result as stored. Scored when it was saved, with the instrument version it was made with. */
export interface SelfCheckResult {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  /** The person's local day it was started. */
  date: string;
  startedAt: string;
  updatedAt: string;
  /** Item id → chosen option value, or null: not answered. */
  answers: Record<string, number | null>;
  status: 'complete' | 'incomplete';
  /** The total and its band id; null when incomplete. */
  total: number | null;
  bandId: string | null;
  /** Required items left unanswered, in the instrument's order. */
  missingItemIds: string[];
  /** Flags the saved answers raise (PHQ-9 item 9 above 0: 'safety'). */
  flags: FlagId[];
  /**
   * Every flag raised by any save of this result, kept even when the answer was
   * changed afterwards, so a summary can mark it for the care team.
   */
  flagsSeen: FlagId[];
}

export interface LessonActivity {
  lessonId: string;
  firstOpenedAt: string;
  lastOpenedAt: string;
  /** How many times it was opened. */
  opens: number;
}

export interface CheckinResponses {
  getCheckIn: { profileId: string; checkIn: CheckIn | null };
  /** `replaced`: the day already had a check-in, and this save updated it. */
  saveCheckIn: { checkIn: CheckIn; replaced: boolean };
  listCheckIns: { checkIns: CheckIn[] };
  getCheckInHistory: { versions: CheckInVersion[] };
  getCheckInChoices: CheckInChoices;
  getMyPlans: MyPlans;
  getSelfCheckStatus: { profileId: string; offered: OfferedSelfCheck[] };
  saveSelfCheck: { result: SelfCheckResult };
  listSelfCheckResults: { results: SelfCheckResult[] };
  getLessonActivity: { lessons: LessonActivity[] };
  getCheckinRange: { profileId: string; checkIns: CheckIn[]; selfChecks: SelfCheckResult[] };
}

export type CheckinMethod = keyof typeof checkinRequestSchemas;
