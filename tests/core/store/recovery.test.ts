import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFiles, byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('recovery');
});
afterEach(() => removeDir(dataDir));

const lessonPath = (): string => join(dataDir, 'profiles', 'default', 'lessons', 'lesson-a.gw');

/** Three saves (so there are backups), then the file is damaged by `damage`. */
async function damaged(damage: (bytes: Buffer) => Buffer): Promise<Buffer> {
  const store = newStore(dataDir);
  await store.save('default', 'lesson-a', byId('note'), 'first');
  await store.save('default', 'lesson-a', byId('note'), 'second');
  await store.save('default', 'lesson-a', byId('note'), 'third');
  await store.close();
  const bad = damage(await readFile(lessonPath()));
  await writeFile(lessonPath(), bad);
  return bad;
}

describe.each([
  ['a truncated file', 'truncated', (b: Buffer) => b.subarray(0, b.length - 7), /cut short/],
  ['a file cut to a few bytes', 'truncated', (b: Buffer) => b.subarray(0, 3), /cut short/],
  ['garbage', 'garbage', () => Buffer.from('{"this is": "not ours"}'), /not Groundwork data/],
  [
    'a file that fails authentication',
    'authentication',
    (b: Buffer) => {
      const copy = Buffer.from(b);
      copy[copy.length - 5] = (copy[copy.length - 5] ?? 0) ^ 0xff;
      return copy;
    },
    /safety check/,
  ],
])('at load, %s', (_name, problem, damage, words) => {
  it('starts, restores the newest good backup, reports it in plain words, and keeps the bad file', async () => {
    const bad = await damaged(damage);
    const store = newStore(dataDir);
    const loaded = await store.load('default', 'lesson-a', exercises);
    // The newest backup is the version before the last save.
    expect(loaded.answers.note?.value).toBe('second');
    const notice = store.notices.find((n) => n.kind === 'recovered');
    expect(notice?.message).toMatch(words);
    expect(notice?.message).toMatch(/brought back from a backup/);
    const setAside = join(dataDir, 'profiles', 'default', 'set-aside');
    const kept = (await readdir(setAside)).filter((f) => f.startsWith(`lesson-a.gw.${problem}-`));
    expect(kept).toHaveLength(1);
    expect(notice?.message).toContain(kept[0]);
    expect((await readFile(join(setAside, kept[0] ?? ''))).equals(bad)).toBe(true);
    // Saving works again, and a new store reads the restored file cleanly.
    await store.save('default', 'lesson-a', byId('note'), 'fourth');
    await store.close();
    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('fourth');
    expect(again.notices.filter((n) => n.kind === 'recovered')).toEqual([]);
    await again.close();
  });
});

describe('at load, a file from a newer version', () => {
  it('is left byte for byte where it is, reported in plain words, and never written over', async () => {
    const newer = await damaged((b) => {
      const copy = Buffer.from(b);
      copy.writeUInt16BE(99, 4);
      return copy;
    });
    const profileDir = join(dataDir, 'profiles', 'default');
    const before = await allFiles(profileDir);
    const store = newStore(dataDir);
    const words =
      /newer version of Groundwork \(file version 99; this version reads up to \d+\)\. They were left exactly/;
    await expect(store.load('default', 'lesson-a', exercises)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(words),
      details: { reason: 'newer-version' },
    });
    await expect(store.save('default', 'lesson-a', byId('note'), 'over it')).rejects.toMatchObject({
      message: expect.stringMatching(words),
    });
    // Reported once, however often it is asked for; nothing set aside or restored.
    expect(store.notices.filter((n) => n.kind === 'read-only').map((n) => n.message)).toEqual([
      expect.stringMatching(words),
    ]);
    expect(store.notices.filter((n) => n.kind === 'recovered')).toEqual([]);
    await store.close();
    expect((await readFile(lessonPath())).equals(newer)).toBe(true);
    expect((await allFiles(profileDir)).sort()).toEqual(before.sort());
  });
});

describe('recovery without a usable backup', () => {
  it('starts the lesson empty, says so, and keeps the bad file', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'only');
    await store.close();
    await writeFile(lessonPath(), 'garbage');
    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers).toEqual({});
    expect(again.notices.find((n) => n.kind === 'recovered')?.message).toMatch(/No backup could be read/);
    const kept = await readdir(join(dataDir, 'profiles', 'default', 'set-aside'));
    expect(kept).toEqual([expect.stringMatching(/^lesson-a\.gw\.garbage-/)]);
    await again.close();
  });
});
