import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

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
