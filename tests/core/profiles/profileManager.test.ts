import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKeyStore, type KeyStore } from '../../../core/profiles/keyStore';
import { DEFAULT_LOCK_AFTER_MINUTES, ProfileManager } from '../../../core/profiles/profileManager';
import { readProfileRecord } from '../../../core/profiles/profileRecord';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

/**
 * The profile manager on its own: where profiles are made and who may read them,
 * what is refused and in which words, and the delay after wrong passcodes that
 * neither a restart nor two tries at once can get around (issue 17: mutants the
 * store and API tests left alive).
 */
let dataDir: string;
let now: number;
beforeEach(async () => {
  dataDir = await tempDir('profile-manager');
  now = Date.parse('2026-05-01T10:00:00.000Z');
});
afterEach(() => removeDir(dataDir));

const manager = (options: { keyStore?: KeyStore; defaultLockAfterMinutes?: number } = {}): ProfileManager =>
  new ProfileManager(dataDir, { keyStore: new FileKeyStore(dataDir), kdf: testKdf, now: () => now, ...options });
const profilesDir = (): string => join(dataDir, 'profiles');

/** A secure store of the system, as the Electron host gives; `working` false when it cannot open anything. */
const systemStore = (working = true): KeyStore => ({
  kind: 'os',
  protect: async (secret) => Buffer.from(secret).reverse(),
  unprotect: async (sealed) => {
    if (!working) throw new Error('the keyring is locked');
    return Buffer.from(sealed).reverse();
  },
});

const notFound = { code: 'not-found', message: 'That profile could not be found.' };

describe('making a profile', () => {
  it('keeps the profiles folder and each profile folder readable by their owner only', async () => {
    const { dir } = await manager().create('Ana', null);
    expect((await stat(profilesDir())).mode & 0o777).toBe(0o700);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('gives a new profile a folder name of its own, its creation time and the idle time asked for', async () => {
    const first = await manager().create('Ana', 'ana passcode');
    const second = await manager({ defaultLockAfterMinutes: 30 }).create('Ben', null);
    expect(first.profile).toEqual({
      id: expect.stringMatching(/^p-[0-9a-f]{10}$/),
      name: 'Ana',
      hasPasscode: true,
      createdAt: '2026-05-01T10:00:00.000Z',
      lockAfterMinutes: DEFAULT_LOCK_AFTER_MINUTES,
    });
    expect(DEFAULT_LOCK_AFTER_MINUTES).toBe(10);
    expect(second.profile).toMatchObject({ hasPasscode: false, lockAfterMinutes: 30 });
    expect(second.profile.id).not.toBe(first.profile.id);
    expect(second.dir).toBe(join(profilesDir(), second.profile.id));
    // Built aside and moved into place: nothing half-made stays in the profiles folder.
    expect((await readdir(profilesDir())).sort()).toEqual([first.profile.id, second.profile.id].sort());
    expect(await readProfileRecord(first.dir)).toMatchObject({ failedAttempts: 0, lastFailedAt: null });
  });
});

describe('finding a profile', () => {
  it('says not found for an id that is not a folder name, a folder that is not there, or a file in its place', async () => {
    const m = manager();
    await m.create('Ana', null, { id: 'ana' });
    await writeFile(join(profilesDir(), 'a-file'), '{}');
    for (const id of ['../ana', 'Ana', 'nobody', 'a-file']) {
      await expect(m.record(id), id).rejects.toMatchObject(notFound);
    }
    expect(() => m.dirOf('..')).toThrow(notFound.message);
    expect((await m.record('ana')).name).toBe('Ana');
  });

  it('refuses a profile folder whose record cannot be used, saying why', async () => {
    const m = manager();
    await mkdir(join(profilesDir(), 'broken'), { recursive: true });
    await writeFile(join(profilesDir(), 'broken', 'profile.json'), 'not json');
    await expect(m.record('broken')).rejects.toMatchObject({
      code: 'forbidden',
      message:
        'This profile cannot be opened. Its settings file (profile.json) and the copy kept beside it are damaged or missing, so Groundwork cannot open it. Nothing in it was changed.',
      details: { reason: 'needs-attention', problem: 'damaged' },
    });
  });
});

describe('changing a profile', () => {
  it('keeps a chosen language, idle time and name in the record, and forgets the language when asked', async () => {
    const m = manager();
    const { profile, dir } = await m.create('Ana', null);
    expect(await m.setLanguage(profile.id, 'es')).toMatchObject({ language: 'es' });
    expect((await m.list())[0]).toMatchObject({ language: 'es' });
    expect(await m.setLockAfter(profile.id, 45)).toMatchObject({ lockAfterMinutes: 45, language: 'es' });
    expect(await m.rename(profile.id, 'Ana María')).toMatchObject({ name: 'Ana María', lockAfterMinutes: 45 });
    const forgotten = await m.setLanguage(profile.id, null);
    expect(forgotten).not.toHaveProperty('language');
    expect(await readProfileRecord(dir)).toMatchObject({ name: 'Ana María', lockAfterMinutes: 45 });
    expect(await readProfileRecord(dir)).not.toHaveProperty('language');
  });

  it('keeps the content notes read, with their topics, and says when there was nothing to keep', async () => {
    const m = manager();
    const { profile, dir } = await m.create('Ana', null);
    expect(await m.contentNoteSeen(profile.id, 'crisis', ['suicide'])).toBe(false);
    expect(await m.markContentNoteSeen(profile.id, 'crisis', ['suicide', 'self-harm'])).toBe(true);
    expect(await m.contentNoteSeen(profile.id, 'crisis', ['suicide'])).toBe(true);
    // The note now names a topic the person was not told about: it stands again until read again.
    expect(await m.contentNoteSeen(profile.id, 'crisis', ['suicide', 'trauma'])).toBe(false);
    expect((await readProfileRecord(dir)).contentNotesSeen).toEqual({ crisis: ['suicide', 'self-harm'] });
    const written = await readProfileRecord(dir);
    expect(await m.markContentNoteSeen(profile.id, 'crisis', ['suicide'])).toBe(true);
    expect(await m.markContentNoteSeen(profile.id, 'no-note', [])).toBe(false);
    expect(await readProfileRecord(dir)).toEqual(written);
  });

  it('keeps every change made at the same moment, a new passcode among them', async () => {
    const m = manager();
    const { profile, dir, key } = await m.create('Ana', null);
    // Each reads the record and writes it back; one after another, none writes over another.
    await Promise.all([
      m.setLanguage(profile.id, 'es'),
      m.markContentNoteSeen(profile.id, 'crisis', ['suicide']),
      m.rename(profile.id, 'Ana María'),
      m.setPasscode(profile.id, key, 'a new passcode'),
      m.setLockAfter(profile.id, 45),
      m.markContentNoteSeen(profile.id, 'anger', ['violence']),
    ]);
    expect(await readProfileRecord(dir)).toMatchObject({
      name: 'Ana María',
      language: 'es',
      lockAfterMinutes: 45,
      contentNotesSeen: { crisis: ['suicide'], anger: ['violence'] },
      key: { kind: 'passcode' },
    });
    expect((await m.unlock(profile.id, 'a new passcode')).equals(key)).toBe(true);
  });
});

describe('removing a profile', () => {
  it('leaves nothing of it in the profiles folder', async () => {
    const m = manager();
    const ana = await m.create('Ana', null);
    const ben = await m.create('Ben', null);
    await writeFile(join(ana.dir, 'extra'), 'answers');
    await m.remove(ana.profile.id);
    expect(await readdir(profilesDir())).toEqual([ben.profile.id]);
    expect((await m.list()).map((p) => p.name)).toEqual(['Ben']);
  });
});

describe('unlocking', () => {
  it('opens a profile made without a secure store from its key file, even where the host now offers one', async () => {
    const made = await manager().create('Ana', null);
    const later = manager({ keyStore: systemStore() });
    expect((await later.unlock(made.profile.id, null)).equals(made.key)).toBe(true);
    const onSystem = await later.create('Ben', null);
    expect((await later.unlock(onSystem.profile.id, null)).equals(onSystem.key)).toBe(true);
  });

  it('says so in plain words when the secure store cannot give the key, and changes nothing', async () => {
    const made = await manager({ keyStore: systemStore() }).create('Ana', null);
    const before = await readProfileRecord(made.dir);
    await expect(manager({ keyStore: systemStore(false) }).unlock(made.profile.id, null)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/^The key that opens this profile could not be read/),
    });
    expect(await readProfileRecord(made.dir)).toEqual(before);
  });

  it('asks for the passcode of a profile that has one', async () => {
    const m = manager();
    const { profile } = await m.create('Ana', 'ana passcode');
    await expect(m.unlock(profile.id, null)).rejects.toMatchObject({
      code: 'forbidden',
      message: 'This profile needs its passcode.',
      details: { reason: 'passcode-required' },
    });
  });

  it('counts wrong passcodes on disk with their time, tells how long to wait, and forgets them after the right one', async () => {
    const m = manager();
    const { profile, key, dir } = await m.create('Ana', 'ana passcode');
    for (let i = 1; i <= 3; i += 1) {
      await expect(m.unlock(profile.id, 'not it')).rejects.toMatchObject({
        message: 'That passcode is not right. Please try again.',
        details: { reason: 'wrong-passcode', retryAfterMs: [0, 0, 0, 2_000][i] },
      });
    }
    expect(await readProfileRecord(dir)).toMatchObject({
      failedAttempts: 3,
      lastFailedAt: '2026-05-01T10:00:00.000Z',
    });
    now += 500;
    // A restart does not reset the count: a new manager reads it from the record.
    await expect(manager().unlock(profile.id, 'ana passcode')).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Too many tries. Please wait 2 seconds, then try again.',
      details: { reason: 'wait', retryAfterMs: 1_500 },
    });
    now += 1_500;
    expect((await m.unlock(profile.id, 'ana passcode')).equals(key)).toBe(true);
    expect(await readProfileRecord(dir)).toMatchObject({ failedAttempts: 0, lastFailedAt: null });
  });

  it('takes tries at one profile one at a time, so wrong passcodes sent together each count', async () => {
    const m = manager();
    const { profile, dir } = await m.create('Ana', 'ana passcode');
    const tries = await Promise.allSettled([1, 2, 3].map(() => m.unlock(profile.id, 'not it')));
    expect(tries.map((t) => t.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((await readProfileRecord(dir)).failedAttempts).toBe(3);
  });
});
