import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../../../core/store/encryptedFile';
import { lessonFileType } from '../../../core/store/lessonData';
import { allFiles, byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('store');
});
afterEach(() => removeDir(dataDir));

const values = (answers: Record<string, { value: unknown }>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.value]));

describe('AnswerStore', () => {
  it('saves answers of every type, encrypted, and loads them in a new instance', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'hello');
    await store.save('default', 'lesson-a', byId('story'), 'line one\nline two');
    await store.save('default', 'lesson-a', byId('level'), 7);
    await store.save('default', 'lesson-a', byId('signs'), { checked: ['headache'], other: 'Jaw' });
    await store.close();

    const bytes = await readFile(join(dataDir, 'profiles', 'default', 'lessons', 'lesson-a.gw'));
    expect(bytes.includes('hello')).toBe(false);
    const again = newStore(dataDir);
    const loaded = await again.load('default', 'lesson-a', exercises);
    expect(values(loaded.answers)).toEqual({
      note: 'hello',
      story: 'line one\nline two',
      level: 7,
      signs: { checked: ['headache'], other: 'Jaw' },
    });
    expect(loaded.setAside).toEqual([]);
    await again.close();
  });

  it('keeps each lesson in its own small file, so a save rewrites only that lesson', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'a');
    await store.save('default', 'lesson-b', byId('note'), 'b');
    expect((await readdir(join(dataDir, 'profiles', 'default', 'lessons'))).sort()).toEqual([
      'lesson-a.gw',
      'lesson-b.gw',
    ]);
    await store.close();
  });

  it.each([
    ['a scale above its range', 'level', 11],
    ['text for a scale', 'level', 'seven'],
    ['a checklist as a string', 'signs', 'headache'],
    ['an over-long short answer', 'note', 'x'.repeat(2001)],
  ])('refuses %s with a typed error and writes nothing', async (_name, id, value) => {
    const store = newStore(dataDir);
    await expect(store.save('default', 'lesson-a', byId(id), value)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(readFile(join(dataDir, 'profiles', 'default', 'lessons', 'lesson-a.gw'))).rejects.toThrow();
    await store.close();
  });

  it('refuses lesson ids that could name a path', async () => {
    const store = newStore(dataDir);
    for (const lessonId of ['../x', 'a/b', '..', 'A', '']) {
      await expect(store.save('default', lessonId, byId('note'), 'x')).rejects.toMatchObject({ code: 'not-found' });
    }
    await store.close();
  });

  it('sets aside stored answers that no longer fit, keeps them, and still loads the rest', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'fine');
    await store.save('default', 'lesson-a', byId('level'), 4);
    const changed = [
      { id: 'note', type: 'short-text', label: 'Note' },
      { id: 'level', type: 'long-text', label: 'Level' },
    ] as const;
    const loaded = await store.load('default', 'lesson-a', [...changed]);
    expect(loaded.answers.note?.value).toBe('fine');
    expect(loaded.setAside.map((s) => [s.exerciseId, s.raw])).toEqual([['level', 4]]);
    await store.save('default', 'lesson-a', changed[1], 'now words');
    const after = await store.load('default', 'lesson-a', [...changed]);
    expect(after.answers.level?.value).toBe('now words');
    expect(after.setAside).toEqual([expect.objectContaining({ exerciseId: 'level', raw: 4 })]);
    await store.close();
  });

  it('leaves no temporary files behind after many concurrent saves, and keeps rolling backups', async () => {
    const store = newStore(dataDir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.save('default', 'lesson-a', byId('note'), `v${i}`)));
    await store.flush();
    const files = await allFiles(join(dataDir, 'profiles', 'default'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const backups = files.filter((f) => f.startsWith(join('backups', 'lessons', 'lesson-a')));
    expect(backups.length).toBe(5);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('v49');
    await store.close();
  });

  it('keeps one backup a day for a week besides the last several saves', async () => {
    const { BackupRing } = await import('../../../core/store/backupRing');
    const dir = join(dataDir, 'ring');
    const source = join(dataDir, 'file');
    let now = Date.parse('2026-03-01T12:00:00Z');
    const ring = new BackupRing(dir, { recent: 3, days: 7 }, () => now);
    for (let day = 0; day < 10; day += 1) {
      for (let save = 0; save < 4; save += 1) {
        // The store replaces files by rename, never in place (backups are hard links).
        await writeFile(`${source}.new`, `day ${day} save ${save}`);
        await rename(`${source}.new`, source);
        await ring.keep(source);
        now += 60_000;
      }
      now += 86_400_000;
    }
    const kept = await ring.newestFirst();
    const contents = await Promise.all(kept.map((k) => readFile(k.path, 'utf8')));
    // The last three saves, plus the newest of each earlier day within the week.
    expect(contents.slice(0, 3)).toEqual(['day 9 save 3', 'day 9 save 2', 'day 9 save 1']);
    expect(contents.slice(3)).toEqual([
      'day 8 save 3',
      'day 7 save 3',
      'day 6 save 3',
      'day 5 save 3',
      'day 4 save 3',
      'day 3 save 3',
    ]);
  });

  it('reads its files only through the key: the store reader decodes what the app wrote', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'secret words');
    const session = await store.session('default');
    const db = await session.lesson('lesson-a');
    expect(db.data.answers.note?.value).toBe('secret words');
    const bytes = await readFile(join(dataDir, 'profiles', 'default', 'lessons', 'lesson-a.gw'));
    const spec = { path: '', label: 'lesson:lesson-a', type: lessonFileType };
    expect(() => decode(spec, Buffer.alloc(32), bytes)).toThrow(/authentication/);
    await store.close();
  });
});
