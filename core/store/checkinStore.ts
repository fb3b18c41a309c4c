import type { z } from 'zod';
import { fieldIssues } from '../../common/errorDetails';
import {
  checkinRequestSchemas,
  daySchema,
  type CheckIn,
  type CheckInRefusal,
  type CheckInVersion,
} from '../../common/checkinApi';
import { dayProblem, MAX_PAST_YEARS, monthOf, type DayProblem } from '../../common/checkinDates';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { VERSIONS_KEPT, type CheckInRecord } from './checkinData';
import { listMonths, openMonth, type CheckinFiles } from './checkinFiles';
import { noteOwnSkills } from './lessonActivity';

const { t } = createI18n();

/** What a check-in save carries: the request without the profile it was meant for. */
export type CheckInInput = Omit<z.input<(typeof checkinRequestSchemas)['saveCheckIn']>, 'profileId'>;

const inputSchema = checkinRequestSchemas.saveCheckIn.omit({ profileId: true });

const refusals: Record<DayProblem, CheckInRefusal> = {
  'not-a-date': 'not-a-date',
  future: 'future-date',
  'too-early': 'too-early',
};

/**
 * Refuses a day that cannot hold a check-in or self-check by the host's clock,
 * in plain words, with the reason a screen can act on.
 */
export function checkDay(date: string, now: Date): void {
  const problem = dayProblem(date, now);
  if (problem === null) return;
  const message =
    problem === 'not-a-date'
      ? t('checkins.errors.notADay', { date })
      : problem === 'future'
        ? t('checkins.errors.futureDay', { date })
        : t('checkins.errors.tooEarly', { date, years: MAX_PAST_YEARS });
  throw new ApiFailure('invalid-request', message, { reason: refusals[problem] });
}

/** Checks a request-shaped value again inside the store, so no caller can store what the API would refuse. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new ApiFailure('invalid-request', issues[0]?.message ?? t('errors.invalid-request'), {
    reason: 'invalid-fields',
    issues,
  });
}

/** A day checked before it names a file: only a real YYYY-MM-DD date can. */
export const day = (date: string): string => parseOrRefuse(daySchema, date);

const sameContent = (a: CheckInRecord, b: CheckInRecord): boolean =>
  JSON.stringify({ ...a, createdAt: '', updatedAt: '' }) === JSON.stringify({ ...b, createdAt: '', updatedAt: '' });

/**
 * Daily check-ins, one per calendar day, in month files (checkinData.ts). A
 * second save for a day replaces the first and keeps it as an earlier version; a
 * late one for yesterday is just a save for yesterday's date.
 */
export class CheckinStore {
  constructor(
    private readonly files: CheckinFiles,
    /** The host's clock; tests pass their own. */
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The check-in of one day, or null. */
  async get(profileId: string, date: string): Promise<CheckIn | null> {
    const session = await this.files.session(profileId);
    const month = await openMonth(session, monthOf(day(date)));
    return month.data.checkIns.find((c) => c.date === date) ?? null;
  }

  /** Validates and saves a day's check-in; resolves once it is on disk. */
  async save(profileId: string, input: CheckInInput): Promise<{ checkIn: CheckIn; replaced: boolean }> {
    const fields = parseOrRefuse(inputSchema, input);
    const now = this.now();
    checkDay(fields.date, now);
    const savedAt = now.toISOString();
    const result = await this.files.change(profileId, `checkins/${monthOf(fields.date)}`, async (session) => {
      const db = await openMonth(session, monthOf(fields.date));
      const index = new Map(db.data.checkIns.map((c, i) => [c.date, i]));
      const at = index.get(fields.date);
      const previous = at === undefined ? undefined : db.data.checkIns[at];
      const record: CheckInRecord = {
        date: fields.date,
        mood: fields.mood ?? null,
        craving: fields.craving ?? null,
        stress: fields.stress ?? null,
        sleepHours: fields.sleepHours ?? null,
        sleepQuality: fields.sleepQuality ?? null,
        used: fields.used ?? null,
        skills: fields.skills ?? [],
        ownSkills: fields.ownSkills ?? [],
        note: fields.note ?? '',
        createdAt: previous?.createdAt ?? savedAt,
        updatedAt: savedAt,
      };
      if (previous !== undefined && at !== undefined) {
        if (!sameContent(previous, record)) keepVersion(db.data.replaced, { ...previous, replacedAt: savedAt });
        db.data.checkIns[at] = record;
      } else {
        db.data.checkIns.push(record);
        db.data.checkIns.sort((a, b) => a.date.localeCompare(b.date));
      }
      await session.persist(db);
      return { checkIn: record, replaced: previous !== undefined };
    });
    // The check-in is on disk: the list of own skills is a convenience, and its write is retried on its own.
    if (result.checkIn.ownSkills.length > 0) {
      await noteOwnSkills(this.files, profileId, result.checkIn.ownSkills, fields.date).catch(() => undefined);
    }
    return result;
  }

  /** Every check-in from `from` to `to` (inclusive; open ends allowed), oldest first. */
  async list(profileId: string, from?: string, to?: string): Promise<CheckIn[]> {
    if (from !== undefined) day(from);
    if (to !== undefined) day(to);
    const session = await this.files.session(profileId);
    const months = (await listMonths(session)).filter(
      (m) => (from === undefined || m >= monthOf(from)) && (to === undefined || m <= monthOf(to)),
    );
    // Month files are read side by side: five years is sixty files, and each waits mostly on the disk.
    const opened = await Promise.all(months.map((month) => openMonth(session, month)));
    const all: CheckIn[] = [];
    for (const db of opened) {
      for (const c of db.data.checkIns) {
        if ((from === undefined || c.date >= from) && (to === undefined || c.date <= to)) all.push(c);
      }
    }
    return all;
  }

  /** Earlier versions of a day's check-in, newest first. */
  async history(profileId: string, date: string): Promise<CheckInVersion[]> {
    const session = await this.files.session(profileId);
    const db = await openMonth(session, monthOf(day(date)));
    return db.data.replaced.filter((v) => v.date === date).sort((a, b) => b.replacedAt.localeCompare(a.replacedAt));
  }
}

/** Adds a replaced version, keeping at most VERSIONS_KEPT for its day (the oldest go first). */
function keepVersion(
  versions: (CheckInRecord & { replacedAt: string })[],
  version: CheckInRecord & { replacedAt: string },
) {
  versions.push(version);
  const ofDay = versions.filter((v) => v.date === version.date);
  for (const old of ofDay.slice(0, Math.max(0, ofDay.length - VERSIONS_KEPT)))
    versions.splice(versions.indexOf(old), 1);
}
