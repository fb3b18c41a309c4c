import { execFileSync } from 'node:child_process';
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_STORED_FILE_BYTES } from '../../../core/store/encryptedFile';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

/**
 * Reading a lesson file that is damaged, or cannot be read at all, through the
 * store (issue 17: mutants the recovery tests left alive). recovery.test.ts
 * covers each kind of damage with a good backup, and none.
 */
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('encrypted');
});
afterEach(() => removeDir(dataDir));

const profileDir = (): string => join(dataDir, 'profiles', 'default');
const lessonPath = (): string => join(profileDir(), 'lessons', 'lesson-a.gw');

async function saves(...values: string[]): Promise<void> {
  const store = newStore(dataDir);
  for (const value of values) await store.save('default', 'lesson-a', byId('note'), value);
  await store.close();
}

describe('a damaged lesson file', () => {
  it('skips a damaged backup and brings back the newest one that reads cleanly, with its time', async () => {
    await saves('first', 'second', 'third');
    const ring = join(profileDir(), 'backups', 'lessons', 'lesson-a');
    const names = (await readdir(ring)).sort();
    // Backups hold the file as it was before each save: the newest holds "second"; spoil it.
    await writeFile(join(ring, names.at(-1) ?? ''), 'spoilt');
    await writeFile(lessonPath(), 'garbage');
    const store = newStore(dataDir);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('first');
    const notice = store.notices.find((n) => n.kind === 'recovered')?.message ?? '';
    expect(notice).toMatch(
      /^The saved answers for the lesson "lesson-a" contained something that is not Groundwork data\./,
    );
    expect(notice).toMatch(/as they were on \d+\/\d+\/\d{4}, \d+:\d\d:\d\d [AP]M were brought back/);
    // What was brought back is on disk, not only in memory.
    await store.close();
    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('first');
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('is reported once per open, and a second lesson is untouched', async () => {
    await saves('first', 'second');
    const store = newStore(dataDir);
    await store.save('default', 'lesson-b', byId('note'), 'other lesson');
    await store.close();
    await writeFile(lessonPath(), 'garbage');
    const again = newStore(dataDir);
    await again.load('default', 'lesson-a', exercises);
    await again.load('default', 'lesson-a', exercises);
    expect((await again.load('default', 'lesson-b', exercises)).answers.note?.value).toBe('other lesson');
    expect(again.notices.filter((n) => n.kind === 'recovered')).toHaveLength(1);
    await again.close();
  });
});

describe('a lesson file that cannot be read at all', () => {
  it('is refused and left where it is, with nothing set aside or restored', async () => {
    await saves('first', 'second');
    await rm(lessonPath());
    // A folder where the file should be: reading fails with EISDIR, which says nothing about the data.
    await mkdir(lessonPath());
    const store = newStore(dataDir);
    await expect(store.load('default', 'lesson-a', exercises)).rejects.toThrow();
    expect(store.notices).toEqual([]);
    expect(await readdir(profileDir())).not.toContain('set-aside');
    expect(await readdir(lessonPath())).toEqual([]);
    await store.close();
  });

  it.runIf(process.platform !== 'win32')(
    'is refused at once when a FIFO stands in its place, instead of waiting for a writer',
    async () => {
      await saves('first');
      await rm(lessonPath());
      execFileSync('mkfifo', [lessonPath()]);
      const store = newStore(dataDir);
      await expect(store.load('default', 'lesson-a', exercises)).rejects.toThrow();
      expect(await readdir(profileDir())).not.toContain('set-aside');
      await store.close();
    },
  );

  it('is refused unread when it is larger than any stored file can be, and left where it is', async () => {
    await saves('first');
    // A sparse file: as large as it says, without taking the disk.
    const huge = await open(lessonPath(), 'w');
    await huge.truncate(MAX_STORED_FILE_BYTES + 1);
    await huge.close();
    const store = newStore(dataDir);
    await expect(store.load('default', 'lesson-a', exercises)).rejects.toThrow();
    expect(store.notices).toEqual([]);
    expect(await readdir(profileDir())).not.toContain('set-aside');
    await store.close();
  });
});
