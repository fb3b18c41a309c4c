import { hostname } from 'node:os';
import { holdsOpen, processStart } from './processIdentity';

/** What a lock file says about its owner. `app` marks the format whose holders keep the file open and beat. */
export interface LockOwner {
  app: string | null;
  host: string;
  pid: number;
  /** processStart() of the owner, so a reused process id is told apart. */
  started: string | null;
  token: string;
}

/** True while a process with this id runs on this computer (not proof that it is Groundwork). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner a lock file names, or null when it is not a readable lock. */
export function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<Record<keyof LockOwner, unknown>>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.token !== 'string') return null;
    return {
      app: typeof o.app === 'string' ? o.app : null,
      host: o.host,
      pid: o.pid,
      started: typeof o.started === 'string' ? o.started : null,
      token: o.token,
    };
  } catch {
    return null;
  }
}

/**
 * Whether a lock's owner may still be writing. Proof first: no such process, a
 * different process under a reused id, or (Linux) a live process that does not
 * hold the lock open, means it is not. Where nothing can be proven (another
 * computer, another user, no /proc), a lock is trusted while it is `fresh`:
 * touched within the last heartbeats.
 */
export async function ownerRuns(
  owner: LockOwner | null,
  lockPath: string,
  fresh: boolean,
  heldHere: ReadonlySet<string>,
): Promise<boolean> {
  // Unreadable: garbage, or half-written by an older Groundwork starting this moment. Wait out a heartbeat.
  if (owner === null || owner.host !== hostname()) return fresh;
  // This process: another store here holds it, or it was left by an earlier process that had the same id.
  if (owner.pid === process.pid) return heldHere.has(owner.token);
  const started = await processStart(owner.pid);
  if (started === 'gone') return false;
  if (started !== null && owner.started !== null && started !== owner.started) return false;
  const holds = await holdsOpen(owner.pid, lockPath);
  if (holds === true) return true;
  // Only holders of this format promise to keep the file open; an older lock proves nothing by not being open.
  if (holds === false && owner.app === 'groundwork') return false;
  if (started === null && !alive(owner.pid)) return false;
  return fresh;
}
