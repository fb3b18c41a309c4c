import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../common/result';
import { PROFILE_RECORD_VERSION } from '../../../core/profiles/profileRecord';
import { createService, type Service } from '../../../core/service';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');
let work: string;
let service: Service;
let exported: string | null;
/** False when the person cancels the save dialog of an export. */
let choosesPlace: boolean;

beforeEach(async () => {
  work = await tempDir('data-api');
  exported = null;
  choosesPlace = true;
  service = createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    store: { kdf: testKdf, historyGapMs: 0, defaultProfile: true },
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async (name) => (choosesPlace ? (exported = join(work, name)) : null),
      print: async () => ({ status: 'cancelled' }),
    },
  });
});
afterEach(async () => {
  await service.store.close();
  await removeDir(work);
});

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const d = (method: string, payload: unknown): Promise<Result<unknown>> => service.dispatch(method, payload);
const save = (v: unknown): Promise<Result<unknown>> =>
  d('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', value: v });

describe('data API', () => {
  it('makes no profile on a first run of the app: the person names their own, in their language', async () => {
    await service.store.close();
    service = createService({
      dataDir: join(work, 'fresh'),
      cacheDir: join(work, 'cache'),
      lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
      resourcesDir: join(root, 'resources'),
      store: { kdf: testKdf },
      adapters: {
        host: 'browser',
        version: '0.0.0-test',
        renderPdf: async () => new Uint8Array(),
        chooseSavePath: async () => null,
        print: async () => ({ status: 'cancelled' }),
      },
    });
    expect(await value(d('getProfiles', {}))).toMatchObject({ profiles: [], activeId: null, unlocked: false });
    expect(await save('nobody yet')).toMatchObject({ ok: false });
    await value(d('createProfile', { name: 'Rosa', passcode: null }));
    const state = await value<{ profiles: { name: string; language?: string }[] }>(
      d('setLanguage', { language: 'es' }),
    );
    expect(state.profiles).toEqual([expect.objectContaining({ name: 'Rosa', language: 'es' })]);
    expect(await save('mine')).toMatchObject({ ok: true });
  });

  it('opens a first run straight into the default profile when asked to make one (tests and tools)', async () => {
    expect(await value(d('getProfiles', {}))).toMatchObject({ activeId: 'default', unlocked: true, keyStore: 'file' });
    expect(await save('hello')).toMatchObject({ ok: true });
  });

  it('creates a profile with a passcode, locks it, refuses data while locked, and unlocks', async () => {
    await value(d('createProfile', { name: 'Ana', passcode: 'open sesame' }));
    const state = await value<{ activeId: string }>(d('getProfiles', {}));
    expect(await save('mine')).toMatchObject({ ok: true });
    expect(await value(d('lockProfile', { leave: false }))).toMatchObject({
      activeId: state.activeId,
      unlocked: false,
    });
    expect(await d('loadAnswers', { lessonId: 'sample-lesson' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await d('openProfile', { profileId: state.activeId, passcode: 'not it!' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', details: { reason: 'wrong-passcode' } },
    });
    await value(d('openProfile', { profileId: state.activeId, passcode: 'open sesame' }));
    expect(await d('loadAnswers', { lessonId: 'sample-lesson' })).toMatchObject({
      ok: true,
      value: { answers: { 'name-it': { value: 'mine' } } },
    });
    // The default profile is untouched by Ana's answers.
    await value(d('openProfile', { profileId: 'default', passcode: null }));
    expect(await value(d('loadAnswers', { lessonId: 'sample-lesson' }))).toMatchObject({ answers: {} });
  });

  it("refuses a save meant for a profile that is no longer open, so it cannot land in the next person's", async () => {
    const loaded = await value<{ profileId: string }>(d('loadAnswers', { lessonId: 'sample-lesson' }));
    expect(loaded.profileId).toBe('default');
    await value(d('createProfile', { name: 'Ben', passcode: null }));
    const late = await d('saveAnswer', {
      lessonId: 'sample-lesson',
      exerciseId: 'name-it',
      value: "default's late answer",
      profileId: loaded.profileId,
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'profile-changed' } } });
    expect(await value(d('loadAnswers', { lessonId: 'sample-lesson' }))).toMatchObject({ answers: {} });
  });

  it('keeps earlier versions of an answer and restores one', async () => {
    await save('first');
    await save('second');
    await save('third');
    const history = await value<{
      exercises: { exerciseId: string; versions: { value: unknown; updatedAt: string }[] }[];
    }>(d('getLessonHistory', { lessonId: 'sample-lesson' }));
    const versions = history.exercises.find((e) => e.exerciseId === 'name-it')?.versions ?? [];
    expect(versions.map((v) => v.value)).toEqual(['second', 'first']);
    await value(
      d('restoreAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', updatedAt: versions[1]?.updatedAt }),
    );
    expect(await value(d('loadAnswers', { lessonId: 'sample-lesson' }))).toMatchObject({
      answers: { 'name-it': { value: 'first' } },
    });
    const after = await value<{ exercises: { versions: { value: unknown }[] }[] }>(
      d('getLessonHistory', { lessonId: 'sample-lesson' }),
    );
    expect(after.exercises[0]?.versions.map((v) => v.value)).toEqual(['third', 'second', 'first']);
  });

  it("gives a choice exercise's history its options, so stored values can be shown by their labels", async () => {
    const tick = (checked: string[]) =>
      d('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'signs', value: { checked } });
    await value(tick(['tight-shoulders']));
    await value(tick(['racing-heart']));
    const history = await value<{ exercises: { exerciseId: string; options?: unknown }[] }>(
      d('getLessonHistory', { lessonId: 'sample-lesson' }),
    );
    expect(history.exercises.find((e) => e.exerciseId === 'signs')?.options).toEqual([
      { value: 'tight-shoulders', label: 'Tight shoulders' },
      { value: 'racing-heart', label: 'Racing heart' },
    ]);
  });

  it('exports a profile to an encrypted backup file and imports it back with its passcode', async () => {
    await save('take me home');
    expect(await value(d('exportProfile', { passcode: 'backup passcode' }))).toMatchObject({ status: 'saved' });
    const bytes = await readFile(exported ?? '');
    expect(bytes.includes(Buffer.from('take me home'))).toBe(false);
    const data = bytes.toString('base64');
    expect(await d('importProfile', { data, passcode: 'wrong passcode' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await d('importProfile', { data: Buffer.from('nope').toString('base64'), passcode: 'backup passcode' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const state = await value<{ activeId: string; profiles: { name: string; hasPasscode: boolean }[] }>(
      d('importProfile', { data, passcode: 'backup passcode' }),
    );
    expect(state.profiles.map((p) => [p.name, p.hasPasscode])).toEqual([
      ['Me', false],
      ['Me (imported)', true],
    ]);
    expect(state.activeId).not.toBe('default');
    expect(await value(d('loadAnswers', { lessonId: 'sample-lesson' }))).toMatchObject({
      answers: { 'name-it': { value: 'take me home' } },
    });
  });

  it('deletes a profile only with its passcode, and renames one', async () => {
    await value(d('createProfile', { name: 'Ben', passcode: 'ben code' }));
    const { activeId } = await value<{ activeId: string }>(d('getProfiles', {}));
    expect(await d('renameProfile', { profileId: activeId, name: 'me' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await value(d('renameProfile', { profileId: activeId, name: 'Benjamin' }));
    expect(await d('deleteProfile', { profileId: activeId, passcode: 'wrong code', confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const after = await value<{ profiles: { name: string }[] }>(
      d('deleteProfile', { profileId: activeId, passcode: 'ben code', confirm: true }),
    );
    expect(after.profiles.map((p) => p.name)).toEqual(['Me']);
  });

  it('asks at least 6 characters of a new passcode, and still opens a profile whose older passcode is shorter', async () => {
    expect(await d('createProfile', { name: 'Ana', passcode: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await value<{ profiles: unknown[] }>(d('getProfiles', {}))).profiles).toHaveLength(1);
    expect(await d('setPasscode', { current: null, next: '12345' })).toMatchObject({ ok: false });
    // A profile given a 4-digit passcode before the rule: never locked out of its answers.
    await service.store.prepare();
    const { profile } = await service.store.profiles.create('Old', '1234');
    const opened = await value<{ activeId: string; unlocked: boolean }>(
      d('openProfile', { profileId: profile.id, passcode: '1234' }),
    );
    expect(opened).toMatchObject({ activeId: profile.id, unlocked: true });
    expect(await save('still mine')).toMatchObject({ ok: true });
    await value(d('setPasscode', { current: '1234', next: 'a longer passcode' }));
    await value(d('lockProfile', { leave: false }));
    await value(d('openProfile', { profileId: profile.id, passcode: 'a longer passcode' }));
  });
});

describe("a profile's language", () => {
  type State = { profiles: { id: string; language?: string }[] };
  const languageOf = async (): Promise<string | undefined> =>
    (await value<State>(d('getProfiles', {}))).profiles.find((p) => p.id === 'default')?.language;

  it('is unset at first, kept once chosen (also after a restart of the store), and forgotten with null', async () => {
    await value(d('getProfiles', {}));
    expect(await languageOf()).toBeUndefined();
    await value(d('setLanguage', { language: 'es' }));
    expect(await languageOf()).toBe('es');
    const record = JSON.parse(await readFile(join(work, 'data', 'profiles', 'default', 'profile.json'), 'utf8'));
    expect(record).toMatchObject({ schemaVersion: PROFILE_RECORD_VERSION, language: 'es' });
    await value(d('setLanguage', { language: null }));
    expect(await languageOf()).toBeUndefined();
  });

  it('refuses a language lessons are not written in', async () => {
    expect(await d('setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens lessons, answers and worksheets in the chosen language, sharing the answers', async () => {
    const opened = await value<{ frontmatter: { language: string }; languages: string[] }>(
      d('openLesson', { lessonId: 'sample-lesson', language: 'es' }),
    );
    // The fixture lesson has no Spanish version: English is served, and says so.
    expect(opened.frontmatter.language).toBe('en');
    expect(opened.languages).toEqual(['en']);
  });
});

describe('the data API, what a person is told', () => {
  type State = { activeId: string | null; unlocked: boolean; profiles: { id: string; name: string }[] };

  it('lets a profile take its own name in other letters, but not another profile’s', async () => {
    await value(d('createProfile', { name: 'Ben', passcode: null }));
    const { activeId } = await value<State>(d('getProfiles', {}));
    expect(await value<State>(d('renameProfile', { profileId: activeId, name: 'BEN' }))).toMatchObject({
      profiles: [{ name: 'Me' }, { name: 'BEN' }],
    });
    expect(await d('createProfile', { name: 'ben', passcode: null })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'Another profile already has that name.',
        details: { reason: 'name-taken' },
      },
    });
  });

  it('returns to the picker when asked to leave, and when locking a profile that has no passcode', async () => {
    await value(d('createProfile', { name: 'Ben', passcode: null }));
    expect(await value<State>(d('lockProfile', { leave: false }))).toMatchObject({ activeId: null, unlocked: false });
    await value(d('openProfile', { profileId: 'default', passcode: null }));
    await value(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }));
    expect(await value<State>(d('lockProfile', { leave: true }))).toMatchObject({ activeId: null, unlocked: false });
    expect(await value<State>(d('getProfiles', {}))).toMatchObject({ activeId: null });
  });

  it('leaves no profile open after the open one is deleted, and keeps the open one when another is deleted', async () => {
    await value(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }));
    const ana = (await value<State>(d('getProfiles', {}))).activeId;
    await value(d('createProfile', { name: 'Ben', passcode: null }));
    const ben = (await value<State>(d('getProfiles', {}))).activeId;
    await value(d('deleteProfile', { profileId: ana, passcode: 'ana passcode', confirm: true }));
    expect(await value<State>(d('getProfiles', {}))).toMatchObject({ activeId: ben, unlocked: true });
    await value(d('deleteProfile', { profileId: ben, passcode: null, confirm: true }));
    // Only the default profile, without a passcode, is left: it opens again at once.
    expect(await value<State>(d('getProfiles', {}))).toMatchObject({ activeId: 'default' });
    expect((await value<State>(d('getProfiles', {}))).profiles.map((p) => p.name)).toEqual(['Me']);
  });

  it('removes a passcode with the current one, and ignores a current passcode given for a profile without one', async () => {
    await value(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }));
    expect(await d('setPasscode', { current: 'not the one', next: null })).toMatchObject({
      ok: false,
      error: { details: { reason: 'wrong-passcode' } },
    });
    const removed = await value<{ profiles: { name: string; hasPasscode: boolean }[] }>(
      d('setPasscode', { current: 'ana passcode', next: null }),
    );
    expect(removed.profiles.find((p) => p.name === 'Ana')?.hasPasscode).toBe(false);
    const set = await value<{ profiles: { name: string; hasPasscode: boolean }[] }>(
      d('setPasscode', { current: 'anything at all', next: 'a new passcode' }),
    );
    expect(set.profiles.find((p) => p.name === 'Ana')?.hasPasscode).toBe(true);
  });

  it('says there is no earlier version to restore when the one asked for is not kept', async () => {
    await save('first');
    expect(
      await d('restoreAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', updatedAt: '2020-01-01T00:00:00Z' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There are no earlier versions of answers in this lesson yet.' },
    });
    expect(await value(d('getLessonHistory', { lessonId: 'sample-lesson' }))).toEqual({ exercises: [] });
  });

  it('reports storage as fine, and names each answer file recovered from a backup', async () => {
    expect(await value(d('getStorageStatus', {}))).toEqual({
      problem: null,
      pendingFiles: 0,
      message: null,
      notices: [],
    });
    expect(await value(d('retryStorage', {}))).toMatchObject({ problem: null, pendingFiles: 0 });
    for (const v of ['one', 'two', 'three']) await save(v);
    await service.store.close();
    await writeFile(join(work, 'data', 'profiles', 'default', 'lessons', 'sample-lesson.gw'), 'damaged');
    expect(await value(d('loadAnswers', { lessonId: 'sample-lesson' }))).toMatchObject({
      answers: { 'name-it': { value: 'two' } },
    });
    const status = await value<{ notices: string[] }>(d('getStorageStatus', {}));
    expect(status.notices).toEqual([expect.stringMatching(/sample-lesson/)]);
  });

  it('saves nothing when the person cancels the export, and names the file by the day', async () => {
    choosesPlace = false;
    expect(await value(d('exportProfile', { passcode: 'backup passcode' }))).toEqual({ status: 'cancelled' });
    expect(exported).toBeNull();
    choosesPlace = true;
    const saved = await value<{ path: string }>(d('exportProfile', { passcode: 'backup passcode' }));
    const day = new Date().toISOString().slice(0, 10);
    expect(saved).toEqual({ status: 'saved', path: join(work, `groundwork-backup-${day}.gwbackup`) });
  });

  it('gives each imported copy a name of its own, short enough to show', async () => {
    const long = 'Maria Fernanda de los Angeles Gutierrez';
    await value(d('renameProfile', { profileId: 'default', name: long }));
    await value(d('exportProfile', { passcode: 'backup passcode' }));
    const data = (await readFile(exported ?? '')).toString('base64');
    for (let i = 0; i < 3; i += 1) await value(d('importProfile', { data, passcode: 'backup passcode' }));
    const names = (await value<State>(d('getProfiles', {}))).profiles.map((p) => p.name);
    const short = `${long.slice(0, 24)} (imported)`;
    expect(names).toEqual([long, short, `${short} 3`, `${short} 4`]);
  });
});
