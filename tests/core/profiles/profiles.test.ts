import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockoutMs } from '../../../core/profiles/passcode';
import { allFiles, byId, exercises, newStore, removeDir, tempDir } from '../store/storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('profiles');
});
afterEach(() => removeDir(dataDir));

const SECRETS = ['I drank again on Friday', 'my sponsor Dana', 'Cravings after payday'];

describe('profiles with a passcode', () => {
  it('keeps none of the answers in plain text anywhere in the data folder', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const { profile, key } = await store.profiles.create('Ana', 'correct horse');
    await store.adopt(profile.id, key);
    await store.save(profile.id, 'lesson-a', byId('note'), SECRETS[0]);
    await store.save(profile.id, 'lesson-a', byId('story'), `${SECRETS[1]}\n${SECRETS[2]}`);
    await store.save(profile.id, 'lesson-a', byId('note'), `${SECRETS[0]}!`, true);
    await store.close();
    const files = await allFiles(dataDir);
    expect(files.some((f) => f.includes('history'))).toBe(true);
    expect(files.some((f) => f.includes('backups'))).toBe(true);
    for (const file of files) {
      const bytes = await readFile(join(dataDir, file));
      for (const secret of SECRETS) {
        for (const form of [secret, secret.toLowerCase(), Buffer.from(secret, 'utf16le').toString('latin1')]) {
          expect(
            bytes.includes(Buffer.from(form, form === secret ? 'utf8' : 'latin1')),
            `${file} holds "${secret}"`,
          ).toBe(false);
        }
      }
    }
  });

  it('opens nothing with a wrong passcode, and delays after repeated wrong tries', async () => {
    let now = Date.parse('2026-05-01T10:00:00Z');
    const store = newStore(dataDir);
    await store.prepare();
    const { profile, key } = await store.profiles.create('Ben', 'right code');
    await store.adopt(profile.id, key);
    await store.save(profile.id, 'lesson-a', byId('note'), 'private');
    await store.close();

    const again = newStore(dataDir);
    (again.profiles as unknown as { now: () => number }).now = () => now;
    await expect(again.load(profile.id, 'lesson-a', exercises)).rejects.toMatchObject({
      code: 'forbidden',
      details: { reason: 'locked' },
    });
    for (let i = 1; i <= 3; i += 1) {
      await expect(again.unlock(profile.id, 'wrong code')).rejects.toMatchObject({
        code: 'forbidden',
        details: { reason: 'wrong-passcode', retryAfterMs: lockoutMs(i) },
      });
      expect(again.isUnlocked(profile.id)).toBe(false);
    }
    // After three wrong tries, even the right passcode must wait.
    await expect(again.unlock(profile.id, 'right code')).rejects.toMatchObject({ details: { reason: 'wait' } });
    now += lockoutMs(3) + 1;
    await again.unlock(profile.id, 'right code');
    expect((await again.load(profile.id, 'lesson-a', exercises)).answers.note?.value).toBe('private');
    expect((await again.profiles.record(profile.id)).failedAttempts).toBe(0);
    await again.close();
  });

  it('changes and removes a passcode without re-encrypting, and renames and deletes profiles', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const { profile, key } = await store.profiles.create('Cy', 'first code');
    await store.adopt(profile.id, key);
    await store.save(profile.id, 'lesson-a', byId('note'), 'kept');
    await store.profiles.setPasscode(profile.id, key, 'second code');
    await store.lock(profile.id);
    await expect(store.unlock(profile.id, 'first code')).rejects.toMatchObject({ code: 'forbidden' });
    await store.unlock(profile.id, 'second code');
    expect((await store.load(profile.id, 'lesson-a', exercises)).answers.note?.value).toBe('kept');
    await store.profiles.rename(profile.id, 'Cyrus');
    expect((await store.profiles.list()).map((p) => p.name)).toEqual(['Me', 'Cyrus']);
    await store.lock(profile.id);
    await store.profiles.remove(profile.id);
    expect((await store.profiles.list()).map((p) => p.name)).toEqual(['Me']);
    expect((await readdir(join(dataDir, 'profiles'))).filter((n) => !n.startsWith('default'))).toEqual([]);
    await store.close();
  });

  it('lets only one writer at a time use a profile; a second store can read but not write', async () => {
    const first = newStore(dataDir);
    await first.save('default', 'lesson-a', byId('note'), 'from the first');
    const second = newStore(dataDir);
    expect((await second.load('default', 'lesson-a', exercises)).answers.note?.value).toBe('from the first');
    await expect(second.save('default', 'lesson-a', byId('note'), 'from the second')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/open in another Groundwork window/),
    });
    await first.close();
    await second.close();
    // Once the first has let go, a new store writes normally.
    const third = newStore(dataDir);
    await third.save('default', 'lesson-a', byId('note'), 'from the third');
    await third.close();
  });
});

describe('migration from the one-file layout (schema 1)', () => {
  const legacy = {
    schemaVersion: 1,
    profile: { id: 'default', name: 'Me', createdAt: '2026-01-01T00:00:00.000Z' },
    answers: {
      'lesson-a': { note: { type: 'short-text', value: 'old answer', updatedAt: '2026-01-02T00:00:00.000Z' } },
    },
    setAside: [
      { lessonId: 'lesson-a', exerciseId: 'gone', reason: 'removed', raw: 'kept', at: '2026-01-03T00:00:00Z' },
    ],
  };

  it('backs up, migrates to encrypted per-lesson files, and removes the plain-text file', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    await writeFile(join(dataDir, 'profiles', 'default.json'), JSON.stringify(legacy));
    const store = newStore(dataDir);
    const loaded = await store.load('default', 'lesson-a', exercises);
    expect(loaded.answers.note?.value).toBe('old answer');
    expect(loaded.setAside).toEqual([expect.objectContaining({ exerciseId: 'gone', raw: 'kept' })]);
    expect(store.notices.map((n) => n.kind)).toContain('migrated');
    const files = await allFiles(join(dataDir, 'profiles'));
    expect(files).not.toContain('default.json');
    expect(files.some((f) => f.startsWith(join('default', 'backups', 'legacy', 'profile-v1-')))).toBe(true);
    for (const f of files) expect((await readFile(join(dataDir, 'profiles', f))).includes('old answer')).toBe(false);
    await store.close();
  });

  it('refuses a file from a newer version and leaves it exactly as it was', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const newer = JSON.stringify({ ...legacy, schemaVersion: 99 });
    await writeFile(join(dataDir, 'profiles', 'ana.json'), newer);
    const store = newStore(dataDir);
    await store.prepare();
    expect(await readFile(join(dataDir, 'profiles', 'ana.json'), 'utf8')).toBe(newer);
    expect(store.notices.find((n) => n.kind === 'read-only')?.message).toMatch(/newer version/);
    await store.close();
  });
});
