import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerStore } from '../../../core/store/answerStore';
import { writeFileAtomic, type FileWriter } from '../../../core/store/durableFile';
import { byId, exercises, newStore, removeDir, tempDir, testKdf } from './storeHelpers';

/**
 * AnswerStore's profiles as a caller meets them: the first run's default
 * profile, locking and unlocking, listeners told of a change, and status over
 * every open profile (issue 17: mutants these left alive).
 */
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('sessions');
});
afterEach(() => removeDir(dataDir));

/** A disk that refuses every write with ENOSPC while `full` is set. */
function disk(): { full: boolean; writer: FileWriter } {
  const d = {
    full: false,
    writer: (async (path, data, options) => {
      if (d.full) throw Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' });
      return writeFileAtomic(path, data, options);
    }) as FileWriter,
  };
  return d;
}

const hasLockFile = async (profileId: string): Promise<boolean> =>
  (await readdir(join(dataDir, 'profiles', profileId))).includes('.lock');

describe('the first run', () => {
  it('makes one profile named "Me" with the id "default", once', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    await store.prepare();
    expect((await store.profiles.list()).map((p) => [p.id, p.name])).toEqual([['default', 'Me']]);
    await store.close();
    const again = newStore(dataDir);
    await again.prepare();
    expect(await readdir(join(dataDir, 'profiles'))).toEqual(['default']);
    await again.close();
  });

  it('makes no new profile beside a folder whose record cannot be read: it still holds answers', async () => {
    await mkdir(join(dataDir, 'profiles', 'someone'), { recursive: true });
    await writeFile(join(dataDir, 'profiles', 'someone', 'profile.json'), '{ not json');
    const store = newStore(dataDir);
    await store.prepare();
    expect(await readdir(join(dataDir, 'profiles'))).toEqual(['someone']);
    await store.close();
  });

  it('makes no default profile when another profile exists', async () => {
    const store = newStore(dataDir);
    await store.profiles.create('Sam', null, { id: 'sam' });
    await store.prepare();
    expect((await store.profiles.list()).map((p) => p.id)).toEqual(['sam']);
    await store.close();
  });

  it('uses the default profile another Groundwork made at the same moment', async () => {
    const first = newStore(dataDir);
    const second = newStore(dataDir);
    await Promise.all([first.prepare(), second.prepare()]);
    expect((await first.profiles.list()).map((p) => p.id)).toEqual(['default']);
    await first.close();
    await second.close();
  });

  it('tries again after a failed start instead of keeping the failure', async () => {
    // A file where the data folder should be: nothing can be made until it is gone.
    await writeFile(join(dataDir, 'profiles'), 'in the way');
    const store = newStore(dataDir);
    await expect(store.prepare()).rejects.toThrow();
    await removeDir(join(dataDir, 'profiles'));
    await store.prepare();
    expect((await store.profiles.list()).map((p) => p.id)).toEqual(['default']);
    await store.close();
  });
});

describe('locking and unlocking', () => {
  it('opens a profile without a passcode on first use, and forgets it when locked', async () => {
    const store = newStore(dataDir);
    expect(store.isUnlocked('default')).toBe(false);
    await store.save('default', 'lesson-a', byId('note'), 'kept');
    expect(store.isUnlocked('default')).toBe(true);
    await store.lock('default');
    expect(store.isUnlocked('default')).toBe(false);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('kept');
    await store.close();
  });

  it('refuses a locked profile with a passcode as "locked" until its passcode is given', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    await store.profiles.create('Sam', 'correct horse', { id: 'sam' });
    const locked = { code: 'forbidden', message: expect.stringMatching(/locked/), details: { reason: 'locked' } };
    await expect(store.load('sam', 'lesson-a', exercises)).rejects.toMatchObject(locked);
    await expect(store.save('sam', 'lesson-a', byId('note'), 'x')).rejects.toMatchObject(locked);
    await expect(store.unlock('sam', 'wrong')).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.isUnlocked('sam')).toBe(false);
    await store.unlock('sam', 'correct horse');
    await store.save('sam', 'lesson-a', byId('note'), 'mine');
    await store.lock('sam');
    await expect(store.load('sam', 'lesson-a', exercises)).rejects.toMatchObject(locked);
    await store.unlock('sam', 'correct horse');
    expect((await store.load('sam', 'lesson-a', exercises)).answers.note?.value).toBe('mine');
    await store.close();
  });

  it('tells listeners of every lock and every profile opened, and a failing listener stops neither', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const calls: string[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store.onProfileChange(() => {
      throw new Error('a listener mistake');
    });
    const stop = store.onProfileChange(() => calls.push('changed'));
    await store.unlock('default', null);
    expect(calls).toEqual(['changed']);
    // Already open: nothing changed.
    await store.unlock('default', null);
    expect(calls).toEqual(['changed']);
    await store.lock('default');
    expect(calls).toEqual(['changed', 'changed']);
    expect(store.isUnlocked('default')).toBe(false);
    stop();
    await store.unlock('default', null);
    expect(calls).toEqual(['changed', 'changed']);
    expect(console.error).toHaveBeenCalled();
    await store.close();
    vi.restoreAllMocks();
  });

  it('gives up the writer lock when locked, so another Groundwork can write', async () => {
    const first = newStore(dataDir);
    await first.save('default', 'lesson-a', byId('note'), 'first');
    await first.lock('default');
    const second = newStore(dataDir);
    await second.save('default', 'lesson-a', byId('note'), 'second');
    expect(second.notices.map((n) => n.kind)).not.toContain('read-only');
    await second.close();
    await first.close();
  });

  it('opens read-only, and says so once, while another Groundwork holds the profile', async () => {
    const first = newStore(dataDir);
    await first.save('default', 'lesson-a', byId('note'), 'first');
    const second = newStore(dataDir);
    await second.load('default', 'lesson-a', exercises);
    expect(second.notices.filter((n) => n.kind === 'read-only')).toEqual([
      { kind: 'read-only', message: expect.stringMatching(/another Groundwork window/) },
    ]);
    expect(first.notices.map((n) => n.kind)).not.toContain('read-only');
    await expect(second.save('default', 'lesson-a', byId('note'), 'second')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/another Groundwork window/),
    });
    await first.close();
    await second.close();
  });

  it('closes every open profile and lets go of its lock', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'x');
    await store.profiles.create('Sam', null, { id: 'sam' });
    await store.save('sam', 'lesson-a', byId('note'), 'y');
    await store.close();
    expect([store.isUnlocked('default'), store.isUnlocked('sam')]).toEqual([false, false]);
    expect((await readdir(join(dataDir, 'profiles', 'sam'))).filter((n) => n === '.lock')).toEqual([]);
  });
});

describe('status over every open profile', () => {
  it('is clear with nothing waiting, and retry says all is written', async () => {
    const store = newStore(dataDir);
    expect(await store.status()).toEqual({ problem: null, pendingFiles: 0 });
    await store.save('default', 'lesson-a', byId('note'), 'x');
    expect(await store.status()).toEqual({ problem: null, pendingFiles: 0 });
    expect(await store.retry()).toBe(true);
    await store.close();
  });
});

describe("the store's options", () => {
  it('gives the default profile the lock time it was given, or ten minutes', async () => {
    const store = newStore(dataDir, { defaultLockAfterMinutes: 3 });
    await store.prepare();
    expect((await store.profiles.list()).map((p) => p.lockAfterMinutes)).toEqual([3]);
    await store.close();
    const other = await tempDir('sessions-default');
    try {
      const plain = newStore(other);
      await plain.prepare();
      expect((await plain.profiles.list()).map((p) => p.lockAfterMinutes)).toEqual([10]);
      await plain.close();
    } finally {
      await removeDir(other);
    }
  });

  it('makes no profile on a first run unless asked to', async () => {
    const store = new AnswerStore(dataDir, { kdf: testKdf });
    await store.prepare();
    expect(await store.profiles.list()).toEqual([]);
    await store.close();
  });

  it("fails a first start with the disk's own error when the default profile cannot be made", async () => {
    await mkdir(join(dataDir, 'profiles'));
    const store = newStore(dataDir);
    const failure = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    vi.spyOn(store.profiles, 'create').mockRejectedValueOnce(failure);
    await expect(store.prepare()).rejects.toBe(failure);
    vi.restoreAllMocks();
  });
});

describe('locking with saves still waiting for the disk', () => {
  it('writes them at the lock when the disk takes them again, and lets go of the profile', async () => {
    const d = disk();
    const store = newStore(dataDir, { writer: d.writer });
    await store.load('default', 'lesson-a', exercises);
    d.full = true;
    await expect(store.save('default', 'lesson-a', byId('note'), 'waiting')).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect(await store.status()).toEqual({ problem: 'disk-full', pendingFiles: 1 });
    d.full = false;
    await store.lock('default');
    expect(await store.status()).toEqual({ problem: null, pendingFiles: 0 });
    expect(await hasLockFile('default')).toBe(false);
    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('waiting');
    await again.close();
    await store.close();
  });

  it('keeps retrying them after the lock, keeps the profile from other writers, and lets go once written', async () => {
    const d = disk();
    const store = newStore(dataDir, { writer: d.writer });
    await store.load('default', 'lesson-a', exercises);
    d.full = true;
    await expect(store.save('default', 'lesson-a', byId('note'), 'waiting')).rejects.toThrow();
    await store.lock('default');
    expect(store.isUnlocked('default')).toBe(false);
    // Still counted, and still held: another Groundwork opens it read-only.
    expect(await store.status()).toEqual({ problem: 'disk-full', pendingFiles: 1 });
    expect(await store.retry()).toBe(false);
    expect(await hasLockFile('default')).toBe(true);
    d.full = false;
    expect(await store.retry()).toBe(true);
    expect(await store.status()).toEqual({ problem: null, pendingFiles: 0 });
    expect(await hasLockFile('default')).toBe(false);
    await store.close();
  });

  it('takes the waiting session back when the profile is unlocked again before they are written', async () => {
    const d = disk();
    const store = newStore(dataDir, { writer: d.writer });
    await store.load('default', 'lesson-a', exercises);
    d.full = true;
    await expect(store.save('default', 'lesson-a', byId('note'), 'waiting')).rejects.toThrow();
    await store.lock('default');
    await store.unlock('default', null);
    expect(store.isUnlocked('default')).toBe(true);
    // The same session: the answer not yet on disk is still there, and nothing opened read-only.
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('waiting');
    expect(store.notices.map((n) => n.kind)).not.toContain('read-only');
    d.full = false;
    expect(await store.retry()).toBe(true);
    expect(await hasLockFile('default')).toBe(true);
    await store.close();
  });

  it('says retry failed while any open profile still cannot write', async () => {
    const d = disk();
    const store = newStore(dataDir, { writer: d.writer });
    await store.prepare();
    await store.profiles.create('Sam', null, { id: 'sam' });
    await store.save('default', 'lesson-a', byId('note'), 'saved');
    await store.load('sam', 'lesson-a', exercises);
    d.full = true;
    await expect(store.save('sam', 'lesson-a', byId('note'), 'waiting')).rejects.toThrow();
    expect(await store.retry()).toBe(false);
    d.full = false;
    expect(await store.retry()).toBe(true);
    await store.close();
  });
});

describe('a profile that cannot be opened', () => {
  it('is left locked, and status and retry still answer while it fails', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const { key } = await store.profiles.create('Sam', null, { id: 'sam' });
    await removeDir(join(dataDir, 'profiles', 'sam'));
    const opening = store.adopt('sam', key);
    const status = store.status();
    await expect(opening).rejects.toThrow();
    expect(await status).toEqual({ problem: null, pendingFiles: 0 });
    expect(store.isUnlocked('sam')).toBe(false);
    expect(await store.retry()).toBe(true);
    await store.close();
  });

  it('locking a profile that is not open only tells the listeners', async () => {
    const store = newStore(dataDir);
    const calls: string[] = [];
    store.onProfileChange(() => calls.push('changed'));
    await store.lock('default');
    expect(calls).toEqual(['changed']);
    expect(store.isUnlocked('default')).toBe(false);
    await store.close();
  });
});

describe('waiting for writes', () => {
  it('flush resolves only once a write already under way is on disk', async () => {
    let release: () => void = () => undefined;
    let entered = false;
    const gate = new Promise<void>((done) => (release = done));
    let slow = false;
    const writer: FileWriter = async (path, data, options) => {
      if (slow) {
        entered = true;
        await gate;
      }
      return writeFileAtomic(path, data, options);
    };
    const store = newStore(dataDir, { writer });
    await store.load('default', 'lesson-a', exercises);
    slow = true;
    const saving = store.save('default', 'lesson-a', byId('note'), 'slow');
    await vi.waitFor(() => expect(entered).toBe(true));
    let flushed = false;
    const flushing = store.flush().then(() => (flushed = true));
    await new Promise((done) => setTimeout(done, 50));
    expect(flushed).toBe(false);
    release();
    await flushing;
    await saving;
    await store.close();
  });
});

describe('a save refused while another Groundwork writes', () => {
  it('never shows up as saved, not even in this window', async () => {
    const first = newStore(dataDir);
    await first.save('default', 'lesson-a', byId('note'), 'first');
    const second = newStore(dataDir);
    await expect(second.save('default', 'lesson-a', byId('note'), 'refused')).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect((await second.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('first');
    await second.close();
    await first.close();
  });
});
