import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { SerialQueue, writeFileAtomic } from './durableFile';

/** Version of the profile file's layout. Migrations are numbered from here. */
export const PROFILE_SCHEMA_VERSION = 1;

const storedAnswerSchema = z.object({
  type: z.string(),
  value: z.unknown(),
  updatedAt: z.string(),
});

/**
 * One person's data: one file per profile, so saving a keystroke never rewrites
 * anyone else's answers.
 */
export const profileDataSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  profile: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
  /** lessonId → exerciseId → answer. */
  answers: z.record(z.string(), z.record(z.string(), storedAnswerSchema)),
  /** Answers that stopped fitting their exercise, kept instead of being dropped. */
  setAside: z.array(
    z.object({ lessonId: z.string(), exerciseId: z.string(), reason: z.string(), raw: z.unknown(), at: z.string() }),
  ),
});

export type ProfileData = z.infer<typeof profileDataSchema>;
export type StoredAnswerRecord = z.infer<typeof storedAnswerSchema>;

/** Why a profile file could not be used. The file itself is never changed when this is thrown. */
export class ProfileFileError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'damaged' | 'newer-version',
    message: string,
  ) {
    super(message);
    this.name = 'ProfileFileError';
  }
}

/**
 * A lowdb adapter for a profile file: durable atomic writes, serialized, and reads
 * that check the file instead of trusting it (lowdb's JSONFile throws a bare
 * SyntaxError on a damaged file and would overwrite it on the next write).
 */
export class ProfileFileAdapter implements Adapter<ProfileData> {
  private readonly queue = new SerialQueue();

  constructor(readonly path: string) {}

  async read(): Promise<ProfileData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new ProfileFileError('unreadable', `The answers file could not be read: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ProfileFileError('damaged', 'The answers file is damaged (it is not complete JSON).');
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > PROFILE_SCHEMA_VERSION) {
      throw new ProfileFileError(
        'newer-version',
        `The answers file was written by a newer version of Groundwork (data version ${version}).`,
      );
    }
    const parsed = profileDataSchema.safeParse(json);
    if (!parsed.success) {
      throw new ProfileFileError(
        'damaged',
        `The answers file does not have the expected shape (${parsed.error.issues[0]?.message}).`,
      );
    }
    return parsed.data;
  }

  write(data: ProfileData): Promise<void> {
    const text = JSON.stringify(data);
    return this.queue.run(() => writeFileAtomic(this.path, text));
  }

  /** Resolves once every write queued so far is on disk. */
  flush(): Promise<void> {
    return this.queue.idle();
  }
}
