import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PROFILE_RECORD_VERSION,
  readProfileRecord,
  writeProfileRecord,
  type ProfileRecord,
} from '../../../core/profiles/profileRecord';
import { removeDir, tempDir } from '../store/storeHelpers';
import { storedFixture } from '../store/storedFixtures';

let work: string;
let dir: string;
beforeEach(async () => {
  work = await tempDir('profile-record');
  dir = join(work, 'ana-1');
  await mkdir(dir);
});
afterEach(async () => removeDir(work));

const record = (changes: Record<string, unknown> = {}): ProfileRecord =>
  ({
    schemaVersion: PROFILE_RECORD_VERSION,
    id: 'ana-1',
    name: 'Ana',
    createdAt: '2026-01-02T03:04:05.000Z',
    lockAfterMinutes: 10,
    key: { kind: 'passcode', salt: 'c2FsdHNhbHRzYWx0c2FsdA==', kdf: { N: 1024, r: 8, p: 1 }, wrapped: 'd3JhcHBlZA==' },
    failedAttempts: 0,
    lastFailedAt: null,
    ...changes,
  }) as ProfileRecord;

const put = (name: string, value: unknown): Promise<void> =>
  writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
const problem = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'read',
    (error: { problem?: string; recordName?: string | null }) => ({ problem: error.problem, name: error.recordName }),
  );

describe('readProfileRecord', () => {
  it('reads a whole record', async () => {
    await put('profile.json', record());
    expect(await readProfileRecord(dir)).toEqual(record());
  });

  it('falls back to the second copy when the first is damaged, missing or not JSON', async () => {
    await put('profile.json.bak', record({ name: 'Ana from the copy' }));
    expect((await readProfileRecord(dir)).name).toBe('Ana from the copy');
    await put('profile.json', '{"schemaVersion": 2, "id": "ana-1"');
    expect((await readProfileRecord(dir)).name).toBe('Ana from the copy');
    await put('profile.json', record({ failedAttempts: -1 }));
    expect((await readProfileRecord(dir)).name).toBe('Ana from the copy');
  });

  it('says missing when neither copy is there, and damaged when one was there but unreadable', async () => {
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'missing', name: null });
    await put('profile.json.bak', 'not json');
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'damaged', name: null });
  });

  it('treats a folder where the record should be as damaged, never waiting on it', async () => {
    await mkdir(join(dir, 'profile.json'));
    await mkdir(join(dir, 'profile.json.bak'));
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'damaged', name: null });
  });

  it('refuses a record from a newer version even when the second copy is older, naming the profile', async () => {
    await put('profile.json', record({ schemaVersion: PROFILE_RECORD_VERSION + 1, name: 'Ana' }));
    await put('profile.json.bak', record());
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'newer-version', name: 'Ana' });
  });

  it('names the profile from whichever copy gives a name, when neither can be used', async () => {
    await put('profile.json', 'not json');
    await put('profile.json.bak', { ...record({ name: 'Ana' }), lockAfterMinutes: 0 });
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'damaged', name: 'Ana' });
  });

  it('finds a record whose version is not a number damaged, not newer', async () => {
    await put('profile.json', record({ schemaVersion: String(PROFILE_RECORD_VERSION + 1) }));
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'damaged', name: 'Ana' });
  });

  it('refuses a record naming another profile, and reports that over a damaged or missing copy', async () => {
    await put('profile.json', record({ id: 'ben-2', name: 'Ben' }));
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'wrong-folder', name: 'Ben' });
    await put('profile.json.bak', '[]');
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'wrong-folder', name: 'Ben' });
  });

  it('names a damaged profile only when its name is plausible', async () => {
    const damagedWith = async (name: unknown): Promise<unknown> => {
      await put('profile.json', { ...record({ name }), lockAfterMinutes: 0 });
      return ((await problem(readProfileRecord(dir))) as { name: unknown }).name;
    };
    expect(await damagedWith('x'.repeat(40))).toBe('x'.repeat(40));
    expect(await damagedWith('x'.repeat(41))).toBeNull();
    expect(await damagedWith('Ana\u0007')).toBeNull();
    expect(await damagedWith('Ana\u200e')).toBeNull();
    expect(await damagedWith('')).toBeNull();
    expect(await damagedWith(7)).toBeNull();
    await put('profile.json', 'null');
    expect(await problem(readProfileRecord(dir))).toEqual({ problem: 'damaged', name: null });
  });

  it.each([
    ['a lock time of 0 minutes', { lockAfterMinutes: 0 }],
    ['a lock time over 4 hours', { lockAfterMinutes: 241 }],
    ['a fractional lock time', { lockAfterMinutes: 1.5 }],
    ['negative failed attempts', { failedAttempts: -1 }],
    ['a salt longer than Groundwork writes', { key: { ...record().key, salt: 'x'.repeat(65) } }],
    ['an scrypt cost beyond what Groundwork writes', { key: { ...record().key, kdf: { N: 2 ** 18, r: 8, p: 1 } } }],
    ['an scrypt cost of N = 1', { key: { ...record().key, kdf: { N: 1, r: 8, p: 1 } } }],
    ['r = 0', { key: { ...record().key, kdf: { N: 1024, r: 0, p: 1 } } }],
    ['p = 0', { key: { ...record().key, kdf: { N: 1024, r: 8, p: 0 } } }],
    ['an unknown key kind', { key: { kind: 'cloud', wrapped: 'x' } }],
    ['an older version no step reads', { schemaVersion: 1 }],
  ])('finds a record with %s damaged', async (_, changes) => {
    await put('profile.json', record(changes));
    expect(await problem(readProfileRecord(dir))).toMatchObject({ problem: 'damaged' });
  });

  it('accepts the limits themselves: 1 and 240 minutes, a 64-character salt, the app’s own scrypt cost', async () => {
    for (const changes of [
      { lockAfterMinutes: 1 },
      { lockAfterMinutes: 240 },
      { key: { ...record().key, salt: 'x'.repeat(64), kdf: { N: 2 ** 17, r: 8, p: 1 } } },
      { key: { kind: 'os', wrapped: 'x' } },
      { key: { kind: 'file', wrapped: 'x' } },
      { failedAttempts: 3, lastFailedAt: '2026-01-02T03:04:05.000Z' },
    ]) {
      await put('profile.json', record(changes));
      expect(await readProfileRecord(dir)).toEqual(record(changes));
    }
  });
});

describe('writeProfileRecord', () => {
  it('writes both copies, equal, and keeps no older copy of a current record', async () => {
    await put('profile.json', record({ name: 'Before' }));
    await writeProfileRecord(dir, record());
    const first = await readFile(join(dir, 'profile.json'), 'utf8');
    expect(JSON.parse(first)).toEqual(record());
    expect(await readFile(join(dir, 'profile.json.bak'), 'utf8')).toBe(first);
    expect((await readdir(dir)).sort()).toEqual(['profile.json', 'profile.json.bak']);
  });

  it('keeps the bytes of an older-version record once, before replacing it', async () => {
    const older = JSON.stringify({ schemaVersion: 1, id: 'ana-1', name: 'Ana' });
    await put('profile.json', older);
    await writeProfileRecord(dir, record());
    expect(await readFile(join(dir, 'profile.json.v1'), 'utf8')).toBe(older);
    await put('profile.json', JSON.stringify({ schemaVersion: 1, id: 'ana-1', name: 'Later' }));
    await writeProfileRecord(dir, record());
    expect(await readFile(join(dir, 'profile.json.v1'), 'utf8')).toBe(older);
  });

  it('keeps nothing when the old record is unreadable or names no version', async () => {
    for (const old of ['not json', '{"name":"Ana"}', '{"schemaVersion":-1}']) {
      await put('profile.json', old);
      await writeProfileRecord(dir, record());
      expect((await readdir(dir)).sort()).toEqual(['profile.json', 'profile.json.bak']);
    }
  });
});

describe('a record written by an earlier Groundwork', () => {
  it.each([
    ['v3', 2],
    ['v4', 3],
  ])(
    '(fixture %s, record version %i) reads at today’s version, and its bytes are kept when it is next written',
    async (name, version) => {
      const fixture = await storedFixture(name);
      const from = join(fixture.dir, 'data', 'profiles', fixture.profileId, 'profile.json');
      const older = await readFile(from, 'utf8');
      const folder = join(work, fixture.profileId);
      await mkdir(folder);
      await writeFile(join(folder, 'profile.json'), older);
      const read = await readProfileRecord(folder);
      expect(read).toMatchObject({ schemaVersion: PROFILE_RECORD_VERSION, id: fixture.profileId, name: 'Fixture' });
      expect(read.key.kind).toBe('passcode');
      expect(read).not.toHaveProperty('language');
      expect(read).not.toHaveProperty('contentNotesSeen');
      // Reading never writes: the upgrade is kept in memory until the record is next written.
      expect(await readFile(join(folder, 'profile.json'), 'utf8')).toBe(older);
      await writeProfileRecord(folder, { ...read, name: 'Renamed' });
      expect(await readFile(join(folder, `profile.json.v${version}`), 'utf8')).toBe(older);
      expect(await readProfileRecord(folder)).toEqual({ ...read, name: 'Renamed' });
    },
  );
});
