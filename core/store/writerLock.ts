import { randomBytes } from 'node:crypto';
import { statSync, unlinkSync } from 'node:fs';
import { link, lstat, open, readdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { readSmallFile } from './boundedRead';
import { ownerRuns, parseOwner } from './lockOwner';
import { ownProcessStart } from './processIdentity';

/** How often a holder touches its lock file, so others can tell it still runs. */
export const LOCK_HEARTBEAT_MS = 15_000;
/** A lock whose owner cannot be proven alive is stale once it has missed this long of heartbeats. */
export const LOCK_STALE_MS = 4 * LOCK_HEARTBEAT_MS;
/** Breaking a stale lock takes milliseconds; a breaker's own file older than this was left by a crash. */
const BREAKER_STALE_MS = 10_000;

/** Tokens of the locks this process holds: a lock naming this process but none of them is left from an earlier run. */
const heldHere = new Set<string>();

/** A lock file's text; '' when it cannot be read. A lock is a few hundred bytes. */
const readLock = (path: string): Promise<string> =>
  readSmallFile(path, 4096).then(
    (bytes) => bytes.toString('utf8'),
    () => '',
  );

/**
 * One writer per profile: a lock file created whole and exclusively, naming its
 * owner (host, process id and start, a random token), kept open by the owner
 * and touched every heartbeat. A second Groundwork (another window, the browser
 * host) finds it and opens the profile read-only. A lock is taken over only when
 * its owner is shown to be gone: no such process, a different process under a
 * reused id, or (on Linux) a live process that does not hold the file open.
 * Where that cannot be shown (another computer, another user, no /proc), a lock
 * that has missed its heartbeats for LOCK_STALE_MS is stale.
 */
export class WriterLock {
  private readonly token = randomBytes(8).toString('hex');
  private handle: FileHandle | null = null;
  private ino: number | null = null;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private taken = false;
  private readonly onExit = (): void => {
    try {
      if (statSync(this.path).ino === this.ino) unlinkSync(this.path);
    } catch {
      // Already gone; nothing to clean up.
    }
  };

  constructor(
    readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** True once another process took the lock over (this one missed its heartbeats, asleep for example). */
  get lost(): boolean {
    return this.taken;
  }

  /** Takes the lock; false when a live owner (another process, or another store in this one) holds it. */
  async acquire(): Promise<boolean> {
    if (this.handle !== null) return true;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      if (await this.tryCreate()) return true;
      const verdict = await this.judge();
      if (verdict === 'held') return false;
      if (verdict !== 'gone') await this.breakStale(verdict);
    }
    return false;
  }

  /**
   * Creates the lock whole: written to a name of its own, then hard-linked to the
   * lock's name, which fails if a lock exists. So a lock file is never seen half
   * written, and each one's content is unique (its token). Where the file system
   * has no hard links (FAT), it is created in place with `wx` instead.
   */
  private async tryCreate(): Promise<boolean> {
    const temp = `${this.path}.${this.token}`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(await this.ownerText());
      await handle.sync();
      this.ino = (await handle.stat()).ino;
      await link(temp, this.path);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return this.tryCreateInPlace();
      throw error;
    }
    await unlink(temp).catch(() => undefined);
    this.hold(handle);
    return true;
  }

  private async tryCreateInPlace(): Promise<boolean> {
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(await this.ownerText());
      await handle.sync();
      this.ino = (await handle.stat()).ino;
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(this.path).catch(() => undefined);
      throw error;
    }
    this.hold(handle);
    return true;
  }

  private async ownerText(): Promise<string> {
    const started = await ownProcessStart();
    return JSON.stringify({ app: 'groundwork', host: hostname(), pid: process.pid, started, token: this.token });
  }

  /** Kept open for as long as it is held: on Linux that open file is the proof that the owner lives. */
  private hold(handle: FileHandle): void {
    this.handle = handle;
    this.taken = false;
    heldHere.add(this.token);
    process.once('exit', this.onExit);
    this.heartbeat = setInterval(() => void this.refresh(), LOCK_HEARTBEAT_MS);
    this.heartbeat.unref();
    void this.sweep();
  }

  /** Removes the lock's own-name files left by a process killed while taking a lock, once clearly old. */
  private async sweep(): Promise<void> {
    const dir = dirname(this.path);
    const prefix = `${basename(this.path)}.`;
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (!name.startsWith(prefix) || !/^[0-9a-f]{16}$/.test(name.slice(prefix.length))) continue;
      const info = await lstat(join(dir, name)).catch(() => null);
      if (info?.isFile() && this.now() - info.mtimeMs > LOCK_STALE_MS)
        await unlink(join(dir, name)).catch(() => undefined);
    }
  }

  /** The heartbeat: touches the lock file, and notes if it is no longer this one's. Runs every LOCK_HEARTBEAT_MS. */
  async refresh(): Promise<void> {
    const handle = this.handle;
    if (handle === null) return;
    try {
      const at = new Date(this.now());
      await handle.utimes(at, at);
      if ((await stat(this.path)).ino !== this.ino) this.taken = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.taken = true;
    }
  }

  /** Whether the existing lock's owner still writes: 'held', 'gone' (no lock now), or stale (with what was read). */
  private async judge(): Promise<'held' | 'gone' | { text: string }> {
    let info;
    try {
      info = await lstat(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
      throw error;
    }
    // Something that is not a file (a folder, a FIFO) is never read or removed: stay read-only.
    if (!info.isFile()) return 'held';
    const fresh = this.now() - info.mtimeMs < LOCK_STALE_MS;
    const text = await readLock(this.path);
    return (await ownerRuns(parseOwner(text), this.path, fresh, heldHere)) ? 'held' : { text };
  }

  /**
   * Removes a stale lock, and only that one. Breakers take turns through a second
   * lock file (`.lock.break`); the one whose turn it is reads the lock again and
   * removes it only if it is still what was judged stale. (Without turns, one
   * breaker could remove the fresh lock another had just made in its place.)
   */
  private async breakStale(judged: { text: string }): Promise<void> {
    const breaker = `${this.path}.break`;
    if (!(await this.claimBreaker(breaker))) {
      // Another process is breaking it: look again in a moment.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      return;
    }
    try {
      if ((await readLock(this.path)) === judged.text) await unlink(this.path).catch(() => undefined);
    } finally {
      await unlink(breaker).catch(() => undefined);
    }
  }

  private async claimBreaker(breaker: string): Promise<boolean> {
    try {
      await (await open(breaker, 'wx', 0o600)).close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Left by a process that died while breaking (it takes milliseconds): cleared after a while.
    const info = await lstat(breaker).catch(() => null);
    if (info !== null && this.now() - info.mtimeMs > BREAKER_STALE_MS) await unlink(breaker).catch(() => undefined);
    return false;
  }

  /** Gives the lock up, if this instance holds it. */
  async release(): Promise<void> {
    const handle = this.handle;
    if (handle === null) return;
    this.handle = null;
    clearInterval(this.heartbeat);
    heldHere.delete(this.token);
    process.removeListener('exit', this.onExit);
    try {
      if (!this.taken && (await stat(this.path)).ino === this.ino) await unlink(this.path);
    } catch {
      // Already gone.
    }
    await handle.close().catch(() => undefined);
  }
}
