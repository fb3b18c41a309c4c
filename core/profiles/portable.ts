import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { syncDirectory, writeFileAtomic } from '../store/durableFile';
import { EnvelopeError, seal, unseal } from '../store/envelope';
import {
  HISTORY_FILE_VERSION,
  historyFileType,
  LESSON_FILE_VERSION,
  lessonFileType,
  type HistoryFile,
  type LessonFile,
} from '../store/lessonData';
import { SLUG_PATTERN } from '../../common/ids';
import type { ProfileSession } from '../store/profileSession';
import {
  addCheckinParts,
  checkinBundleFields,
  collectCheckinParts,
  upgradeCheckinParts,
  writeCheckinParts,
  type CheckinBundleParts,
} from '../store/checkinBundle';
import { defineStoredFile, upgradeStored, UpgradeError, type StoredFileType } from '../store/upgrade';
import { collectShareLog, shareLogType, writeShareLog, type ShareLogFile } from '../fhir/shareLog';
import { deriveKey, kdfWithinLimits, type KdfParams } from './passcode';
import type { ProfileManager, ProfileSummary } from './profileManager';

const { t } = createI18n();

/**
 * A portable copy of a profile: one file, to keep at discharge or move to another
 * computer. Layout: "GWB1" | salt (16) | scrypt N, r, p (u32 each) | a sealed
 * envelope (core/store/envelope.ts) of the gzipped bundle. The key comes from the
 * passcode the person chose for the file, so the file opens on any computer.
 */
const MAGIC = Buffer.from('GWB1', 'latin1');
const LABEL = 'groundwork-backup';

/**
 * Version of backup files. 2: lesson and history files inside had to be version 2.
 * 3: each lesson and history file inside keeps its own version and walks its own
 * steps, so a backup made years ago opens after those files change.
 * 4: check-ins, self-check results and lesson activity come along (checkinBundle.ts).
 * 5: the record of what was sent to the clinic's health record comes along (core/fhir/shareLog.ts).
 */
export const BACKUP_BUNDLE_VERSION = 5;

const storedBundleSchema = z.object({
  format: z.literal('groundwork-backup'),
  schemaVersion: z.literal(BACKUP_BUNDLE_VERSION),
  exportedAt: z.string(),
  profile: z.object({ name: z.string(), createdAt: z.string(), lockAfterMinutes: z.number().int().min(1).max(240) }),
  /** Lesson and history files as stored, each with its own schemaVersion. */
  lessons: z.array(z.unknown()),
  history: z.array(z.unknown()),
  ...checkinBundleFields,
  /** The record of sends to the clinic (`shares.gw`) as stored, or null when nothing was ever sent. */
  shares: z.unknown().nullable(),
});

export const backupBundleType = defineStoredFile({
  name: 'backup-bundle',
  version: BACKUP_BUNDLE_VERSION,
  oldest: 2,
  schema: storedBundleSchema,
  steps: [
    { from: 2, what: 'files inside are upgraded by their own steps', run: (old) => old },
    { from: 3, what: 'check-ins, self-checks and activity join the backup', run: addCheckinParts },
    { from: 4, what: 'the record of sends to the clinic joins the backup', run: (old) => ({ ...old, shares: null }) },
  ],
});

/** A backup file's content, every file inside at its current version. */
type Bundle = Omit<z.infer<typeof storedBundleSchema>, 'lessons' | 'history' | 'shares' | keyof CheckinBundleParts> & {
  lessons: LessonFile[];
  history: HistoryFile[];
  shares: ShareLogFile | null;
} & CheckinBundleParts;

const names = async (dir: string, pattern: RegExp): Promise<string[]> =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => pattern.test(n));

/** Reads every lesson and history file of an unlocked profile (recovering damaged ones as usual). */
export async function collectBundle(session: ProfileSession, profile: ProfileSummary): Promise<Bundle> {
  const lessons: LessonFile[] = [];
  for (const file of await names(join(session.dir, 'lessons'), /^[a-z0-9-]+\.gw$/)) {
    const id = file.slice(0, -3);
    if (SLUG_PATTERN.test(id)) lessons.push((await session.lesson(id)).data);
  }
  const history: HistoryFile[] = [];
  for (const lessonId of await names(join(session.dir, 'history'), SLUG_PATTERN)) {
    for (const month of await session.historyMonths(lessonId))
      history.push((await session.history(lessonId, month)).data);
  }
  return {
    format: 'groundwork-backup',
    schemaVersion: BACKUP_BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    profile: { name: profile.name, createdAt: profile.createdAt, lockAfterMinutes: profile.lockAfterMinutes },
    lessons,
    history,
    ...(await collectCheckinParts(session)),
    shares: await collectShareLog(session),
  };
}

/** Encrypts a bundle under a passcode. */
export async function sealBundle(bundle: Bundle, passcode: string, kdf: KdfParams): Promise<Buffer> {
  const salt = randomBytes(16);
  const params = Buffer.alloc(12);
  params.writeUInt32BE(kdf.N, 0);
  params.writeUInt32BE(kdf.r, 4);
  params.writeUInt32BE(kdf.p, 8);
  const key = await deriveKey(passcode, salt, kdf);
  const body = seal(key, BACKUP_BUNDLE_VERSION, LABEL, gzipSync(JSON.stringify(bundle)));
  return Buffer.concat([MAGIC, salt, params, body]);
}

/** Opens a backup file; typed errors for a file that is not one, a wrong passcode, or a newer version. */
export async function openBundle(bytes: Buffer, passcode: string): Promise<Bundle> {
  if (bytes.length < 32 || !bytes.subarray(0, 4).equals(MAGIC)) {
    throw new ApiFailure('invalid-request', t('data.portable.notBackup'));
  }
  const kdf = { N: bytes.readUInt32BE(20), r: bytes.readUInt32BE(24), p: bytes.readUInt32BE(28) };
  // The file names its own scrypt cost: a crafted one must not hold the app for seconds or claim gigabytes.
  if (!kdfWithinLimits(kdf)) throw new ApiFailure('invalid-request', t('data.portable.tooCostly'));
  const key = await deriveKey(passcode, bytes.subarray(4, 20), kdf);
  let plain: Buffer;
  try {
    plain = gunzipSync(unseal(key, LABEL, bytes.subarray(32), BACKUP_BUNDLE_VERSION), {
      maxOutputLength: 512 * 1024 * 1024,
    });
  } catch (error) {
    if (error instanceof EnvelopeError && error.problem === 'newer-version') {
      throw new ApiFailure('invalid-request', t('data.portable.newer'));
    }
    throw new ApiFailure('forbidden', t('data.portable.wrongPasscode'), { reason: 'wrong-passcode' });
  }
  let json: unknown;
  try {
    json = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new ApiFailure('invalid-request', t('data.portable.notBackup'));
  }
  const { data } = upgraded(backupBundleType, json);
  return {
    ...data,
    lessons: data.lessons.map((lesson) => upgraded(lessonFileType, lesson).data),
    history: data.history.map((month) => upgraded(historyFileType, month).data),
    ...upgradeCheckinParts(data, upgraded),
    shares: data.shares === null ? null : upgraded(shareLogType, data.shares).data,
  };
}

/** A file inside a backup, brought to the current version; in plain words when it cannot be. */
function upgraded<T>(type: StoredFileType<T>, json: unknown): { data: T } {
  try {
    return upgradeStored(type, json);
  } catch (error) {
    if (!(error instanceof UpgradeError)) throw error;
    const newer = error.problem === 'newer-version';
    throw new ApiFailure('invalid-request', t(newer ? 'data.portable.newer' : 'data.portable.notBackup'));
  }
}

/**
 * Adds a bundle as a new profile protected by `passcode`: built in a staging
 * folder and renamed into place in one step, so a crash never leaves half a profile.
 */
export async function importBundle(
  manager: ProfileManager,
  bundle: Bundle,
  name: string,
  passcode: string,
): Promise<ProfileSummary> {
  const staging = join(manager.profilesDir, `.importing-${randomBytes(4).toString('hex')}`);
  await mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    const { profile, key, dir } = await manager.create(name, passcode, { parentDir: staging });
    for (const lesson of bundle.lessons) {
      if (!SLUG_PATTERN.test(lesson.lessonId)) continue;
      await mkdir(join(dir, 'lessons'), { recursive: true });
      const bytes = seal(key, LESSON_FILE_VERSION, `lesson:${lesson.lessonId}`, Buffer.from(JSON.stringify(lesson)));
      await writeFileAtomic(join(dir, 'lessons', `${lesson.lessonId}.gw`), bytes);
    }
    for (const month of bundle.history) {
      if (!SLUG_PATTERN.test(month.lessonId) || !/^\d{4}-\d{2}$/.test(month.month)) continue;
      await mkdir(join(dir, 'history', month.lessonId), { recursive: true });
      const label = `history:${month.lessonId}:${month.month}`;
      const bytes = seal(key, HISTORY_FILE_VERSION, label, Buffer.from(JSON.stringify(month)));
      await writeFileAtomic(join(dir, 'history', month.lessonId, `${month.month}.gw`), bytes);
    }
    await writeCheckinParts(dir, key, bundle);
    await writeShareLog(dir, key, bundle.shares);
    // The summary of the profile as placed: with the backup's idle time, not the new profile's default.
    const placed = await manager.setLockAfterIn(dir, bundle.profile.lockAfterMinutes);
    await rename(dir, join(manager.profilesDir, profile.id));
    await syncDirectory(manager.profilesDir);
    return placed;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
