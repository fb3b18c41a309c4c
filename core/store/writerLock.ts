import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

/** True while a process with this id runs on this computer. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per profile: a lock file created exclusively (`wx`) holding the
 * owner's process id. A second Groundwork (another window, the browser host)
 * finds it and opens the profile read-only. A lock left by a process that has
 * died (a crash, a power cut) is taken over, since nobody is writing any more.
 */
export class WriterLock {
  private readonly token = randomBytes(8).toString('hex');
  private held = false;
  private readonly onExit = (): void => {
    try {
      unlinkSync(this.path);
    } catch {
      // Already gone; nothing to clean up.
    }
  };

  constructor(readonly path: string) {}

  /** Takes the lock; false when another live process (or another store in this one) holds it. */
  async acquire(): Promise<boolean> {
    if (this.held) return true;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const handle = await open(this.path, 'wx', 0o600);
        const owner: LockOwner = { pid: process.pid, host: hostname(), token: this.token };
        await handle.writeFile(JSON.stringify(owner));
        await handle.sync();
        await handle.close();
        this.held = true;
        process.once('exit', this.onExit);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await this.owner();
      if (owner !== null && owner.host === hostname() && alive(owner.pid)) return false;
      // The owner is gone (or the file is unreadable, left half-written by a crash): take it over.
      await unlink(this.path).catch(() => undefined);
    }
    return false;
  }

  private async owner(): Promise<LockOwner | null> {
    try {
      const parsed = JSON.parse(await readFile(this.path, 'utf8')) as Partial<LockOwner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
        return { pid: parsed.pid, host: parsed.host, token: parsed.token };
      }
    } catch {
      // Unreadable lock: treated as stale.
    }
    return null;
  }

  /** Gives the lock up, if this instance holds it. */
  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    process.removeListener('exit', this.onExit);
    const owner = await this.owner();
    if (owner?.token === this.token) await unlink(this.path).catch(() => undefined);
  }
}
