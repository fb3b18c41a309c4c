import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfilesState } from '../../../common/dataApi';
import type { Result } from '../../../common/result';
import { createService, type Service } from '../../../core/service';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

/**
 * Which profile is in use (core/profiles/activeProfile.ts), through the API the
 * window calls: who is let in, when a key is dropped (issue 17: mutants the data
 * API and idle lock tests left alive).
 */
const root = join(import.meta.dirname, '../../..');
let work: string;
let service: Service;

beforeEach(async () => {
  work = await tempDir('active-profile');
  service = createService({
    dataDir: join(work, 'data'),
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
});
afterEach(async () => {
  await service.store.close();
  await removeDir(work);
});

const d = (method: string, payload: unknown): Promise<Result<unknown>> => service.dispatch(method, payload);
async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const load = (): Promise<Result<unknown>> => d('loadAnswers', { lessonId: 'sample-lesson' });

describe('the profile in use', () => {
  it('is nobody before a profile is chosen: answers are refused with the picker’s words', async () => {
    expect(await load()).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Choose your profile. Each person’s answers are kept apart and private.',
        details: { reason: 'no-profile' },
      },
    });
  });

  it('stays open and unlocked when it is opened again with its passcode', async () => {
    const { activeId } = await value<ProfilesState>(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }));
    const again = await value<ProfilesState>(d('openProfile', { profileId: activeId, passcode: 'ana passcode' }));
    expect(again).toMatchObject({ activeId, unlocked: true });
    expect(await load()).toMatchObject({ ok: true });
  });

  it('locks the one before when another is opened, and forgets its key', async () => {
    const ana = (await value<ProfilesState>(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }))).activeId;
    const ben = (await value<ProfilesState>(d('createProfile', { name: 'Ben', passcode: 'ben passcode' }))).activeId;
    expect(service.store.isUnlocked(ana ?? '')).toBe(false);
    expect(await value<ProfilesState>(d('getProfiles', {}))).toMatchObject({ activeId: ben, unlocked: true });
  });

  it('is let go, its key forgotten, when its record stops reading while it is open', async () => {
    const { activeId } = await value<ProfilesState>(d('createProfile', { name: 'Ana', passcode: 'ana passcode' }));
    const id = activeId ?? '';
    await value(d('createProfile', { name: 'Ben', passcode: 'ben passcode' }));
    await value(d('openProfile', { profileId: id, passcode: 'ana passcode' }));
    for (const name of ['profile.json', 'profile.json.bak']) {
      await writeFile(join(work, 'data', 'profiles', id, name), 'damaged');
    }
    const state = await value<ProfilesState>(d('getProfiles', {}));
    expect(state).toMatchObject({ activeId: null, unlocked: false });
    expect(state.attention.map((a) => a.id)).toEqual([id]);
    expect(service.store.isUnlocked(id)).toBe(false);
  });
});
