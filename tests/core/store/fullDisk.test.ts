import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type FileWriter } from '../../../core/store/durableFile';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('full');
});
afterEach(() => removeDir(dataDir));

/** A writer that fails as a full disk does while `full` is set. */
function fillableDisk(): { full: boolean; writer: FileWriter } {
  const disk = {
    full: false,
    writer: (async (path, data, options) => {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return writeFileAtomic(path, data, options);
    }) as FileWriter,
  };
  return disk;
}

describe('a full disk', () => {
  it('reports the problem, keeps answers in memory, and writes them all once space returns', async () => {
    const disk = fillableDisk();
    const writer = disk.writer;
    const store = newStore(dataDir, { writer });
    await store.save('default', 'lesson-a', byId('note'), 'before');
    disk.full = true;
    await expect(store.save('default', 'lesson-a', byId('note'), 'during 1')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/disk is full/),
    });
    await expect(store.save('default', 'lesson-b', byId('story'), 'during 2')).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect(await store.status()).toEqual({ problem: 'disk-full', pendingFiles: 2 });
    // Kept in memory meanwhile: the app shows what was typed.
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('during 1');
    expect(await store.retry()).toBe(false);

    disk.full = false;
    // The store's own retry timer writes everything without anyone asking.
    await expect.poll(async () => (await store.status()).pendingFiles, { timeout: 8_000 }).toBe(0);
    expect((await store.status()).problem).toBeNull();
    await store.close();
    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('during 1');
    expect((await again.load('default', 'lesson-b', exercises)).answers.story?.value).toBe('during 2');
    await again.close();
  });
});

describe('locking a profile while its answers wait for the disk', () => {
  it('keeps the profile writable when it is unlocked again, and lets go of it once written', async () => {
    const disk = fillableDisk();
    const writer = disk.writer;
    const store = newStore(dataDir, { writer });
    await store.save('default', 'lesson-a', byId('note'), 'before');
    disk.full = true;
    await expect(store.save('default', 'lesson-a', byId('note'), 'while full')).rejects.toMatchObject({
      code: 'storage-failed',
    });
    await store.lock('default');
    expect(store.isUnlocked('default')).toBe(false);
    expect((await store.status()).pendingFiles).toBe(1);

    // Opened again while still waiting: the same session comes back, not a read-only second one.
    await store.unlock('default', null);
    disk.full = false;
    await store.save('default', 'lesson-a', byId('note'), 'after');
    expect(store.notices.filter((n) => n.kind === 'read-only')).toEqual([]);

    // Locked with everything written: a second store (another process's view) can take the writer lock.
    await store.lock('default');
    const other = newStore(dataDir);
    expect((await other.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('after');
    await other.save('default', 'lesson-a', byId('note'), 'from the other store');
    expect(other.notices.filter((n) => n.kind === 'read-only')).toEqual([]);
    await other.close();
    await store.close();
  });
});
