import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/durableFile';
import { DATA_SCHEMA_VERSION } from '../store/lessonData';

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
  if (typeof version === 'number' && version > DATA_SCHEMA_VERSION) throw new ProfileRecordError('newer-version', path);
  const parsed = profileRecordSchema.safeParse(json);
  if (!parsed.success) throw new ProfileRecordError('damaged', path);
  return parsed.data;
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
  await writeFileAtomic(recordPath(dir), text);
  await writeFileAtomic(`${recordPath(dir)}.bak`, text);
}
