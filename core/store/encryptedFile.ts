import { mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { BackupRing } from './backupRing';
import { BoundedReadError, readSmallFile } from './boundedRead';
import { mkdirDurable, SerialQueue, type FileWriter } from './durableFile';
import { EnvelopeError, seal, sealedVersion, unseal, type EnvelopeProblem } from './envelope';
import { claimedVersion, upgradeStored, UpgradeError, type StoredFileType, type Upgraded } from './upgrade';

/** Why a stored file could not be used: an envelope problem, a wrong shape inside, or a failed read. */
export type FileProblem = EnvelopeProblem | 'shape' | 'unreadable';

export class StoreFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    detail: string,
    /** The version the file claims, when known (for a newer file, the one to name). */
    readonly version: number | null = null,
  ) {
    super(detail);
    this.name = 'StoreFileError';
  }
}

/**
 * The most a stored file may hold: far above any lesson, month or year file (a
 * lesson's answers are bounded by common/limits.ts), low enough that a file
 * swapped for something huge is refused instead of filling the memory.
 */
export const MAX_STORED_FILE_BYTES = 32 * 1024 * 1024;

/**
 * A stored file's bytes: only a regular file (a FIFO put in its place would block
 * the read forever), at most `maxBytes`. A missing file throws ENOENT as it is.
 */
async function readStored(path: string, maxBytes: number): Promise<Buffer> {
  try {
    return await readSmallFile(path, maxBytes);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const why = error.problem === 'too-large' ? `larger than ${maxBytes} bytes` : 'not a regular file';
    throw new StoreFileError('unreadable', `${path}: ${why}`);
  }
}

/** What a file is and how to open it. */
export interface FileSpec<T> {
  path: string;
  /** The most its file may hold (MAX_STORED_FILE_BYTES unless given, as tests do). */
  maxBytes?: number;
  /** Authenticated with the content, so a file cannot be swapped for another. */
  label: string;
  /** Its kind: current version, schema and upgrade steps. */
  type: StoredFileType<T>;
}

/** Decrypts and checks one file's bytes, walking the upgrade steps when it is older; throws StoreFileError. */
export function decode<T>(spec: FileSpec<T>, key: Buffer, bytes: Buffer): Upgraded<T> {
  let plain: Buffer;
  try {
    plain = unseal(key, spec.label, bytes, spec.type.version);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new StoreFileError(error.problem, error.message, error.version);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new StoreFileError('shape', 'not JSON inside');
  }
  // Both versions are authenticated; a file whose two disagree was not written by Groundwork.
  if (claimedVersion(json) !== sealedVersion(bytes)) throw new StoreFileError('shape', 'versions disagree');
  try {
    return upgradeStored(spec.type, json);
  } catch (error) {
    if (!(error instanceof UpgradeError)) throw error;
    throw new StoreFileError(
      error.problem === 'newer-version' ? 'newer-version' : 'shape',
      error.message,
      error.version,
    );
  }
}

/** Where a file's bytes are kept before an upgraded version first replaces them. */
export const beforeUpgradeDir = (backupDir: string): string => join(backupDir, 'before-upgrade');

/**
 * A lowdb adapter for one encrypted file: reads check the file instead of
 * trusting it (lowdb's own JSONFile would throw a bare SyntaxError and later
 * overwrite the damage) and upgrade an older one, and writes are serialized,
 * durable, and keep the old version in the file's backup ring.
 */
export class EncryptedFileAdapter<T> implements Adapter<T> {
  private readonly queue = new SerialQueue();
  private dirReady = false;
  readonly backups: BackupRing;
  /** Bytes of an older version that was read and upgraded, kept until they are safe in `before-upgrade/`. */
  private older: { bytes: Buffer; from: number } | null = null;

  constructor(
    readonly spec: FileSpec<T>,
    private readonly key: Buffer,
    private readonly writer: FileWriter,
    private readonly backupDir: string,
  ) {
    this.backups = new BackupRing(backupDir);
  }

  /** The version the data was upgraded from, until the upgraded data is on disk; null when it was current. */
  get upgradedFrom(): number | null {
    return this.older?.from ?? null;
  }

  /** Decodes bytes that are (or are about to be restored as) this file, noting an upgrade whose original to keep. */
  accept(bytes: Buffer): T {
    const { data, from } = decode(this.spec, this.key, bytes);
    this.older = from < this.spec.type.version ? { bytes, from } : null;
    return data;
  }

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readStored(this.spec.path, this.spec.maxBytes ?? MAX_STORED_FILE_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      if (error instanceof StoreFileError) throw error;
      throw new StoreFileError('unreadable', (error as Error).message);
    }
    return this.accept(bytes);
  }

  write(data: T): Promise<void> {
    const bytes = seal(this.key, this.spec.type.version, this.spec.label, Buffer.from(JSON.stringify(data), 'utf8'));
    return this.queue.run(async () => {
      // Made on first write (and again if it went missing), so reading never creates folders.
      if (!this.dirReady) await mkdir(dirname(this.spec.path), { recursive: true, mode: 0o700 });
      this.dirReady = true;
      try {
        await this.keepOlder();
        await this.writer(this.spec.path, bytes, { beforeReplace: () => this.backups.keep(this.spec.path) });
      } catch (error) {
        this.dirReady = false;
        throw error;
      }
    });
  }

  /**
   * Before upgraded data first replaces an older file, the old bytes are written
   * and flushed to `before-upgrade/`, outside the backup ring so later saves never
   * prune them. If that fails, the write stops and the old file stays as it is.
   */
  private async keepOlder(): Promise<void> {
    if (this.older === null) return;
    const { bytes, from } = this.older;
    const dir = beforeUpgradeDir(this.backupDir);
    await mkdirDurable(dir);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await this.writer(join(dir, `${basename(this.spec.path)}.v${from}-${stamp}`), bytes);
    this.older = null;
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
 * Reads a file; if it is damaged or fails authentication, moves it to
 * `setAsideDir` (never deleting it), restores the newest backup that reads
 * cleanly, and says what happened. A file from a newer version is not ours to
 * judge: it is left exactly where and as it is, and its StoreFileError thrown,
 * as is an unreadable disk.
 */
export async function readWithRecovery<T>(
  adapter: EncryptedFileAdapter<T>,
  writer: FileWriter,
  setAsideDir: string,
): Promise<{ data: T | null; recovery: Recovery | null }> {
  try {
    return { data: await adapter.read(), recovery: null };
  } catch (error) {
    if (!(error instanceof StoreFileError) || error.problem === 'unreadable' || error.problem === 'newer-version')
      throw error;
    await mkdir(setAsideDir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAs = join(setAsideDir, `${basename(adapter.spec.path)}.${error.problem}-${stamp}`);
    await rename(adapter.spec.path, keptAs);
    for (const backup of await adapter.backups.newestFirst()) {
      let bytes: Buffer;
      let data: T;
      try {
        bytes = await readStored(backup.path, adapter.spec.maxBytes ?? MAX_STORED_FILE_BYTES);
        data = adapter.accept(bytes);
      } catch {
        continue;
      }
      await writer(adapter.spec.path, bytes);
      return { data, recovery: { problem: error.problem, keptAs, restoredFrom: backup.at } };
    }
    return { data: null, recovery: { problem: error.problem, keptAs, restoredFrom: null } };
  }
}
