import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ownProcessStart, processStart } from '../../../core/store/processIdentity';
import { LOCK_HEARTBEAT_MS, LOCK_STALE_MS, WriterLock } from '../../../core/store/writerLock';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

const root = resolve(import.meta.dirname, '../../..');
const linux = process.platform === 'linux';
let dataDir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = await tempDir('writer-lock');
  // The default profile exists, closed, so each test finds its folder.
  const store = newStore(dataDir);
  await store.prepare();
  await store.close();
});
afterEach(async () => {
  vi.useRealTimers();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await removeDir(dataDir);
});

const lockPath = (): string => join(dataDir, 'profiles', 'default', '.lock');

/** Writes a lock file as someone else might, with its heartbeat `ageMs` old. */
async function plantLock(owner: Record<string, unknown> | string, ageMs = 0): Promise<void> {
  await writeFile(lockPath(), typeof owner === 'string' ? owner : JSON.stringify(owner));
  const at = new Date(Date.now() - ageMs);
  await utimes(lockPath(), at, at);
}

/** Whether a new store (a new Groundwork) can save to the default profile. */
async function canWrite(): Promise<boolean> {
  const store = newStore(dataDir);
  try {
    await store.save('default', 'lesson-a', byId('note'), 'a save');
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('a save');
    return true;
  } catch (error) {
    expect(error).toMatchObject({ code: 'storage-failed', message: expect.stringMatching(/another Groundwork/) });
    return false;
  } finally {
    await store.close();
  }
}

function spawnChild(command: string, args: string[], ready?: string): Promise<ChildProcess> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.node.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  if (ready === undefined) return Promise.resolve(child);
  return new Promise((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(ready)) done(child);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', () => fail(new Error(`child ended early: ${out}`)));
  });
}

const token = 'abcdef0123456789';
const stale = LOCK_STALE_MS + 5_000;

describe('the writer lock', () => {
  it('takes over a lock naming process 1 once its heartbeat has stopped', async () => {
    await plantLock({ pid: 1, host: hostname(), token }, stale);
    expect(await canWrite()).toBe(true);
  });

  it.runIf(linux)(
    'takes over at once a lock naming a live process that is not holding it (not Groundwork)',
    async () => {
      const sleeper = await spawnChild('sleep', ['60']);
      const pid = sleeper.pid ?? 0;
      await expect.poll(() => processStart(pid)).not.toBe('gone');
      const started = await processStart(pid);
      await plantLock({ app: 'groundwork', host: hostname(), pid, started, token });
      expect(await canWrite()).toBe(true);
    },
  );

  it.runIf(linux)('takes over a lock whose process id now belongs to a process started later', async () => {
    const sleeper = await spawnChild('sleep', ['60']);
    await plantLock({ pid: sleeper.pid, host: hostname(), started: 'another-boot:12345', token });
    expect(await canWrite()).toBe(true);
  });

  it('keeps a profile read-only while another live Groundwork holds it, however old its file looks', async () => {
    const holder = await spawnChild(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'lockHolderChild.ts'), lockPath()],
      'held',
    );
    const old = new Date(Date.now() - stale);
    await utimes(lockPath(), old, old);
    // Where the owner can be proven alive (Linux) its age does not matter; elsewhere its heartbeat does.
    if (linux) expect(await canWrite()).toBe(false);
    holder.kill('SIGKILL');
    await new Promise((done) => holder.once('exit', done));
    // Killed: its lock file is left behind, and taken over.
    await expect(stat(lockPath())).resolves.toBeDefined();
    expect(await canWrite()).toBe(true);
  }, 30_000);

  it('counts a lock from another computer while its heartbeat is fresh, and takes it over once it stops', async () => {
    const owner = { app: 'groundwork', host: 'front-desk-pc', pid: 4242, started: null, token };
    await plantLock(owner);
    expect(await canWrite()).toBe(false);
    await plantLock(owner, stale);
    expect(await canWrite()).toBe(true);
  });

  it('waits out a heartbeat before taking over a half-written lock, which may be a Groundwork starting now', async () => {
    await plantLock('');
    expect(await canWrite()).toBe(false);
    await plantLock('', stale);
    expect(await canWrite()).toBe(true);
  });

  it('beats while held, and notices when another process has taken the lock over', async () => {
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    const old = new Date(Date.now() - stale);
    await utimes(lockPath(), old, old);
    await lock.refresh();
    expect(Date.now() - (await stat(lockPath())).mtimeMs).toBeLessThan(5_000);
    expect(lock.lost).toBe(false);
    // As if this process had slept past its heartbeats and another took over.
    await removeDir(lockPath());
    await plantLock({ app: 'groundwork', host: hostname(), pid: 4242, started: null, token });
    await lock.refresh();
    expect(lock.lost).toBe(true);
    await lock.release();
    // The other's lock is left in place.
    await expect(stat(lockPath())).resolves.toBeDefined();
  });

  it('gives a stale lock to exactly one of several stores that race for it', async () => {
    for (let round = 0; round < 10; round += 1) {
      await plantLock({ pid: 1, host: hostname(), token }, stale);
      const locks = [0, 1, 2].map(() => new WriterLock(lockPath()));
      const won = await Promise.all(locks.map((l) => l.acquire()));
      expect(won.filter(Boolean)).toHaveLength(1);
      await Promise.all(locks.map((l) => l.release()));
    }
  });

  it('clears what a process killed while taking the lock left behind, once it is clearly old', async () => {
    const leftover = `${lockPath()}.0123456789abcdef`;
    const starting = `${lockPath()}.fedcba9876543210`;
    const others = [
      `${lockPath()}.break`,
      `${lockPath()}.0123456789abcdef.old`,
      `${lockPath()}.xx0123456789abcdef`,
      join(dataDir, 'profiles', 'default', 'other.0123456789abcdef'),
    ];
    await writeFile(leftover, '{}');
    await writeFile(starting, '{}');
    const old = new Date(Date.now() - stale);
    await utimes(leftover, old, old);
    for (const name of others) {
      await writeFile(name, '');
      await utimes(name, old, old);
    }
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    await expect
      .poll(() =>
        stat(leftover).then(
          () => true,
          () => false,
        ),
      )
      .toBe(false);
    // One that may belong to a Groundwork taking the lock right now is left alone.
    await expect(stat(starting)).resolves.toBeDefined();
    // So is anything else, however old: a breaker's file, or names that only look like a leftover.
    for (const name of others) await expect(stat(name)).resolves.toBeDefined();
    await lock.release();
  });

  it('names this process in a lock file only its user can read, and holds it until released', async () => {
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    // Asked again while held: still held, and no second file.
    expect(await lock.acquire()).toBe(true);
    const owner = JSON.parse(await readFile(lockPath(), 'utf8')) as Record<string, unknown>;
    expect(owner).toEqual({
      app: 'groundwork',
      host: hostname(),
      pid: process.pid,
      started: await ownProcessStart(),
      token: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    if (process.platform !== 'win32') expect((await stat(lockPath())).mode & 0o777).toBe(0o600);
    // Nothing but the lock itself is left beside it.
    expect((await readdir(join(dataDir, 'profiles', 'default'))).filter((n) => n.startsWith('.lock'))).toEqual([
      '.lock',
    ]);
    // Another store in this process finds it held.
    expect(await new WriterLock(lockPath()).acquire()).toBe(false);
    await lock.release();
    await expect(stat(lockPath())).rejects.toMatchObject({ code: 'ENOENT' });
    // Released: free for the next one.
    const next = new WriterLock(lockPath());
    expect(await next.acquire()).toBe(true);
    await next.release();
  });

  it("never reads or removes something that is not a file at the lock's name, and stays read-only", async () => {
    await mkdir(lockPath());
    await writeFile(join(lockPath(), 'inside'), 'kept');
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(false);
    expect(await readFile(join(lockPath(), 'inside'), 'utf8')).toBe('kept');
  });

  it('clears a breaker file left by a crash once it is ten seconds old, and waits while it is younger', async () => {
    const breaker = `${lockPath()}.break`;
    await plantLock({ pid: 1, host: hostname(), token }, stale);
    await writeFile(breaker, '');
    // Someone is breaking the stale lock right now: every attempt waits for them.
    expect(await new WriterLock(lockPath()).acquire()).toBe(false);
    await expect(stat(lockPath())).resolves.toBeDefined();
    // Left by a process that died while breaking: cleared, and the stale lock taken over.
    const old = new Date(Date.now() - 11_000);
    await utimes(breaker, old, old);
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    await expect(stat(breaker)).rejects.toMatchObject({ code: 'ENOENT' });
    await lock.release();
  }, 30_000);

  it('touches its lock file every heartbeat while held, and stops once released', async () => {
    let now = Date.now();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const lock = new WriterLock(lockPath(), () => now);
    expect(await lock.acquire()).toBe(true);
    now += 30 * 60_000;
    await vi.advanceTimersByTimeAsync(LOCK_HEARTBEAT_MS - 1);
    expect((await stat(lockPath())).mtimeMs).toBeLessThan(now - 60_000);
    await vi.advanceTimersByTimeAsync(1);
    await expect.poll(async () => Math.abs((await stat(lockPath())).mtimeMs - now)).toBeLessThan(1_000);
    await lock.release();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('notices the lock file was removed under it, and then leaves any new one alone', async () => {
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    await removeDir(lockPath());
    await lock.refresh();
    expect(lock.lost).toBe(true);
    await plantLock({ app: 'groundwork', host: 'front-desk-pc', pid: 4242, started: null, token });
    await lock.release();
    await expect(stat(lockPath())).resolves.toBeDefined();
  });
});
