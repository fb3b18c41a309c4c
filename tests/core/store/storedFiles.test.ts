import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exerciseTypeNames, type ExerciseRef } from '../../../common/exercises';
import { importBundle, openBundle } from '../../../core/profiles/portable';
import { readProfileRecord, writeProfileRecord } from '../../../core/profiles/profileRecord';
import { sealedVersion } from '../../../core/store/envelope';
import { storedFileTypes } from '../../../core/store/storedFiles';
import { HISTORY_FILE_VERSION, LESSON_FILE_VERSION } from '../../../core/store/lessonData';
import { samples } from '../../common/exerciseSamples';
import { copyFixtureData, storedFixture, storedFixturesDir } from './storedFixtures';
import { newStore, removeDir, tempDir } from './storeHelpers';

const refs: ExerciseRef[] = exerciseTypeNames.map((type) => samples[type].ref);

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('stored-files');
});
afterEach(() => removeDir(dataDir));

describe('stored files written by earlier versions of Groundwork', () => {
  it('has a real old file for every upgrade step of every kind of stored file', async () => {
    const fixtures = await Promise.all((await readdir(storedFixturesDir)).map(storedFixture));
    for (const type of storedFileTypes) {
      for (const step of type.steps) {
        const found = fixtures.some((f) => f.versions[type.name] === step.from);
        expect(
          found,
          `no fixture holds a version-${step.from} ${type.name} file: run scripts/writeStoredFixtures.ts`,
        ).toBe(true);
      }
    }
  });
});

describe('a version-2 profile (lesson and history files 2, before rows had ids)', () => {
  const lessonFile = (id: string): string => join(dataDir, 'profiles', 'fixture', 'lessons', `${id}.gw`);
  const keptBefore = (...parts: string[]): Promise<string[]> =>
    readdir(join(dataDir, 'profiles', 'fixture', 'backups', ...parts, 'before-upgrade'));

  it('opens with its passcode; every answer comes up as today writes it, and the old bytes are kept', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    const original = await readFile(lessonFile('every-exercise'));
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    const loaded = await store.load(fixture.profileId, 'every-exercise', refs);
    expect(loaded.setAside).toEqual([]);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    expect(store.notices).toEqual([]);
    await store.close();
    // Upgraded on disk, the version-2 bytes kept first.
    expect(sealedVersion(await readFile(lessonFile('every-exercise')))).toBe(LESSON_FILE_VERSION);
    const kept = await keptBefore('lessons', 'every-exercise');
    expect(kept).toEqual([expect.stringMatching(/^every-exercise\.gw\.v2-/)]);
    const keptBytes = await readFile(
      join(dataDir, 'profiles', 'fixture', 'backups', 'lessons', 'every-exercise', 'before-upgrade', kept[0] ?? ''),
    );
    expect(keptBytes.equals(original)).toBe(true);
  });

  it('shows earlier versions with row ids, and restores one', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    for (const type of exerciseTypeNames) {
      const { ref, valid } = samples[type];
      const versions = await store.history(fixture.profileId, 'every-exercise-history', ref.id);
      expect(versions.map((v) => v.value)).toEqual([valid]);
      await store.save(fixture.profileId, 'every-exercise-history', ref, versions[0]?.value, true);
    }
    const loaded = await store.load(fixture.profileId, 'every-exercise-history', refs);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    await store.close();
    const months = await readdir(join(dataDir, 'profiles', 'fixture', 'history', 'every-exercise-history'));
    for (const month of months) {
      const bytes = await readFile(join(dataDir, 'profiles', 'fixture', 'history', 'every-exercise-history', month));
      expect(sealedVersion(bytes)).toBe(HISTORY_FILE_VERSION);
    }
    expect(await keptBefore('history', 'every-exercise-history', months[0]?.slice(0, 7) ?? '')).toHaveLength(1);
  });

  it('restores a damaged lesson from a version-2 backup, upgraded', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    await writeFile(lessonFile('every-exercise'), 'damaged');
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    const loaded = await store.load(fixture.profileId, 'every-exercise', refs);
    // The newest backup is the one before the last save: every answer but the last type's is there.
    const last = exerciseTypeNames.at(-1) ?? 'short-text';
    for (const type of exerciseTypeNames.filter((t) => t !== last))
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    expect(store.notices.map((n) => n.kind)).toEqual(['recovered']);
    await store.close();
    expect(sealedVersion(await readFile(lessonFile('every-exercise')))).toBe(LESSON_FILE_VERSION);
    expect(await keptBefore('lessons', 'every-exercise')).toHaveLength(1);
  });

  it('reads its profile record, and keeps an older record before writing over it', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    const dir = join(dataDir, 'profiles', 'fixture');
    const record = await readProfileRecord(dir);
    expect(record).toMatchObject({ id: 'fixture', name: 'Fixture', key: { kind: 'passcode' } });
    // No record older than 2 exists yet: one claiming 1 stands for the next one that will.
    const older = JSON.stringify({ ...record, schemaVersion: 1 });
    await writeFile(join(dir, 'profile.json'), older);
    await writeProfileRecord(dir, record);
    expect(await readFile(join(dir, 'profile.json.v1'), 'utf8')).toBe(older);
    expect(await readProfileRecord(dir)).toEqual(record);
  });

  it('opens its backup file with its passcode and imports it as a new profile', async () => {
    const fixture = await storedFixture('v2');
    const bundle = await openBundle(await readFile(join(fixture.dir, 'backup.gwbackup')), fixture.passcode);
    const lesson = bundle.lessons.find((l) => l.lessonId === 'every-exercise');
    for (const type of exerciseTypeNames)
      expect(lesson?.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    const store = newStore(dataDir);
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const profile = await importBundle(store.profiles, bundle, 'Imported', 'new passcode 1');
    await store.unlock(profile.id, 'new passcode 1');
    const loaded = await store.load(profile.id, 'every-exercise', refs);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    const versions = await store.history(profile.id, 'every-exercise-history', samples.table.ref.id);
    expect(versions.map((v) => v.value)).toEqual([samples.table.valid]);
    await store.close();
  });
});

describe('a version-3 profile (lesson and history files 3, choices stored by their words)', () => {
  const choiceTypes = ['checklist', 'single-choice', 'multiple-choice'] as const;

  it('comes up with each choice as its value, every other answer as it was, nothing set aside', async () => {
    const fixture = await storedFixture('v3');
    expect(fixture.versions.lesson).toBe(3);
    await copyFixtureData(fixture, dataDir);
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    const loaded = await store.load(fixture.profileId, 'every-exercise', refs);
    expect(loaded.setAside).toEqual([]);
    // The old code stored 'Headache', 'Night' and ['A friend', 'Family']: the lesson's words.
    expect(loaded.answers.ck?.value).toEqual({ checked: ['headache'], other: 'Jaw' });
    expect(loaded.answers.sg?.value).toBe('night');
    expect(loaded.answers.mc?.value).toEqual(['a-friend', 'family']);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    await store.close();
    const path = join(dataDir, 'profiles', 'fixture', 'lessons', 'every-exercise.gw');
    expect(sealedVersion(await readFile(path))).toBe(LESSON_FILE_VERSION);
    const kept = await readdir(
      join(dataDir, 'profiles', 'fixture', 'backups', 'lessons', 'every-exercise', 'before-upgrade'),
    );
    expect(kept).toEqual([expect.stringMatching(/^every-exercise\.gw\.v3-/)]);
  });

  it('shows earlier choices as values too, and restores them', async () => {
    const fixture = await storedFixture('v3');
    await copyFixtureData(fixture, dataDir);
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    for (const type of choiceTypes) {
      const { ref, valid } = samples[type];
      const versions = await store.history(fixture.profileId, 'every-exercise-history', ref.id);
      expect(versions.map((v) => v.value)).toEqual([valid]);
      await store.save(fixture.profileId, 'every-exercise-history', ref, versions[0]?.value, true);
    }
    const loaded = await store.load(fixture.profileId, 'every-exercise-history', refs);
    for (const type of choiceTypes) expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    await store.close();
  });

  it('imports its backup file with the choices as values', async () => {
    const fixture = await storedFixture('v3');
    const bundle = await openBundle(await readFile(join(fixture.dir, 'backup.gwbackup')), fixture.passcode);
    const lesson = bundle.lessons.find((l) => l.lessonId === 'every-exercise');
    for (const type of choiceTypes) expect(lesson?.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
  });
});

describe('a version-4 profile (profile record 3, before content notes read were kept)', () => {
  it('opens, shows every note once more, and keeps the version-3 record before writing the first note read', async () => {
    const fixture = await storedFixture('v4');
    expect(fixture.versions['profile-record']).toBe(3);
    await copyFixtureData(fixture, dataDir);
    const dir = join(dataDir, 'profiles', 'fixture');
    const original = await readFile(join(dir, 'profile.json'), 'utf8');
    const store = newStore(dataDir);
    await store.unlock(fixture.profileId, fixture.passcode);
    expect(await store.profiles.contentNoteSeen('fixture', 'crisis-moment', ['suicide'])).toBe(false);
    expect(await store.profiles.markContentNoteSeen('fixture', 'crisis-moment', ['suicide'])).toBe(true);
    await store.close();
    expect(await readFile(join(dir, 'profile.json.v3'), 'utf8')).toBe(original);
    const record = await readProfileRecord(dir);
    expect(record).toMatchObject({
      schemaVersion: 4,
      name: 'Fixture',
      contentNotesSeen: { 'crisis-moment': ['suicide'] },
    });
    // The key is the one the old record wrapped: the passcode still opens every answer.
    const again = newStore(dataDir);
    await again.unlock(fixture.profileId, fixture.passcode);
    const loaded = await again.load(fixture.profileId, 'every-exercise', refs);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    await again.close();
  });
});
