import { randomBytes } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfilesState } from '../../../common/dataApi';
import type { Result } from '../../../common/result';
import { createService, type Service } from '../../../core/service';
import { byId, exercises, fileHashes, newStore, removeDir, tempDir, testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');
const PASSCODE = 'river stone 42';
let work: string;
let service: Service | null;

const dataDir = (): string => join(work, 'data');
const profileDir = (id: string): string => join(dataDir(), 'profiles', id);

/** A fresh service on the same data folder, as after a restart (or a downgrade). */
function start(): Service {
  service = createService({
    dataDir: dataDir(),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    store: { kdf: testKdf, defaultProfile: true },
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      print: async () => ({ status: 'cancelled' }),
    },
  });
  return service;
}

async function stop(): Promise<void> {
  await service?.store.close();
  service = null;
}

beforeEach(async () => {
  work = await tempDir('damaged-record');
  service = null;
});
afterEach(async () => {
  await stop();
  await removeDir(work);
});

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const save = (s: Service, v: string): Promise<Result<unknown>> =>
  s.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', value: v });

/** Ana, with a passcode and an answer, beside the default profile; the app then closes. Returns her id. */
async function anaWithAnswer(): Promise<string> {
  const s = start();
  const state = await value<ProfilesState>(s.dispatch('createProfile', { name: 'Ana', passcode: PASSCODE }));
  await value(save(s, 'an answer only Ana has'));
  await stop();
  return state.activeId ?? '';
}

/** The default profile, with no passcode and an answer, alone on the computer. */
async function defaultWithAnswer(): Promise<string> {
  const s = start();
  await value(save(s, 'an answer in the only profile'));
  await stop();
  return 'default';
}

type Damage = (dir: string) => Promise<void>;
const both = async (dir: string, change: (text: string) => string | Buffer): Promise<void> => {
  for (const name of ['profile.json', 'profile.json.bak']) {
    const path = join(dir, name);
    await writeFile(path, change(await readFile(path, 'utf8')));
  }
};
const cases: [string, 'damaged' | 'newer-version' | 'wrong-folder', Damage, RegExp][] = [
  [
    'both copies of its record are damaged',
    'damaged',
    (dir) => both(dir, (text) => Buffer.from(text.slice(0, 40) + '\u0000\u00ff')),
    /damaged or missing/,
  ],
  [
    'both copies say a newer version (a downgrade)',
    'newer-version',
    (dir) => both(dir, (text) => JSON.stringify({ ...JSON.parse(text), schemaVersion: 99, newField: [1] })),
    /newer version of Groundwork/,
  ],
  [
    'both copies name another profile',
    'wrong-folder',
    (dir) => both(dir, (text) => JSON.stringify({ ...JSON.parse(text), id: 'p-0123456789' })),
    /belongs to a different profile/,
  ],
];

describe.each(cases)('a profile whose record cannot be used: %s', (_name, problem, damage, words) => {
  it('is listed as needing attention, cannot be opened or changed through the API, and its files stay as they were', async () => {
    const id = await anaWithAnswer();
    await damage(profileDir(id));
    const before = await fileHashes(profileDir(id));
    const s = start();

    const state = await value<ProfilesState>(s.dispatch('getProfiles', {}));
    expect(state.profiles.map((p) => p.id)).toEqual(['default']);
    expect(state.attention).toEqual([expect.objectContaining({ id, problem, folder: profileDir(id) })]);
    // With a profile needing attention the picker is shown, even though "default" alone could open.
    expect(state.activeId).toBeNull();

    for (const passcode of [PASSCODE, null]) {
      const opened = await s.dispatch('openProfile', { profileId: id, passcode });
      expect(opened).toMatchObject({
        ok: false,
        error: { code: 'forbidden', details: { reason: 'needs-attention', problem } },
      });
      expect(opened.ok ? '' : opened.error.message).toMatch(words);
    }
    expect(await s.dispatch('deleteProfile', { profileId: id, passcode: PASSCODE, confirm: true })).toMatchObject({
      ok: false,
    });
    expect(await s.dispatch('renameProfile', { profileId: id, name: 'Someone' })).toMatchObject({ ok: false });
    expect(await s.dispatch('loadAnswers', { lessonId: 'sample-lesson' })).toMatchObject({ ok: false });
    // Making a new profile is fine, and never touches the folder that needs attention.
    await value(s.dispatch('createProfile', { name: 'Ben', passcode: null }));
    await value(save(s, "Ben's answer"));
    await stop();

    expect(await fileHashes(profileDir(id))).toEqual(before);
  });

  it('is left as it was by the AnswerStore and the profile manager, which refuse to make a profile over it', async () => {
    const id = await anaWithAnswer();
    await damage(profileDir(id));
    const before = await fileHashes(profileDir(id));
    const store = newStore(dataDir());
    await store.prepare();
    const scan = await store.profiles.scan();
    expect(scan.attention.map((a) => [a.id, a.problem])).toEqual([[id, problem]]);
    await expect(store.unlock(id, PASSCODE)).rejects.toMatchObject({ details: { reason: 'needs-attention' } });
    await expect(store.load(id, 'lesson-a', exercises)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.save(id, 'lesson-a', byId('note'), 'x')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.profiles.rename(id, 'Other')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(store.profiles.setLockAfter(id, 5)).rejects.toThrow();
    await expect(store.profiles.setPasscode(id, randomBytes(32), 'a new code')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(store.profiles.create('Ana', 'another code', { id })).rejects.toMatchObject({
      details: { reason: 'profile-exists' },
    });
    await store.close();
    expect(await fileHashes(profileDir(id))).toEqual(before);
  });

  it('when it is the only profile, no default profile is made in its place and no new key is written', async () => {
    const id = await defaultWithAnswer();
    await damage(profileDir(id));
    const before = await fileHashes(profileDir(id));
    const s = start();
    const state = await value<ProfilesState>(s.dispatch('getProfiles', {}));
    expect(state).toMatchObject({ profiles: [], activeId: null, unlocked: false });
    expect(state.attention.map((a) => [a.id, a.problem])).toEqual([[id, problem]]);
    expect(await s.dispatch('loadAnswers', { lessonId: 'sample-lesson' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await stop();
    expect(await readdir(join(dataDir(), 'profiles'))).toEqual([id]);
    expect(await fileHashes(profileDir(id))).toEqual(before);
  });
});

describe('a record copied into another profile’s folder', () => {
  it('lists the profile once: the folder is the identity, and the copy is refused and left alone', async () => {
    const s = start();
    const ana = await value<ProfilesState>(s.dispatch('createProfile', { name: 'Ana', passcode: PASSCODE }));
    const ben = await value<ProfilesState>(s.dispatch('createProfile', { name: 'Ben', passcode: 'ben passcode' }));
    await value(save(s, "Ben's answer"));
    await stop();
    const anaId = ana.activeId ?? '';
    const benId = ben.activeId ?? '';
    for (const name of ['profile.json', 'profile.json.bak']) {
      await copyFile(join(profileDir(anaId), name), join(profileDir(benId), name));
    }
    const before = await fileHashes(profileDir(benId));

    const state = await value<ProfilesState>(start().dispatch('getProfiles', {}));
    expect(state.profiles.map((p) => p.name)).toEqual(['Me', 'Ana']);
    expect(state.attention).toEqual([expect.objectContaining({ id: benId, problem: 'wrong-folder', name: 'Ana' })]);
    expect(await value(start().dispatch('openProfile', { profileId: anaId, passcode: PASSCODE }))).toMatchObject({
      activeId: anaId,
      unlocked: true,
    });
    await stop();
    expect(await fileHashes(profileDir(benId))).toEqual(before);
  });

  it('falls back to the second copy when only the first names another profile', async () => {
    const s = start();
    const ana = await value<ProfilesState>(s.dispatch('createProfile', { name: 'Ana', passcode: null }));
    await stop();
    await copyFile(join(profileDir('default'), 'profile.json'), join(profileDir(ana.activeId ?? ''), 'profile.json'));
    const state = await value<ProfilesState>(start().dispatch('getProfiles', {}));
    expect(state.profiles.map((p) => [p.id, p.name])).toEqual([
      ['default', 'Me'],
      [ana.activeId, 'Ana'],
    ]);
    expect(state.attention).toEqual([]);
  });
});
