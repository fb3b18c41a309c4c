import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveKey, KdfLimitError, kdfWithinLimits, strongKdf } from '../../../core/profiles/passcode';
import { BACKUP_BUNDLE_VERSION, openBundle, sealBundle } from '../../../core/profiles/portable';
import { fileHashes, newStore, removeDir, tempDir, testKdf } from '../store/storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('kdf-limits');
});
afterEach(() => removeDir(dataDir));

/** Resolves with how long `task` took to settle, in milliseconds, and how it settled. */
async function timed(task: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const start = performance.now();
  let error: unknown = null;
  await task().catch((e: unknown) => (error = e));
  return { ms: performance.now() - start, error };
}

describe('scrypt costs read from files', () => {
  it('are bounded by what Groundwork itself writes', () => {
    expect(kdfWithinLimits(strongKdf)).toBe(true);
    expect(kdfWithinLimits(testKdf)).toBe(true);
    // The smallest cost scrypt takes; N = 1 (also a power of two) makes scrypt fail instead.
    expect(kdfWithinLimits({ N: 2, r: 1, p: 1 })).toBe(true);
    for (const params of [
      { N: 2 ** 18, r: 8, p: 1 },
      { N: 2 ** 17, r: 16, p: 1 },
      { N: 2 ** 17, r: 8, p: 2 },
      { N: 3000, r: 8, p: 1 },
      { N: 2 ** 10, r: 0, p: 1 },
      { N: 2 ** 10, r: 8.5, p: 1 },
      { N: 1, r: 8, p: 1 },
      { N: 0, r: 8, p: 1 },
    ]) {
      expect(kdfWithinLimits(params), JSON.stringify(params)).toBe(false);
    }
  });

  it('beyond the bound are refused before any work is done', async () => {
    const { ms, error } = await timed(() => deriveKey('a passcode', randomBytes(16), { N: 2 ** 20, r: 8, p: 1 }));
    expect(error).toBeInstanceOf(KdfLimitError);
    // What the log shows: the kind of refusal and the cost that was asked for.
    expect(String(error)).toBe('KdfLimitError: scrypt cost N=1048576 r=8 p=1 is beyond what Groundwork writes');
    expect(ms).toBeLessThan(200);
  });

  it.each([
    ['N = 2^20 (5.7 s of work)', 2 ** 20, 8, 1],
    ['r = 16 (twice the memory)', 2 ** 17, 16, 1],
    ['p = 4 (four times the work)', 2 ** 17, 8, 4],
  ])('a backup file that asks for %s is refused at once, with a clear message', async (_name, N, r, p) => {
    const bundle = {
      format: 'groundwork-backup' as const,
      schemaVersion: BACKUP_BUNDLE_VERSION as typeof BACKUP_BUNDLE_VERSION,
      exportedAt: new Date().toISOString(),
      profile: { name: 'Ana', createdAt: new Date().toISOString(), lockAfterMinutes: 10 },
      lessons: [],
      history: [],
      checkIns: [],
      selfChecks: [],
      activity: null,
      shares: null,
    };
    const bytes = await sealBundle(bundle, 'backup passcode', testKdf);
    expect((await openBundle(bytes, 'backup passcode')).profile.name).toBe('Ana');
    bytes.writeUInt32BE(N, 20);
    bytes.writeUInt32BE(r, 24);
    bytes.writeUInt32BE(p, 28);
    const { ms, error } = await timed(() => openBundle(bytes, 'backup passcode'));
    expect(error).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/memory or time/) });
    expect(ms).toBeLessThan(200);
  });

  it('a profile record that asks for too much is listed as needing attention, and unlocking it does no work and writes nothing', async () => {
    const store = newStore(dataDir);
    await store.prepare();
    const { profile } = await store.profiles.create('Ana', 'river stone 42');
    await store.close();
    const dir = join(dataDir, 'profiles', profile.id);
    for (const name of ['profile.json', 'profile.json.bak']) {
      const record = JSON.parse(await readFile(join(dir, name), 'utf8')) as { key: { kdf: { N: number } } };
      record.key.kdf.N = 2 ** 20;
      await writeFile(join(dir, name), JSON.stringify(record));
    }
    const before = await fileHashes(dir);

    const again = newStore(dataDir);
    const { attention } = await again.profiles.scan();
    expect(attention).toEqual([expect.objectContaining({ id: profile.id, problem: 'damaged' })]);
    const { ms, error } = await timed(() => again.unlock(profile.id, 'river stone 42'));
    expect(error).toMatchObject({ code: 'forbidden', details: { reason: 'needs-attention' } });
    expect(ms).toBeLessThan(500);
    await again.close();
    expect(await fileHashes(dir)).toEqual(before);
  });
});
