import { spawn, type ChildProcess } from 'node:child_process';
import { open, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerRuns, parseOwner, type LockOwner } from '../../../core/store/lockOwner';
import { processStart } from '../../../core/store/processIdentity';
import { removeDir, tempDir } from './storeHelpers';

/**
 * Whether the owner a writer-lock file names may still be writing: the
 * decision that keeps two Groundworks from writing one profile (issue 17:
 * mutants the writer-lock tests left alive). writerLock.test.ts covers the
 * lock end to end.
 */
let dir: string;
let child: ChildProcess | null = null;
beforeEach(async () => {
  dir = await tempDir('owner');
});
afterEach(async () => {
  child?.kill();
  child = null;
  await removeDir(dir);
});

const owner = (over: Partial<LockOwner> = {}): LockOwner => ({
  app: 'groundwork',
  host: hostname(),
  pid: process.pid,
  started: null,
  token: 't1',
  ...over,
});

describe('reading a lock file', () => {
  it('gives its owner, with missing optional fields as null', () => {
    const full = { app: 'groundwork', host: 'h', pid: 5, started: 's', token: 't' };
    expect(parseOwner(JSON.stringify(full))).toEqual(full);
    expect(parseOwner(JSON.stringify({ host: 'h', pid: 5, token: 't', app: 7, started: false }))).toEqual({
      app: null,
      host: 'h',
      pid: 5,
      started: null,
      token: 't',
    });
  });

  it.each([
    ['half-written', '{"host":"h","pid":5'],
    ['without a pid', JSON.stringify({ host: 'h', token: 't' })],
    ['with a pid as text', JSON.stringify({ host: 'h', pid: '5', token: 't' })],
    ['without a host', JSON.stringify({ pid: 5, token: 't' })],
    ['without a token', JSON.stringify({ host: 'h', pid: 5 })],
    ['null', 'null'],
  ])('reads nothing from a lock %s', (_name, text) => {
    expect(parseOwner(text)).toBeNull();
  });
});

describe('whether the owner may still be writing', () => {
  it('trusts an unreadable lock, or one from another computer, only while it is fresh', async () => {
    const path = join(dir, '.lock');
    for (const fresh of [true, false]) {
      expect(await ownerRuns(null, path, fresh, new Set())).toBe(fresh);
      expect(await ownerRuns(owner({ host: 'another-computer' }), path, fresh, new Set())).toBe(fresh);
    }
  });

  it('in this process, runs only while a store here holds its token', async () => {
    const path = join(dir, '.lock');
    expect(await ownerRuns(owner(), path, true, new Set(['t1']))).toBe(true);
    expect(await ownerRuns(owner(), path, true, new Set(['t2']))).toBe(false);
  });

  it('does not run once its process is gone, however fresh the file', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    expect(await ownerRuns(owner({ pid: gone.pid ?? 0 }), join(dir, '.lock'), true, new Set())).toBe(false);
  });

  it('tells a live process that holds the lock open from one under a reused id, or one that lets it go', async () => {
    const path = join(dir, '.lock');
    await writeFile(path, 'x');
    // This process holds the file open; the child, which the lock names, does not.
    const holder = await open(path, 'r');
    child = spawn('sleep', ['30'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const pid = child.pid ?? 0;
    await new Promise((resolve) => child?.on('spawn', resolve));
    const started = await processStart(pid);
    if (started === null || started === 'gone') return void (await holder.close());
    // Another process got the same id: the start times differ.
    expect(await ownerRuns(owner({ pid, started: 'earlier' }), path, true, new Set())).toBe(false);
    // Even a lock of the older format, which made no promise to stay open, however fresh.
    expect(await ownerRuns(owner({ pid, started: 'earlier', app: null }), path, true, new Set())).toBe(false);
    // The child does not hold the file open: a Groundwork lock promises to, so it is not the writer.
    expect(await ownerRuns(owner({ pid, started }), path, true, new Set())).toBe(false);
    // An older lock format made no such promise: trusted while fresh.
    expect(await ownerRuns(owner({ pid, started, app: null }), path, true, new Set())).toBe(true);
    expect(await ownerRuns(owner({ pid, started, app: null }), path, false, new Set())).toBe(false);
    // A lock that names no start time cannot be told from a reused id: a live process is trusted while fresh.
    expect(await ownerRuns(owner({ pid, started: null, app: null }), path, true, new Set())).toBe(true);
    expect(await ownerRuns(owner({ pid, started: null, app: null }), path, false, new Set())).toBe(false);
    await holder.close();
  });

  it('runs while its process holds the lock file open, however stale the file looks', async () => {
    const path = join(dir, '.lock');
    await writeFile(path, 'x');
    const script = `require('node:fs').openSync(${JSON.stringify(path)}, 'r'); console.log('open'); setInterval(() => {}, 1000);`;
    child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((resolve) => child?.stdout?.once('data', resolve));
    const pid = child.pid ?? 0;
    const started = await processStart(pid);
    if (started === null || started === 'gone') return;
    expect(await ownerRuns(owner({ pid, started }), path, false, new Set())).toBe(true);
  });
});
