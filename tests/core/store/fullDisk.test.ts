import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type FileWriter } from '../../../core/store/durableFile';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('full');
});
afterEach(() => removeDir(dataDir));

describe('a full disk', () => {
  it('reports the problem, keeps answers in memory, and writes them all once space returns', async () => {
    let full = false;
    const writer: FileWriter = async (path, data, options) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return writeFileAtomic(path, data, options);
    };
    const store = newStore(dataDir, { writer });
    await store.save('default', 'lesson-a', byId('note'), 'before');
    full = true;
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

    full = false;
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
