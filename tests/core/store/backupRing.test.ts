import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRing } from '../../../core/store/backupRing';
import { removeDir, tempDir } from './storeHelpers';

/**
 * The rolling backups kept before each save replaces a file (issue 17: mutants
 * the store's own tests left alive). The policy over many days is tested in
 * answerStore.test.ts.
 */
let dir: string;
beforeEach(async () => {
  dir = await tempDir('ring');
});
afterEach(() => removeDir(dir));

/** Replaces `path` by rename, as the store does, so earlier hard links keep the old bytes. */
async function replace(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text);
  await rename(`${path}.new`, path);
}

describe('a backup ring', () => {
  it('keeps nothing, and makes no error, for a file that does not exist yet', async () => {
    const ring = new BackupRing(join(dir, 'ring'));
    await ring.keep(join(dir, 'missing'));
    expect(await ring.newestFirst()).toEqual([]);
  });

  it('lists nothing before its folder exists, and refuses a folder it cannot read', async () => {
    expect(await new BackupRing(join(dir, 'not-yet')).newestFirst()).toEqual([]);
    await writeFile(join(dir, 'a-file'), 'not a folder');
    await expect(new BackupRing(join(dir, 'a-file')).newestFirst()).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('names each copy by the time it was kept, lists them newest first, and keeps the folder private', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const ring = new BackupRing(join(dir, 'ring'), { recent: 5, days: 0 }, () => now);
    const source = join(dir, 'file');
    for (const text of ['one', 'two', 'three']) {
      await replace(source, text);
      await ring.keep(source);
      now += 1_000;
    }
    const kept = await ring.newestFirst();
    expect(await Promise.all(kept.map((k) => readFile(k.path, 'utf8')))).toEqual(['three', 'two', 'one']);
    expect(kept.map((k) => k.at.toISOString())).toEqual([
      '2026-03-01T12:00:02.000Z',
      '2026-03-01T12:00:01.000Z',
      '2026-03-01T12:00:00.000Z',
    ]);
    expect((await readdir(join(dir, 'ring'))).sort()).toEqual([
      '001772366400000-1.gw',
      '001772366401000-2.gw',
      '001772366402000-3.gw',
    ]);
    expect((await stat(join(dir, 'ring'))).mode & 0o777).toBe(0o700);
  });

  it('lists the copies it finds on disk newest first, whatever order the folder gives them in', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const ringDir = join(dir, 'ring');
    const first = new BackupRing(ringDir, { recent: 10, days: 0 }, () => now);
    const source = join(dir, 'file');
    const texts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    for (const text of texts) {
      await replace(source, text);
      await first.keep(source);
      now += 1_000;
    }
    const kept = await new BackupRing(ringDir).newestFirst();
    expect(await Promise.all(kept.map((k) => readFile(k.path, 'utf8')))).toEqual([...texts].reverse());
  });

  it('keeps two copies made in the same millisecond apart', async () => {
    const ring = new BackupRing(join(dir, 'ring'), { recent: 5, days: 0 }, () => 1_000);
    const source = join(dir, 'file');
    await replace(source, 'first');
    await ring.keep(source);
    await replace(source, 'second');
    await ring.keep(source);
    const kept = await ring.newestFirst();
    expect(await Promise.all(kept.map((k) => readFile(k.path, 'utf8')))).toEqual(['second', 'first']);
  });

  it('prunes copies a new ring finds on disk, and leaves files that are not its copies alone', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const ringDir = join(dir, 'ring');
    const source = join(dir, 'file');
    const first = new BackupRing(ringDir, { recent: 2, days: 0 }, () => now);
    for (const text of ['a', 'b']) {
      await replace(source, text);
      await first.keep(source);
      now += 1_000;
    }
    // Names that only look like copies: none of them is ever pruned.
    const others = ['notes.txt', '1-1.gw', 'x001772366400000-1.gw', '001772366400000-1.gw.bak'];
    for (const name of others) await writeFile(join(ringDir, name), 'mine');
    const second = new BackupRing(ringDir, { recent: 2, days: 0 }, () => now);
    await replace(source, 'c');
    await second.keep(source);
    const kept = await second.newestFirst();
    expect(await Promise.all(kept.map((k) => readFile(k.path, 'utf8')))).toEqual(['c', 'b']);
    for (const name of others) expect(existsSync(join(ringDir, name))).toBe(true);
  });

  it('drops copies older than the week even when they are the newest of their day', async () => {
    const day = 86_400_000;
    let now = Date.parse('2026-03-01T12:00:00Z');
    const ring = new BackupRing(join(dir, 'ring'), { recent: 1, days: 2 }, () => now);
    const source = join(dir, 'file');
    for (const text of ['day 0', 'day 1', 'day 2', 'day 3']) {
      await replace(source, text);
      await ring.keep(source);
      now += day;
    }
    now -= day;
    const kept = await ring.newestFirst();
    // The cutoff is two days before the last copy: day 1 is exactly at it, day 0 is past it.
    expect(await Promise.all(kept.map((k) => readFile(k.path, 'utf8')))).toEqual(['day 3', 'day 2', 'day 1']);
  });

  it('copies the file where a hard link cannot reach it (another file system)', async () => {
    const shm = '/dev/shm';
    if (!existsSync(shm)) return;
    const other = await mkdtemp(join(shm, 'groundwork-ring-'));
    try {
      const ring = new BackupRing(join(other, 'ring'));
      const source = join(dir, 'file');
      await replace(source, 'old words');
      await ring.keep(source);
      await replace(source, 'new words');
      const [copy] = await ring.newestFirst();
      expect(await readFile(copy?.path ?? '', 'utf8')).toBe('old words');
    } finally {
      await removeDir(other);
    }
  });
});
