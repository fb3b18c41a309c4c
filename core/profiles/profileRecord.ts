import { lessonLanguages } from '../../common/language';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { readSmallFile } from '../store/boundedRead';
import { writeFileAtomic } from '../store/durableFile';
import { claimedVersion, defineStoredFile, upgradeStored, UpgradeError } from '../store/upgrade';
import { contentNotesSeenSchema } from './contentNotesSeen';
import { kdfWithinLimits } from './passcode';

/**
 * Version of profile records. 2: the first, with a folder per profile. 3: a profile
 * may keep the language it reads in. 4: and the content notes it has read.
 */
export const PROFILE_RECORD_VERSION = 4;

// The cost is read from the file: one beyond what Groundwork writes makes the record damaged, before any scrypt runs.
// These are read-time bounds every record Groundwork ever wrote meets (a 24-character salt, N at most 2^17), so they are
// refinements and the stored shape (tests/fixtures/stored-schemas) stays version 2.
const kdfSchema = z
  .object({ N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1) })
  .refine(kdfWithinLimits, 'scrypt cost beyond what Groundwork writes');

const MAX_SALT_CHARS = 64;

const keySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('passcode'),
    salt: z.string().refine((salt) => salt.length <= MAX_SALT_CHARS, 'salt longer than Groundwork writes'),
    kdf: kdfSchema,
    wrapped: z.string(),
  }),
  z.object({ kind: z.enum(['os', 'file']), wrapped: z.string() }),
]);

/**
 * A profile's `profile.json`: its name and how its data key is wrapped. It holds
 * no answers (those are in encrypted files), so the picker can list profiles
 * before any is unlocked. Kept twice (`.bak`), since losing it loses the key.
 */
export const profileRecordSchema = z.object({
  schemaVersion: z.literal(PROFILE_RECORD_VERSION),
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** Minutes without use before a profile with a passcode locks itself. */
  lockAfterMinutes: z.number().int().min(1).max(240),
  key: keySchema,
  /** Wrong passcodes in a row, kept on disk so restarting the app does not reset the delay. */
  failedAttempts: z.number().int().min(0),
  lastFailedAt: z.string().nullable(),
  /**
   * The language this person reads lessons, worksheets and screens in; absent
   * until they choose, when the clinic's (or the system's) language applies.
   */
  language: z.enum(lessonLanguages).optional(),
  /** The lessons whose content note this person has read and continued past; absent until the first. */
  contentNotesSeen: contentNotesSeenSchema.optional(),
});

/** Profile records upgrade step by step on read (core/store/upgrade.ts). */
export const profileRecordType = defineStoredFile({
  name: 'profile-record',
  version: PROFILE_RECORD_VERSION,
  oldest: 2,
  schema: profileRecordSchema,
  steps: [
    {
      from: 2,
      what: 'a profile may keep its language; a version-2 record has none, so the clinic or system language applies',
      run: (old) => old,
    },
    {
      from: 3,
      what: 'a profile may keep the content notes it has read; a version-3 record has none, so each note shows once more',
      run: (old) => old,
    },
  ],
});

export type ProfileRecord = z.infer<typeof profileRecordSchema>;
export type KeyRecord = z.infer<typeof keySchema>;

/**
 * Why a profile's record cannot be used. 'wrong-folder': it names another
 * profile (a profile.json copied from another folder); the folder is the identity.
 */
export type ProfileRecordProblem = 'missing' | 'damaged' | 'newer-version' | 'wrong-folder';

export class ProfileRecordError extends Error {
  constructor(
    readonly problem: ProfileRecordProblem,
    message: string,
    /** The name the record gives, when one could be read, so the person can recognise their profile. */
    readonly recordName: string | null = null,
  ) {
    super(message);
    this.name = 'ProfileRecordError';
  }
}

const recordPath = (dir: string): string => join(dir, 'profile.json');
/**
 * A record is usually under 2 KiB; the largest one Groundwork writes (a note read
 * in each of `limits.lessons` lessons, every id and topic at its longest) is under
 * 300 KiB. Anything larger is not one.
 */
export const MAX_RECORD_BYTES = 512 * 1024;

/** The record's name, if it has a plausible one; only used to label a profile that needs attention. */
function nameIn(json: unknown): string | null {
  const name = (json as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.length <= 40 && /^[^\p{Cc}\p{Cf}]+$/u.test(name) ? name : null;
}

async function readOne(path: string, folderId: string): Promise<ProfileRecord> {
  let text: string;
  try {
    text = (await readSmallFile(path, MAX_RECORD_BYTES)).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ProfileRecordError('missing', path);
    // A folder, FIFO or huge file where the record should be: damaged, and never waited on.
    if (code === undefined || code === 'EISDIR') throw new ProfileRecordError('damaged', path);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProfileRecordError('damaged', path);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > PROFILE_RECORD_VERSION)
    throw new ProfileRecordError('newer-version', path, nameIn(json));
  const upgraded = upgradedRecord(json);
  if (upgraded === null) throw new ProfileRecordError('damaged', path, nameIn(json));
  if (upgraded.id !== folderId) throw new ProfileRecordError('wrong-folder', path, nameIn(json));
  return upgraded;
}

/**
 * The record at the current version, walking the upgrade steps when it is older;
 * null when it cannot be read. Upgraded in memory only: reading happens before any
 * writer lock (the picker lists every profile), so the file is rewritten, its old
 * bytes kept first, only when the record is next written (writeProfileRecord).
 */
function upgradedRecord(json: unknown): ProfileRecord | null {
  try {
    return upgradeStored(profileRecordType, json).data;
  } catch (error) {
    if (error instanceof UpgradeError) return null;
    throw error;
  }
}

/** Keeps a record from an older version (`profile.json.v<N>`) before a write replaces it, once. */
async function keepOlder(path: string): Promise<void> {
  let text: string;
  try {
    text = (await readSmallFile(path, MAX_RECORD_BYTES)).toString('utf8');
  } catch {
    return;
  }
  let version: number | null;
  try {
    version = claimedVersion(JSON.parse(text));
  } catch {
    return;
  }
  if (version === null || version >= PROFILE_RECORD_VERSION) return;
  const kept = `${path}.v${version}`;
  if (
    await readSmallFile(kept, MAX_RECORD_BYTES).then(
      () => true,
      () => false,
    )
  )
    return;
  await writeFileAtomic(kept, text);
}

/** Which problem to report when neither copy can be used: the one that says most about what to do. */
const precedence: ProfileRecordProblem[] = ['newer-version', 'wrong-folder', 'damaged', 'missing'];

/**
 * Reads a profile's record, falling back to its second copy when the first is
 * damaged, missing or names another profile. A copy from a newer version is never
 * passed over for an older one: the profile is refused as it is. Never writes.
 */
export async function readProfileRecord(dir: string): Promise<ProfileRecord> {
  const folderId = basename(dir);
  const problems: ProfileRecordError[] = [];
  for (const path of [recordPath(dir), `${recordPath(dir)}.bak`]) {
    try {
      return await readOne(path, folderId);
    } catch (error) {
      if (!(error instanceof ProfileRecordError)) throw error;
      if (error.problem === 'newer-version') throw error;
      problems.push(error);
    }
  }
  const rank = (e: ProfileRecordError): number => precedence.indexOf(e.problem);
  const worst = problems.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  // Both missing is "missing"; one missing and one damaged is damaged: something was there.
  throw new ProfileRecordError(
    worst.problem,
    worst.message,
    problems.map((p) => p.recordName).find((n) => n !== null) ?? null,
  );
}

/** Writes both copies, one after the other, so one is always whole. */
export async function writeProfileRecord(dir: string, record: ProfileRecord): Promise<void> {
  const text = JSON.stringify(record, null, 2);
  await keepOlder(recordPath(dir));
  await writeFileAtomic(recordPath(dir), text);
  await writeFileAtomic(`${recordPath(dir)}.bak`, text);
}
