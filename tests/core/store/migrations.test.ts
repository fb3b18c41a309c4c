import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { unseal } from '../../../core/store/envelope';
import { samples } from '../../common/exerciseSamples';
import { allFiles, byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

const { t } = createI18n();

/** A profile file as the first version of Groundwork wrote it: plain JSON, schemaVersion 1. */
const legacy = (answers: Record<string, unknown>, schemaVersion = 1): string =>
  JSON.stringify({
    schemaVersion,
    profile: { id: 'default', name: 'Me', createdAt: '2026-11-01T10:00:00.000Z' },
    answers: { 'lesson-a': answers },
    setAside: [],
  });

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('migrate');
  await mkdir(join(dataDir, 'profiles'), { recursive: true });
});
afterEach(() => removeDir(dataDir));

describe('migrating version 1 profile files', () => {
  it('moves the answers into the encrypted layout, keeps an encrypted backup, and removes the plain file', async () => {
    const plain = 'An answer written before encryption';
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      legacy({ note: { type: 'short-text', value: plain, updatedAt: '2026-11-02T10:00:00.000Z' } }),
    );
    const store = newStore(dataDir);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe(plain);
    expect(store.notices).toEqual([
      {
        kind: 'migrated',
        message: 'Your answers were moved to the new, encrypted storage. A backup of the old file was kept, encrypted.',
      },
    ]);
    const files = await allFiles(dataDir);
    expect(files).not.toContain(join('profiles', 'default.json'));
    expect(files.some((f) => f.includes(join('backups', 'legacy')))).toBe(true);
    for (const file of files) expect((await readFile(join(dataDir, file))).includes(plain)).toBe(false);
    await store.close();
  });

  it('walks a version-1 list and table on through the lesson steps: rows come up with ids', async () => {
    const at = '2026-11-02T10:00:00.000Z';
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      legacy({
        lb: { type: 'list-builder', value: ['Sun', 'Tea'], updatedAt: at },
        tb: {
          type: 'table',
          value: [
            ['Monday', 'Walk'],
            ['Tuesday', 'Group'],
          ],
          updatedAt: at,
        },
      }),
    );
    const store = newStore(dataDir);
    const loaded = await store.load('default', 'lesson-a', [samples['list-builder'].ref, samples.table.ref]);
    expect(loaded.setAside).toEqual([]);
    expect(loaded.answers.lb?.value).toEqual(samples['list-builder'].valid);
    expect(loaded.answers.tb?.value).toEqual(samples.table.valid);
    await store.close();
  });

  it('leaves a file from a newer version exactly as it is, and says so', async () => {
    const newer = legacy({ note: { type: 'short-text', value: 'x', updatedAt: '' } }, 99);
    await writeFile(join(dataDir, 'profiles', 'default.json'), newer);
    const store = newStore(dataDir);
    await store.prepare();
    expect(await readFile(join(dataDir, 'profiles', 'default.json'), 'utf8')).toBe(newer);
    const file = join(dataDir, 'profiles', 'default.json');
    expect(store.notices).toEqual([{ kind: 'read-only', message: t('data.migration.newer', { file }) }]);
    expect(store.notices[0]?.message).toBe(
      `The answers file ${file} was saved by a newer version of Groundwork. It was not changed. Install the newer version to keep working with it.`,
    );
    await store.close();
  });

  it('never deletes an old file found beside an existing profile: it is kept aside and reported', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'current answer');
    await store.close();
    const old = legacy({ note: { type: 'short-text', value: 'restored old answer', updatedAt: '' } });
    await writeFile(join(dataDir, 'profiles', 'default.json'), old);

    const again = newStore(dataDir);
    expect((await again.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('current answer');
    const keptAside = (await readdir(join(dataDir, 'set-aside'))).find((f) => f.startsWith('default.json.beside'));
    expect(keptAside).toBeDefined();
    expect(await readFile(join(dataDir, 'set-aside', keptAside ?? ''), 'utf8')).toBe(old);
    const file = join(dataDir, 'profiles', 'default.json');
    expect(again.notices).toEqual([{ kind: 'recovered', message: t('data.migration.beside', { file }) }]);
    expect(again.notices[0]?.message).toContain(`An older answers file, ${file}, was found beside this profile.`);
    await again.close();
  });

  it("keeps the old file's exact bytes, encrypted with the profile's key, as the backup", async () => {
    const bytes = legacy({ note: { type: 'short-text', value: 'ünïcode kept', updatedAt: '' } });
    await writeFile(join(dataDir, 'profiles', 'default.json'), bytes);
    const store = newStore(dataDir);
    await store.prepare();
    const backups = join(dataDir, 'profiles', 'default', 'backups', 'legacy');
    const [name] = await readdir(backups);
    expect(name).toMatch(/^profile-v1-\d+\.gw$/);
    const key = await store.profiles.unlock('default', null);
    const sealed = await readFile(join(backups, name ?? ''));
    expect(unseal(key, 'legacy-profile-v1', sealed, 1).toString('utf8')).toBe(bytes);
    // Nothing of the staging folder is left.
    expect((await readdir(join(dataDir, 'profiles'))).sort()).toEqual(['default']);
    await store.close();
  });

  it('moves answers set aside in the old file into their lesson, still set aside', async () => {
    const at = '2026-11-02T10:00:00.000Z';
    const file = JSON.parse(legacy({ note: { type: 'short-text', value: 'kept', updatedAt: at } })) as Record<
      string,
      unknown
    >;
    file.setAside = [
      { lessonId: 'lesson-a', exerciseId: 'old', reason: 'gone', raw: 'aside in a', at },
      { lessonId: 'lesson-b', exerciseId: 'older', reason: 'gone', raw: 'aside in b', at },
    ];
    await writeFile(join(dataDir, 'profiles', 'default.json'), JSON.stringify(file));
    const store = newStore(dataDir);
    const a = await store.load('default', 'lesson-a', exercises);
    expect(a.answers.note?.value).toBe('kept');
    expect(a.setAside).toEqual([{ exerciseId: 'old', reason: 'gone', raw: 'aside in a' }]);
    const b = await store.load('default', 'lesson-b', exercises);
    expect(b.setAside).toEqual([{ exerciseId: 'older', reason: 'gone', raw: 'aside in b' }]);
    await store.close();
  });

  it.each([
    ['not JSON', '{ "schemaVersion": 1, '],
    ['of the wrong shape', JSON.stringify({ schemaVersion: 1, profile: 'Me' })],
    ['claiming a version no step starts from', legacy({}, 2)],
    ['claiming a newer version as text, not a number', legacy({}, '3' as unknown as number)],
  ])('keeps a file %s in the set-aside folder, says so, and starts a fresh profile', async (_name, bytes) => {
    await writeFile(join(dataDir, 'profiles', 'default.json'), bytes);
    const store = newStore(dataDir);
    await store.prepare();
    const [kept, ...others] = await readdir(join(dataDir, 'set-aside'));
    expect(others).toEqual([]);
    expect(kept).toMatch(/^default\.json\.damaged-\d+$/);
    expect(await readFile(join(dataDir, 'set-aside', kept ?? ''), 'utf8')).toBe(bytes);
    const file = join(dataDir, 'profiles', 'default.json');
    expect(store.notices).toEqual([
      {
        kind: 'recovered',
        message: `The answers file ${file} was damaged and could not be read. It was kept in the set-aside folder.`,
      },
    ]);
    expect(await readdir(join(dataDir, 'profiles'))).toEqual(['default']);
    await store.close();
  });

  it('leaves alone files that are not profile files: other names, and names that could be paths', async () => {
    const others = ['notes.txt', 'Bad Name.json', '.hidden.json'];
    for (const name of others) await writeFile(join(dataDir, 'profiles', name), legacy({}));
    const store = newStore(dataDir);
    await store.prepare();
    expect(store.notices).toEqual([]);
    expect((await readdir(join(dataDir, 'profiles'))).sort()).toEqual([...others, 'default'].sort());
    await store.close();
  });

  it.skipIf(process.platform === 'win32')('makes the new folders readable by this user only', async () => {
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      legacy({ note: { type: 'short-text', value: 'x', updatedAt: '' } }),
    );
    const store = newStore(dataDir);
    await store.prepare();
    const profileDir = join(dataDir, 'profiles', 'default');
    for (const folder of [profileDir, join(profileDir, 'lessons'), join(profileDir, 'backups', 'legacy')]) {
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
    }
    await store.close();
  });

  it('starts normally in a data folder that has no profiles folder yet', async () => {
    const empty = await tempDir('migrate-empty');
    try {
      const store = newStore(empty);
      await store.prepare();
      expect(store.notices).toEqual([]);
      expect(await readdir(join(empty, 'profiles'))).toEqual(['default']);
      await store.close();
    } finally {
      await removeDir(empty);
    }
  });

  it('drops answers filed under a lesson id that is not a safe file name, and writes nothing outside the profile', async () => {
    const at = '2026-11-02T10:00:00.000Z';
    const file = JSON.parse(legacy({ note: { type: 'short-text', value: 'kept', updatedAt: at } })) as {
      answers: Record<string, unknown>;
      setAside: unknown[];
    };
    const answer = { note: { type: 'short-text', value: 'escaped', updatedAt: at } };
    file.answers['../../escape'] = answer;
    file.answers['Bad Id'] = answer;
    file.setAside = [
      { lessonId: '../aside', exerciseId: 'old', reason: 'gone', raw: 'x', at },
      { lessonId: 'Bad Aside', exerciseId: 'old', reason: 'gone', raw: 'x', at },
    ];
    await writeFile(join(dataDir, 'profiles', 'default.json'), JSON.stringify(file));
    const store = newStore(dataDir);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('kept');
    expect(await readdir(join(dataDir, 'profiles', 'default', 'lessons'))).toEqual(['lesson-a.gw']);
    expect((await allFiles(dataDir)).filter((f) => /escape|aside|Bad/.test(f))).toEqual([]);
    await store.close();
  });

  it('keeps a second file aside when the set-aside folder already exists', async () => {
    await mkdir(join(dataDir, 'set-aside'));
    await writeFile(join(dataDir, 'set-aside', 'earlier.json.damaged-1'), 'kept from before');
    await writeFile(join(dataDir, 'profiles', 'default.json'), '{ damaged');
    const store = newStore(dataDir);
    await store.prepare();
    const names = await readdir(join(dataDir, 'set-aside'));
    expect(names.sort()).toEqual([expect.stringMatching(/^default\.json\.damaged-\d+$/), 'earlier.json.damaged-1']);
    await store.close();

    // And an old file found beside that profile goes there too.
    await writeFile(join(dataDir, 'profiles', 'default.json'), legacy({}));
    const again = newStore(dataDir);
    await again.prepare();
    expect(
      (await readdir(join(dataDir, 'set-aside'))).filter((n) => n.startsWith('default.json.beside-profile-')),
    ).toHaveLength(1);
    await again.close();
  });

  it('finishes a migration that a crash interrupted, clearing the half-built staging folder first', async () => {
    const staging = join(dataDir, 'profiles', '.migrating-default');
    await mkdir(join(staging, 'default', 'lessons'), { recursive: true });
    await writeFile(join(staging, 'default', 'lessons', 'lesson-a.gw'), 'half written');
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      legacy({ note: { type: 'short-text', value: 'moved', updatedAt: '' } }),
    );
    const store = newStore(dataDir);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('moved');
    expect(await readdir(join(dataDir, 'profiles'))).toEqual(['default']);
    await store.close();
  });

  it('keeps an old file aside, and starts, when the profile folder beside it holds only the copy of its record', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'current answer');
    await store.close();
    const folder = join(dataDir, 'profiles', 'default');
    await rename(join(folder, 'profile.json'), join(folder, 'profile.json.bak'));
    const before = (await readdir(folder)).sort();
    await writeFile(join(dataDir, 'profiles', 'default.json'), legacy({}));

    const again = newStore(dataDir);
    await again.prepare();
    expect(again.notices.map((n) => n.kind)).toContain('recovered');
    expect((await readdir(join(dataDir, 'set-aside'))).some((f) => f.startsWith('default.json.beside'))).toBe(true);
    expect((await readdir(folder)).sort()).toEqual(before);
    await again.close();
  });

  it("moves the answers into an empty folder left with the profile's name (no profile record in it)", async () => {
    await mkdir(join(dataDir, 'profiles', 'default'));
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      legacy({ note: { type: 'short-text', value: 'moved', updatedAt: '' } }),
    );
    const store = newStore(dataDir);
    expect((await store.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('moved');
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated']);
    await store.close();
  });
});
