import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Facts about a process that a lock file can be checked against. On Linux,
 * /proc tells when a process started (so a reused process id is told apart) and
 * which files it holds open (so a live process that does not hold the lock is
 * told apart). Elsewhere nothing can be proven and callers fall back to the
 * lock's heartbeat.
 */

const hasProc = process.platform === 'linux';
let bootId: Promise<string | null> | null = null;

/** Changes at every boot, so a lock left before a restart never matches a process after it. */
function currentBootId(): Promise<string | null> {
  bootId ??= readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  return bootId;
}

/**
 * When a process started, as "<boot id>:<clock ticks since boot>"; null when this
 * system cannot say, 'gone' when there is no such process.
 */
export async function processStart(pid: number): Promise<string | 'gone' | null> {
  if (!hasProc || !Number.isSafeInteger(pid) || pid <= 0) return null;
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : null;
  }
  // The name (field 2) is in parentheses and may hold spaces or ')': fields are counted after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[19];
  const boot = await currentBootId();
  return ticks === undefined || boot === null ? null : `${boot}:${ticks}`;
}

/** This process's own start, computed once. */
let ownStart: Promise<string | null> | null = null;
export function ownProcessStart(): Promise<string | null> {
  ownStart ??= processStart(process.pid).then((s) => (s === 'gone' ? null : s));
  return ownStart;
}

/**
 * Whether process `pid` has the file `path` open: true or false when /proc says
 * so, null when it cannot be seen (another user's process, or not Linux).
 */
export async function holdsOpen(pid: number, path: string): Promise<boolean | null> {
  if (!hasProc) return null;
  let target: { dev: number; ino: number };
  let fds: string[];
  try {
    target = await stat(path);
    fds = await readdir(`/proc/${pid}/fd`);
  } catch {
    return null;
  }
  // Every descriptor is compared by file identity, never by name: a name may differ through links.
  for (const fd of fds) {
    try {
      const info = await stat(join(`/proc/${pid}/fd`, fd));
      if (info.dev === target.dev && info.ino === target.ino) return true;
    } catch (error) {
      // Closed while we looked (ENOENT) proves nothing; denied means none of them can be seen.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return null;
    }
  }
  return false;
}
