import { join } from 'node:path';
import { slugSchema } from '../../common/ids';
import { z } from 'zod';
import { NOTE_MAX, OWN_SKILL_MAX, OWN_SKILLS_MAX, SLEEP_QUALITY_MAX } from '../../common/checkinApi';
import { flagIds } from '../../common/instruments';
import type { FileSpec } from './encryptedFile';
import { defineStoredFile } from './upgrade';

/**
 * The files of the daily check-in and the self-checks (issue 13), in the
 * profile's folder beside its lessons, encrypted like them:
 *
 * - `checkins/YYYY-MM.gw`: one month of check-ins, one per day, and the versions
 *   later saves replaced. A save rewrites one small month, however many years a
 *   profile holds.
 * - `selfchecks/YYYY.gw`: one year of self-check results.
 * - `activity.gw`: when each lesson was first and last opened, and the skills a
 *   person named in their own words.
 *
 * Lists are stored as arrays and indexed with Maps when read, so no stored key can
 * reach an object's prototype.
 */

/** Versions of the three kinds. 1: the first. */
export const CHECKIN_MONTH_VERSION = 1;
export const SELFCHECK_YEAR_VERSION = 1;
export const ACTIVITY_VERSION = 1;

/** Replaced versions kept per day (or per self-check result); older ones are dropped first. */
export const VERSIONS_KEPT = 10;

const slug = slugSchema({ max: 80 });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rating = z.number().int().min(0).max(10).nullable();

export const checkInRecordSchema = z.object({
  date: day,
  mood: rating,
  craving: rating,
  stress: rating,
  sleepHours: z.number().min(0).max(24).nullable(),
  sleepQuality: z.number().int().min(0).max(SLEEP_QUALITY_MAX).nullable(),
  used: z.enum(['no', 'yes']).nullable(),
  /** Skill ids (common/skills.ts). Kept as ids, so adding a skill to the catalogue changes no file. */
  skills: z.array(slug).max(100),
  ownSkills: z.array(z.string().max(OWN_SKILL_MAX)).max(OWN_SKILLS_MAX),
  note: z.string().max(NOTE_MAX),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const checkInMonthSchema = z.object({
  schemaVersion: z.literal(CHECKIN_MONTH_VERSION),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  checkIns: z.array(checkInRecordSchema).max(31),
  replaced: z.array(checkInRecordSchema.extend({ replacedAt: z.string() })).max(31 * VERSIONS_KEPT),
});

export const selfCheckRecordSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-f0-9]{8}$/),
  instrumentId: slug,
  instrumentVersion: z.number().int().min(1),
  date: day,
  startedAt: z.string(),
  updatedAt: z.string(),
  /** Item id → chosen option value, or null when not answered. */
  answers: z.record(slug, z.number().int().min(0).max(100).nullable()),
  status: z.enum(['complete', 'incomplete']),
  total: z.number().int().min(0).nullable(),
  bandId: slug.nullable(),
  missingItemIds: z.array(slug),
  flags: z.array(z.enum(flagIds)),
  flagsSeen: z.array(z.enum(flagIds)),
});

export const selfCheckYearSchema = z.object({
  schemaVersion: z.literal(SELFCHECK_YEAR_VERSION),
  year: z.string().regex(/^\d{4}$/),
  results: z.array(selfCheckRecordSchema),
  replaced: z.array(selfCheckRecordSchema.extend({ replacedAt: z.string() })),
});

export const activitySchema = z.object({
  schemaVersion: z.literal(ACTIVITY_VERSION),
  lessons: z.array(
    z.object({ lessonId: slug, firstOpenedAt: z.string(), lastOpenedAt: z.string(), opens: z.number().int().min(1) }),
  ),
  /** Skills in the person's own words, most recently used first. */
  ownSkills: z.array(z.object({ text: z.string().max(OWN_SKILL_MAX), lastUsedOn: day })).max(200),
});

export const checkInMonthType = defineStoredFile({
  name: 'checkin-month',
  version: CHECKIN_MONTH_VERSION,
  oldest: 1,
  schema: checkInMonthSchema,
  steps: [],
});

export const selfCheckYearType = defineStoredFile({
  name: 'selfcheck-year',
  version: SELFCHECK_YEAR_VERSION,
  oldest: 1,
  schema: selfCheckYearSchema,
  steps: [],
});

export const activityType = defineStoredFile({
  name: 'activity',
  version: ACTIVITY_VERSION,
  oldest: 1,
  schema: activitySchema,
  steps: [],
});

export type CheckInRecord = z.infer<typeof checkInRecordSchema>;
export type CheckInMonth = z.infer<typeof checkInMonthSchema>;
export type SelfCheckRecord = z.infer<typeof selfCheckRecordSchema>;
export type SelfCheckYear = z.infer<typeof selfCheckYearSchema>;
export type Activity = z.infer<typeof activitySchema>;

export const emptyMonth = (month: string): CheckInMonth => ({
  schemaVersion: CHECKIN_MONTH_VERSION,
  month,
  checkIns: [],
  replaced: [],
});
export const emptyYear = (year: string): SelfCheckYear => ({
  schemaVersion: SELFCHECK_YEAR_VERSION,
  year,
  results: [],
  replaced: [],
});
export const emptyActivity = (): Activity => ({ schemaVersion: ACTIVITY_VERSION, lessons: [], ownSkills: [] });

/** Where each file lives in a profile folder, its label, and its backups: one place, for the store and for import. */
export const checkinFiles = {
  month: (dir: string, month: string) => ({
    spec: { path: join(dir, 'checkins', `${month}.gw`), label: `checkins:${month}`, type: checkInMonthType },
    backups: join(dir, 'backups', 'checkins', month),
  }),
  year: (dir: string, year: string) => ({
    spec: { path: join(dir, 'selfchecks', `${year}.gw`), label: `selfchecks:${year}`, type: selfCheckYearType },
    backups: join(dir, 'backups', 'selfchecks', year),
  }),
  activity: (dir: string) => ({
    spec: { path: join(dir, 'activity.gw'), label: 'activity', type: activityType },
    backups: join(dir, 'backups', 'activity'),
  }),
} satisfies Record<string, (...args: never[]) => { spec: FileSpec<unknown>; backups: string }>;

/** File names of month and year files, so a folder listing never picks up anything else. */
export const monthFileName = /^(\d{4}-\d{2})\.gw$/;
export const yearFileName = /^(\d{4})\.gw$/;
