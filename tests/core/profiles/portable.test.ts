import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deriveKey } from '../../../core/profiles/passcode';
import { BACKUP_BUNDLE_VERSION, openBundle, sealBundle } from '../../../core/profiles/portable';
import { seal } from '../../../core/store/envelope';
import { testKdf } from '../store/storeHelpers';

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
    const wrong = { code: 'forbidden', details: { reason: 'wrong-passcode' } };
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
