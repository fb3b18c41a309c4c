import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/durableFile';
import { claimedVersion, defineStoredFile, upgradeStored, UpgradeError } from '../store/upgrade';

/** Version of profile records. 2: the first with a folder per profile. */
export const PROFILE_RECORD_VERSION = 2;

const kdfSchema = z.object({ N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1) });

const keySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passcode'), salt: z.string(), kdf: kdfSchema, wrapped: z.string() }),
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
});

/** Profile records upgrade step by step on read (core/store/upgrade.ts); none has been needed yet. */
export const profileRecordType = defineStoredFile({
  name: 'profile-record',
  version: PROFILE_RECORD_VERSION,
  oldest: 2,
  schema: profileRecordSchema,
  steps: [],
});

export type ProfileRecord = z.infer<typeof profileRecordSchema>;
export type KeyRecord = z.infer<typeof keySchema>;

export class ProfileRecordError extends Error {
  constructor(
    readonly problem: 'missing' | 'damaged' | 'newer-version',
    message: string,
  ) {
    super(message);
    this.name = 'ProfileRecordError';
  }
}

const recordPath = (dir: string): string => join(dir, 'profile.json');

async function readOne(path: string): Promise<ProfileRecord> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ProfileRecordError('missing', path);
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
    throw new ProfileRecordError('newer-version', path);
  const upgraded = upgradedRecord(json);
  if (upgraded === null) throw new ProfileRecordError('damaged', path);
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
    text = await readFile(path, 'utf8');
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
    await readFile(kept).then(
      () => true,
      () => false,
    )
  )
    return;
  await writeFileAtomic(kept, text);
}

/** Reads a profile's record, falling back to its second copy when the first is damaged. */
export async function readProfileRecord(dir: string): Promise<ProfileRecord> {
  try {
    return await readOne(recordPath(dir));
  } catch (error) {
    if (!(error instanceof ProfileRecordError) || error.problem === 'newer-version') throw error;
    try {
      return await readOne(`${recordPath(dir)}.bak`);
    } catch {
      throw error;
    }
  }
}

/** Writes both copies, one after the other, so one is always whole. */
export async function writeProfileRecord(dir: string, record: ProfileRecord): Promise<void> {
  const text = JSON.stringify(record, null, 2);
  await keepOlder(recordPath(dir));
  await writeFileAtomic(recordPath(dir), text);
  await writeFileAtomic(`${recordPath(dir)}.bak`, text);
}
