import { basename, join } from 'node:path';
import { z } from 'zod';
import { readSmallFile } from '../store/boundedRead';
import { writeFileAtomic } from '../store/durableFile';
import { DATA_SCHEMA_VERSION } from '../store/lessonData';
import { kdfWithinLimits } from './passcode';

// The cost is read from the file: one beyond what Groundwork writes makes the record damaged, before any scrypt runs.
const kdfSchema = z
  .object({ N: z.number().int(), r: z.number().int(), p: z.number().int() })
  .refine(kdfWithinLimits, 'scrypt cost beyond what Groundwork writes');

const keySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passcode'), salt: z.string().max(64), kdf: kdfSchema, wrapped: z.string() }),
  z.object({ kind: z.enum(['os', 'file']), wrapped: z.string() }),
]);

/**
 * A profile's `profile.json`: its name and how its data key is wrapped. It holds
 * no answers (those are in encrypted files), so the picker can list profiles
 * before any is unlocked. Kept twice (`.bak`), since losing it loses the key.
 */
export const profileRecordSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** Minutes without use before a profile with a passcode locks itself. */
  lockAfterMinutes: z.number().int().min(1).max(240),
  key: keySchema,
  /** Wrong passcodes in a row, kept on disk so restarting the app does not reset the delay. */
  failedAttempts: z.number().int().min(0),
  lastFailedAt: z.string().nullable(),
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
/** A record is well under 1 KiB; anything much larger is not one. */
const MAX_RECORD_BYTES = 64 * 1024;

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
  if (typeof version === 'number' && version > DATA_SCHEMA_VERSION)
    throw new ProfileRecordError('newer-version', path, nameIn(json));
  const parsed = profileRecordSchema.safeParse(json);
  if (!parsed.success) throw new ProfileRecordError('damaged', path, nameIn(json));
  if (parsed.data.id !== folderId) throw new ProfileRecordError('wrong-folder', path, nameIn(json));
  return parsed.data;
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
  await writeFileAtomic(recordPath(dir), text);
  await writeFileAtomic(`${recordPath(dir)}.bak`, text);
}
