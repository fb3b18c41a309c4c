import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The open file calls a durable write makes. */
export interface DurableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file system calls a durable write makes: Node's by default; the crash-state
 * test passes a recorder that replays every state a power cut could leave.
 */
export interface DurableFs {
  open(path: string, flags: 'w' | 'r', mode?: number): Promise<DurableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true; mode: number }): Promise<string | undefined>;
}

/** Node's own file system. */
export const nodeFs: DurableFs = { open, rename, unlink, mkdir };

/** Options for writeFileAtomic. */
export interface WriteOptions {
  /**
   * Runs once the new content is safely on disk and just before it replaces the
   * old file; the backup ring uses it to keep the old file (a hard link costs no copy).
   */
  beforeReplace?: () => Promise<void>;
  /** The file system to write through; Node's unless a test records the calls. */
  fs?: DurableFs;
}

/** Writes one file durably; the store takes one so tests can inject a full disk. */
export type FileWriter = (path: string, data: Uint8Array, options?: WriteOptions) => Promise<void>;

/**
 * Writes a file so that after a crash or power loss it holds either the old
 * content or the new, never a mix: write a temporary file beside it, flush it to
 * disk, rename it over the target, then flush the folder so the rename itself is
 * durable. (steno, lowdb's writer, renames without flushing.)
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await options.beforeReplace?.();
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path), fs);
}

/**
 * Makes a folder and any missing parents, and flushes each new entry to disk, so
 * a file written inside it (with writeFileAtomic) survives a power cut with its path.
 */
export async function mkdirDurable(dir: string, fs: DurableFs = nodeFs): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  if (first === undefined) return;
  for (let made = dir; ; made = dirname(made)) {
    await syncDirectory(dirname(made), fs);
    if (made === first || dirname(made) === made) return;
  }
}

/** Flushes a folder's entries to disk; some systems (Windows) cannot open folders, which is harmless. */
export async function syncDirectory(dir: string, fs: DurableFs = nodeFs): Promise<void> {
  let handle: DurableHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/** Runs tasks one after another, so two writes to one file never overlap. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every task queued so far has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
