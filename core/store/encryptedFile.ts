import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { BackupRing } from './backupRing';
import { SerialQueue, type FileWriter } from './durableFile';
import { EnvelopeError, seal, unseal, type EnvelopeProblem } from './envelope';

/** Why a stored file could not be used: an envelope problem, a wrong shape inside, or a failed read. */
export type FileProblem = EnvelopeProblem | 'shape' | 'unreadable';

export class StoreFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'StoreFileError';
  }
}

/** What a file is and how to open it. */
export interface FileSpec<T> {
  path: string;
  /** Authenticated with the content, so a file cannot be swapped for another. */
  label: string;
  schema: z.ZodType<T>;
  version: number;
}

/** Decrypts and checks one file's bytes; throws StoreFileError. */
export function decode<T>(spec: FileSpec<T>, key: Buffer, bytes: Buffer): T {
  let plain: Buffer;
  try {
    plain = unseal(key, spec.label, bytes, spec.version);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new StoreFileError(error.problem, error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new StoreFileError('shape', 'not JSON inside');
  }
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) throw new StoreFileError('shape', parsed.error.issues[0]?.message ?? 'wrong shape');
  return parsed.data;
}

/**
 * A lowdb adapter for one encrypted file: reads check the file instead of
 * trusting it (lowdb's own JSONFile would throw a bare SyntaxError and later
 * overwrite the damage), and writes are serialized, durable, and keep the old
 * version in the file's backup ring.
 */
export class EncryptedFileAdapter<T> implements Adapter<T> {
  private readonly queue = new SerialQueue();
  private dirReady = false;
  readonly backups: BackupRing;

  constructor(
    readonly spec: FileSpec<T>,
    private readonly key: Buffer,
    private readonly writer: FileWriter,
    backupDir: string,
  ) {
    this.backups = new BackupRing(backupDir);
  }

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.spec.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreFileError('unreadable', (error as Error).message);
    }
    return decode(this.spec, this.key, bytes);
  }

  write(data: T): Promise<void> {
    const bytes = seal(this.key, this.spec.version, this.spec.label, Buffer.from(JSON.stringify(data), 'utf8'));
    return this.queue.run(async () => {
      // Made on first write (and again if it went missing), so reading never creates folders.
      if (!this.dirReady) await mkdir(dirname(this.spec.path), { recursive: true, mode: 0o700 });
      this.dirReady = true;
      try {
        await this.writer(this.spec.path, bytes, { beforeReplace: () => this.backups.keep(this.spec.path) });
      } catch (error) {
        this.dirReady = false;
        throw error;
      }
    });
  }

  flush(): Promise<void> {
    return this.queue.idle();
  }
}

/** What happened when a damaged file was found at load. */
export interface Recovery {
  problem: FileProblem;
  /** Where the bad file was kept. */
  keptAs: string;
  /** When the restored backup was made; null when no backup could be read. */
  restoredFrom: Date | null;
}

/**
 * Reads a file; if it is damaged, from a newer version, or fails authentication,
 * moves it to `setAsideDir` (never deleting it), restores the newest backup that
 * reads cleanly, and says what happened. Only an unreadable disk is thrown.
 */
export async function readWithRecovery<T>(
  adapter: EncryptedFileAdapter<T>,
  key: Buffer,
  writer: FileWriter,
  setAsideDir: string,
): Promise<{ data: T | null; recovery: Recovery | null }> {
  try {
    return { data: await adapter.read(), recovery: null };
  } catch (error) {
    if (!(error instanceof StoreFileError) || error.problem === 'unreadable') throw error;
    await mkdir(setAsideDir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAs = join(setAsideDir, `${basename(adapter.spec.path)}.${error.problem}-${stamp}`);
    await rename(adapter.spec.path, keptAs);
    for (const backup of await adapter.backups.newestFirst()) {
      let bytes: Buffer;
      let data: T;
      try {
        bytes = await readFile(backup.path);
        data = decode(adapter.spec, key, bytes);
      } catch {
        continue;
      }
      await writer(adapter.spec.path, bytes);
      return { data, recovery: { problem: error.problem, keptAs, restoredFrom: backup.at } };
    }
    return { data: null, recovery: { problem: error.problem, keptAs, restoredFrom: null } };
  }
}
