import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  activityType,
  checkinFiles,
  checkInMonthType,
  selfCheckYearType,
  type Activity,
  type CheckInMonth,
  type SelfCheckYear,
} from './checkinData';
import { listMonths, listYears, openActivity, openMonth, openYear } from './checkinFiles';
import { writeFileAtomic } from './durableFile';
import { seal } from './envelope';
import type { ProfileSession } from './profileSession';
import type { StoredFileType } from './upgrade';

/**
 * Check-ins, self-check results and lesson activity inside a portable backup
 * (core/profiles/portable.ts): collected from an unlocked profile, upgraded by
 * their own steps when a backup is opened, and written into the imported profile.
 */

/** The bundle's fields for them, as stored: each file keeps its own schemaVersion. */
export const checkinBundleFields = {
  checkIns: z.array(z.unknown()),
  selfChecks: z.array(z.unknown()),
  activity: z.unknown().nullable(),
};

/** What a backup carries of them, every file at its current version. */
export interface CheckinBundleParts {
  checkIns: CheckInMonth[];
  selfChecks: SelfCheckYear[];
  activity: Activity | null;
}

/** The step that brought backups to carry them: a backup made before holds none. */
export const addCheckinParts = (old: Record<string, unknown>): Record<string, unknown> => ({
  ...old,
  checkIns: [],
  selfChecks: [],
  activity: null,
});

/** Reads every month, year and the activity file of an unlocked profile (recovering damaged ones as usual). */
export async function collectCheckinParts(session: ProfileSession): Promise<CheckinBundleParts> {
  const checkIns: CheckInMonth[] = [];
  for (const month of await listMonths(session)) {
    const { data } = await openMonth(session, month);
    if (data.checkIns.length > 0 || data.replaced.length > 0) checkIns.push(data);
  }
  const selfChecks: SelfCheckYear[] = [];
  for (const year of await listYears(session)) {
    const { data } = await openYear(session, year);
    if (data.results.length > 0) selfChecks.push(data);
  }
  const { data: activity } = await openActivity(session);
  const empty = activity.lessons.length === 0 && activity.ownSkills.length === 0;
  return { checkIns, selfChecks, activity: empty ? null : activity };
}

/** Brings each file inside an opened backup to its current version; `upgraded` refuses one it cannot. */
export function upgradeCheckinParts(
  stored: { checkIns: unknown[]; selfChecks: unknown[]; activity: unknown },
  upgraded: <T>(type: StoredFileType<T>, json: unknown) => { data: T },
): CheckinBundleParts {
  return {
    checkIns: stored.checkIns.map((month) => upgraded(checkInMonthType, month).data),
    selfChecks: stored.selfChecks.map((year) => upgraded(selfCheckYearType, year).data),
    activity: stored.activity === null ? null : upgraded(activityType, stored.activity).data,
  };
}

/** Writes one stored file into a profile folder being imported, encrypted under its key, its folder made first. */
export async function writeSealedFile(
  key: Buffer,
  spec: { path: string; label: string; type: { version: number } },
  data: unknown,
) {
  await mkdir(dirname(spec.path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(spec.path, seal(key, spec.type.version, spec.label, Buffer.from(JSON.stringify(data))));
}

/** Writes them into a profile folder being imported, encrypted under its key. */
export async function writeCheckinParts(dir: string, key: Buffer, parts: CheckinBundleParts): Promise<void> {
  // Each name comes from a field the schema held to YYYY-MM or YYYY, so it cannot leave the folder.
  for (const month of parts.checkIns) await writeSealedFile(key, checkinFiles.month(dir, month.month).spec, month);
  for (const year of parts.selfChecks) await writeSealedFile(key, checkinFiles.year(dir, year.year).spec, year);
  if (parts.activity !== null) await writeSealedFile(key, checkinFiles.activity(dir).spec, parts.activity);
}
