import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfilesState } from '../../../common/dataApi';
import type { Result } from '../../../common/result';
import { Clinic } from '../../../core/clinic/clinic';
import { IdleLock, systemClock } from '../../../core/profiles/idleLock';
import { createService, type Service } from '../../../core/service';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';
import { FakeClock } from './fakeClock';

const root = join(import.meta.dirname, '../../..');
let work: string;
let clock: FakeClock;
let service: Service;
/** Whether this test started a service (the idle count's own tests need none). */
let started: boolean;

function start(clinicIdleMinutes?: number): Service {
  started = true;
  service = createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    store: { kdf: testKdf, defaultProfile: true },
    clock,
    ...(clinicIdleMinutes === undefined
      ? {}
      : {
          clinic: new Clinic({
            settings: { idleLockMinutes: clinicIdleMinutes },
            origin: {},
            logo: null,
            sources: [],
            locations: [],
            problems: [],
          }),
        }),
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

beforeEach(async () => {
  work = await tempDir('idle-lock');
  clock = new FakeClock();
  started = false;
});
afterEach(async () => {
  if (started) await service.store.close();
  await removeDir(work);
});

const d = (method: string, payload: unknown): Promise<Result<unknown>> => service.dispatch(method, payload);
async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const load = (): Promise<Result<unknown>> => d('loadAnswers', { lessonId: 'sample-lesson' });
const locked = { ok: false, error: { code: 'forbidden', details: { reason: 'locked' } } };

/** Ana, with a passcode, an answer, and one idle minute; returns her id. */
async function ana(): Promise<string> {
  const state = await value<ProfilesState>(d('createProfile', { name: 'Ana', passcode: 'river stone 42' }));
  await value(d('setLockAfter', { minutes: 1 }));
  await value(d('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', value: 'private' }));
  return state.activeId ?? '';
}

describe('the idle lock in the process that holds the keys', () => {
  it('locks a passcode profile after its idle time with no window open, and forgets its key', async () => {
    start();
    const id = await ana();
    await clock.advance(59_000);
    expect(service.store.isUnlocked(id)).toBe(true);
    await clock.advance(11_000);
    // The timer locked it on its own, before any call came.
    expect(service.store.isUnlocked(id)).toBe(false);
    expect(await load()).toMatchObject(locked);
    expect(await value(d('getProfiles', {}))).toMatchObject({ activeId: id, unlocked: false });
    await value(d('openProfile', { profileId: id, passcode: 'river stone 42' }));
    expect(await load()).toMatchObject({ ok: true, value: { answers: { 'name-it': { value: 'private' } } } });
  });

  it('counts from the last call on the data or the last activity report, so a reader is not locked out', async () => {
    start();
    const id = await ana();
    await clock.advance(50_000);
    await value(d('reportActivity', {}));
    await clock.advance(50_000);
    expect(await load()).toMatchObject({ ok: true });
    await clock.advance(50_000);
    await value(d('reportActivity', {}));
    await clock.advance(50_000);
    expect(service.store.isUnlocked(id)).toBe(true);
    await clock.advance(11_000);
    expect(await d('reportActivity', {})).toMatchObject(locked);
    expect(service.store.isUnlocked(id)).toBe(false);
  });

  it('refuses a call that arrives after the idle time even before the timer has run', async () => {
    start();
    const id = await ana();
    clock.jump(61_000);
    expect(await load()).toMatchObject(locked);
    expect(service.store.isUnlocked(id)).toBe(false);
  });

  it('follows a changed idle time, and stops when the clinic turns idle locking off', async () => {
    start();
    const id = await ana();
    await value(d('setLockAfter', { minutes: 3 }));
    await clock.advance(170_000);
    expect(service.store.isUnlocked(id)).toBe(true);
    await clock.advance(11_000);
    expect(service.store.isUnlocked(id)).toBe(false);
    await service.store.close();

    start(0);
    await value(d('openProfile', { profileId: id, passcode: 'river stone 42' }));
    await clock.advance(60 * 60_000);
    expect(await load()).toMatchObject({ ok: true });
  });

  it('never locks a profile without a passcode, which anyone at the computer can open anyway', async () => {
    start();
    await value(d('setLockAfter', { minutes: 1 }));
    await clock.advance(10 * 60_000);
    expect(await load()).toMatchObject({ ok: true });
  });
});

describe('changing a profile needs it open and unlocked', () => {
  it('refuses to rename a locked profile, or one that is not the open one, and to change its idle time', async () => {
    start();
    const id = await ana();
    const before = await service.store.profiles.record(id);
    expect(await d('renameProfile', { profileId: 'default', name: 'Not me' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', details: { reason: 'not-open' } },
    });
    await value(d('lockProfile', { leave: false }));
    expect(await d('renameProfile', { profileId: id, name: 'Someone else' })).toMatchObject(locked);
    expect(await d('setLockAfter', { minutes: 240 })).toMatchObject(locked);
    expect(await service.store.profiles.record(id)).toEqual(before);
    expect((await service.store.profiles.record('default')).name).toBe('Me');
  });

  it('checks the passcode even when the profile is already open', async () => {
    start();
    const id = await ana();
    expect(await d('openProfile', { profileId: id, passcode: 'not the passcode' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', details: { reason: 'wrong-passcode' } },
    });
  });

  it('keeps only one profile unlocked: making or importing another locks the one before', async () => {
    start();
    const id = await ana();
    await value(d('createProfile', { name: 'Ben', passcode: null }));
    expect(service.store.isUnlocked(id)).toBe(false);
    expect(await d('openProfile', { profileId: id, passcode: 'wrong guess' })).toMatchObject({ ok: false });
  });
});

describe('the idle count on its own', () => {
  const counted = (): { idle: IdleLock; locked: string[] } => {
    const locked: string[] = [];
    return { idle: new IdleLock(clock, (id) => locked.push(id)), locked };
  };

  it('locks once, exactly its idle time after the last use', async () => {
    const { idle, locked } = counted();
    idle.watch('ana', 60_000);
    await clock.advance(30_000);
    idle.touch('ana');
    await clock.advance(59_999);
    expect(locked).toEqual([]);
    expect(idle.isWatched('ana')).toBe(true);
    await clock.advance(1);
    expect(locked).toEqual(['ana']);
    expect(idle.isWatched('ana')).toBe(false);
    await clock.advance(10 * 60_000);
    expect(locked).toEqual(['ana']);
  });

  it('counts as expired from the moment the idle time has passed, before its timer runs', () => {
    const { idle, locked } = counted();
    idle.watch('ana', 60_000);
    clock.jump(59_999);
    expect(idle.expired('ana')).toBe(false);
    clock.jump(1);
    expect(idle.expired('ana')).toBe(true);
    expect(idle.expired('ben')).toBe(false);
    expect(locked).toEqual([]);
  });

  it('starts again when watched again, and never locks once stopped', async () => {
    const { idle, locked } = counted();
    idle.watch('ana', 60_000);
    idle.watch('ben', 60_000);
    await clock.advance(50_000);
    idle.watch('ana', 60_000);
    idle.stop('ben');
    idle.touch('ben');
    await clock.advance(50_000);
    expect(locked).toEqual([]);
    expect(idle.isWatched('ben')).toBe(false);
    await clock.advance(10_000);
    expect(locked).toEqual(['ana']);
  });
});

describe('the system clock', () => {
  it('tells the time, and runs a timer once after its delay unless cancelled', async () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    expect(systemClock.now()).toBeLessThanOrEqual(Date.now());
    const ran: string[] = [];
    systemClock.after(20, () => ran.push('kept'));
    const cancel = systemClock.after(20, () => ran.push('cancelled'));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual(['kept']);
  });
});
