import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKey } from '../../../core/profiles/passcode';
import {
  BACKUP_BUNDLE_VERSION,
  collectBundle,
  importBundle,
  openBundle,
  sealBundle,
} from '../../../core/profiles/portable';
import { seal } from '../../../core/store/envelope';
import { HISTORY_FILE_VERSION, LESSON_FILE_VERSION } from '../../../core/store/lessonData';
import { allFiles, byId, exercises, newStore, removeDir, tempDir, testKdf } from '../store/storeHelpers';
import { storedFixture } from '../store/storedFixtures';

const PASSCODE = 'take it home 7';
const bundle = {
  format: 'groundwork-backup' as const,
  schemaVersion: BACKUP_BUNDLE_VERSION as typeof BACKUP_BUNDLE_VERSION,
  exportedAt: '2026-01-02T03:04:05.000Z',
  profile: { name: 'Ana', createdAt: '2026-01-01T00:00:00.000Z', lockAfterMinutes: 15 },
  lessons: [],
  history: [],
  checkIns: [],
  selfChecks: [],
  activity: null,
  shares: null,
};

const NOT_BACKUP = { code: 'invalid-request', message: 'This is not a Groundwork backup file.' };
const NEWER = { code: 'invalid-request', message: expect.stringMatching(/newer/) };

/** A backup file whose sealed content is `plain`, sealed at `version`, as a crafted or future file would be. */
async function craft(plain: Buffer, version = BACKUP_BUNDLE_VERSION): Promise<Buffer> {
  const real = await sealBundle(bundle, PASSCODE, testKdf);
  const key = await deriveKey(PASSCODE, real.subarray(4, 20), testKdf);
  return Buffer.concat([real.subarray(0, 32), seal(key, version, 'groundwork-backup', plain)]);
}
const crafted = (json: unknown, version?: number): Promise<Buffer> => craft(gzipSync(JSON.stringify(json)), version);

describe('backup files', () => {
  it('open with their passcode to the same content, and name their own salt and scrypt cost', async () => {
    const bytes = await sealBundle(bundle, PASSCODE, testKdf);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GWB1');
    expect([bytes.readUInt32BE(20), bytes.readUInt32BE(24), bytes.readUInt32BE(28)]).toEqual([
      testKdf.N,
      testKdf.r,
      testKdf.p,
    ]);
    expect(bytes.includes(Buffer.from('Ana'))).toBe(false);
    expect(await openBundle(bytes, PASSCODE)).toEqual(bundle);
    const again = await sealBundle(bundle, PASSCODE, testKdf);
    expect(again.subarray(4, 20).equals(bytes.subarray(4, 20)), 'a fresh salt each time').toBe(false);
  });

  it('refuse a wrong passcode or a changed byte, saying either may be the cause', async () => {
    const bytes = await sealBundle(bundle, PASSCODE, testKdf);
    const wrong = {
      code: 'forbidden',
      message: 'The passcode does not open this backup file, or the file is damaged.',
      details: { reason: 'wrong-passcode' },
    };
    await expect(openBundle(bytes, 'take it home 8')).rejects.toMatchObject(wrong);
    const changed = Buffer.from(bytes);
    changed[changed.length - 1] ^= 1;
    await expect(openBundle(changed, PASSCODE)).rejects.toMatchObject(wrong);
    const salted = Buffer.from(bytes);
    salted[4] ^= 1;
    await expect(openBundle(salted, PASSCODE)).rejects.toMatchObject(wrong);
  });

  it('refuse a file that is not a backup: too short, another kind, or not JSON inside', async () => {
    const bytes = await sealBundle(bundle, PASSCODE, testKdf);
    await expect(openBundle(bytes.subarray(0, 31), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    await expect(openBundle(Buffer.concat([Buffer.from('GWB2'), bytes.subarray(4)]), PASSCODE)).rejects.toMatchObject(
      NOT_BACKUP,
    );
    await expect(openBundle(Buffer.from('{"format":"groundwork-backup"}'), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    await expect(openBundle(await craft(gzipSync('not json')), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    await expect(openBundle(await crafted({ ...bundle, format: 'other' }), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    await expect(openBundle(await crafted({ ...bundle, lessons: [{}] }), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    await expect(openBundle(await crafted({ ...bundle, history: [{}] }), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
    const badLock = { ...bundle, profile: { ...bundle.profile, lockAfterMinutes: 0 } };
    await expect(openBundle(await crafted(badLock), PASSCODE)).rejects.toMatchObject(NOT_BACKUP);
  });

  it('from a newer Groundwork are refused as newer, sealed or inside', async () => {
    await expect(openBundle(await crafted(bundle, BACKUP_BUNDLE_VERSION + 1), PASSCODE)).rejects.toMatchObject(NEWER);
    const inside = { ...bundle, schemaVersion: BACKUP_BUNDLE_VERSION + 1 };
    await expect(openBundle(await crafted(inside), PASSCODE)).rejects.toMatchObject(NEWER);
    const lesson = { schemaVersion: 99, lessonId: 'future' };
    await expect(openBundle(await crafted({ ...bundle, lessons: [lesson] }), PASSCODE)).rejects.toMatchObject(NEWER);
    await expect(openBundle(await crafted({ ...bundle, history: [lesson] }), PASSCODE)).rejects.toMatchObject(NEWER);
  });

  it('from version 2 still open, upgraded', async () => {
    expect(await openBundle(await crafted({ ...bundle, schemaVersion: 2 }), PASSCODE)).toEqual(bundle);
  });
});

describe('backup files made by an earlier Groundwork', () => {
  it('open with their passcode, every file inside brought to today’s version, and refuse another passcode', async () => {
    for (const name of ['v2', 'v3', 'v4']) {
      const fixture = await storedFixture(name);
      const bytes = await readFile(join(fixture.dir, 'backup.gwbackup'));
      const opened = await openBundle(bytes, fixture.passcode);
      expect(opened, name).toMatchObject({
        schemaVersion: BACKUP_BUNDLE_VERSION,
        profile: { name: 'Fixture', lockAfterMinutes: 10 },
        checkIns: [],
        selfChecks: [],
        activity: null,
        shares: null,
      });
      expect(opened.lessons.map((l) => [l.lessonId, l.schemaVersion]).sort(), name).toEqual([
        ['every-exercise', LESSON_FILE_VERSION],
        ['every-exercise-history', LESSON_FILE_VERSION],
      ]);
      expect(Object.keys(opened.lessons[0]?.answers ?? {}).length, name).toBeGreaterThan(0);
      expect(
        opened.history.map((h) => [h.lessonId, h.month, h.schemaVersion]),
        name,
      ).toEqual([['every-exercise-history', '2026-12', HISTORY_FILE_VERSION]]);
      await expect(openBundle(bytes, 'fixture passcode 2')).rejects.toMatchObject({
        code: 'forbidden',
        details: { reason: 'wrong-passcode' },
      });
    }
  });
});

describe('a profile carried in a backup file', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await tempDir('portable');
  });
  afterEach(() => removeDir(dataDir));

  it('comes back as a new profile with the backup passcode: its answers, their history and its idle time', async () => {
    const store = newStore(dataDir, { historyGapMs: 0 });
    await store.prepare();
    const { profile, key } = await store.profiles.create('Ana', 'ana passcode');
    await store.adopt(profile.id, key);
    await store.save(profile.id, 'lesson-a', byId('note'), 'first');
    await store.save(profile.id, 'lesson-a', byId('note'), 'second');
    await store.save(profile.id, 'lesson-b', byId('story'), 'a story');
    const ana = await store.profiles.setLockAfter(profile.id, 25);
    await store.flush();

    // What else may lie in the folders (a note, a file a person renamed, a stray folder) stays out of the backup.
    const dir = join(dataDir, 'profiles', profile.id);
    for (const stray of ['notes.txt', 'Lesson-C.gw', '-c-.gw']) await writeFile(join(dir, 'lessons', stray), 'x');
    await mkdir(join(dir, 'history', 'Stray'), { recursive: true });
    const bundle = await collectBundle(await store.session(profile.id), ana);
    expect(bundle).toMatchObject({
      format: 'groundwork-backup',
      schemaVersion: BACKUP_BUNDLE_VERSION,
      profile: { name: 'Ana', createdAt: profile.createdAt, lockAfterMinutes: 25 },
    });
    expect(bundle.lessons.map((l) => l.lessonId).sort()).toEqual(['lesson-a', 'lesson-b']);
    expect(bundle.history.map((h) => h.lessonId)).toEqual(['lesson-a']);

    const opened = await openBundle(await sealBundle(bundle, 'backup passcode', testKdf), 'backup passcode');
    const imported = await importBundle(store.profiles, opened, 'Ana (imported)', 'backup passcode');
    expect(imported).toMatchObject({ name: 'Ana (imported)', hasPasscode: true, lockAfterMinutes: 25 });
    expect(imported.id).not.toBe(profile.id);
    // Built aside and moved into place: nothing half-made is left in the profiles folder.
    expect((await readdir(join(dataDir, 'profiles'))).sort()).toEqual(['default', profile.id, imported.id].sort());

    expect((await store.profiles.record(imported.id)).lockAfterMinutes).toBe(25);
    await store.unlock(imported.id, 'backup passcode');
    expect((await store.load(imported.id, 'lesson-a', exercises)).answers.note?.value).toBe('second');
    expect((await store.load(imported.id, 'lesson-b', exercises)).answers.story?.value).toBe('a story');
    expect((await store.history(imported.id, 'lesson-a', 'note')).map((v) => v.value)).toEqual(['first']);
    await store.close();
  });

  it('backs up a profile with no answers yet, and brings back the record of what it sent to the clinic', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const { profile, key } = await store.profiles.create('Ana', null);
    await store.adopt(profile.id, key);
    const empty = await collectBundle(await store.session(profile.id), profile);
    expect(empty).toMatchObject({ lessons: [], history: [], shares: null });
    const shares = {
      schemaVersion: 1 as const,
      shares: [
        {
          sentAt: '2026-11-30T10:00:00.000Z',
          from: '2026-11-01',
          to: '2026-11-30',
          server: 'https://fhir.example.org',
          counts: { checkIns: 4 },
          status: 'sent' as const,
          reasons: [],
        },
      ],
    };
    const opened = await openBundle(await sealBundle({ ...empty, shares }, PASSCODE, testKdf), PASSCODE);
    expect(opened.shares).toEqual(shares);
    const imported = await importBundle(store.profiles, opened, 'Ana again', PASSCODE);
    await store.unlock(imported.id, PASSCODE);
    expect((await collectBundle(await store.session(imported.id), imported)).shares).toEqual(shares);
    await store.close();
  });

  it('opens as the first profile on a new computer, before there is any profiles folder', async () => {
    const store = newStore(dataDir, { defaultProfile: false });
    await store.prepare();
    const imported = await importBundle(store.profiles, bundle, 'Ana', PASSCODE);
    expect((await store.profiles.list()).map((p) => p.name)).toEqual(['Ana']);
    expect(imported).toMatchObject({ name: 'Ana', lockAfterMinutes: 15, hasPasscode: true });
    await store.close();
  });

  it('writes nothing for a lesson or a month whose name is not a plain id, so a crafted file cannot reach outside', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const lesson = (lessonId: string) => ({ schemaVersion: LESSON_FILE_VERSION, lessonId, answers: {}, setAside: [] });
    const month = (lessonId: string, m: string) => ({
      schemaVersion: HISTORY_FILE_VERSION,
      lessonId,
      month: m,
      versions: [],
    });
    const crafty = {
      ...bundle,
      lessons: [lesson('../../escaped'), lesson('Lesson A'), lesson('lesson-a')],
      history: [
        month('../escaped', '2026-01'),
        month('lesson-a', '../../2026-01'),
        month('lesson-a', '2026-01/../../../../../escaped'),
        month('lesson-a', '2026-1'),
        month('lesson-a', '12026-01'),
      ],
    };
    const opened = await openBundle(await crafted(crafty), PASSCODE);
    const imported = await importBundle(store.profiles, opened, 'Crafted', PASSCODE);
    await store.close();
    const files = await allFiles(dataDir);
    expect(files.filter((f) => !f.startsWith(join('profiles', imported.id))).sort()).toEqual(
      [
        join('keys', 'device.key'),
        ...(await allFiles(join(dataDir, 'profiles', 'default'))).map((f) => join('profiles', 'default', f)),
      ].sort(),
    );
    expect((await allFiles(join(dataDir, 'profiles', imported.id))).sort()).toEqual([
      join('lessons', 'lesson-a.gw'),
      'profile.json',
      'profile.json.bak',
    ]);
  });
});
