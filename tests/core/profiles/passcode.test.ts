import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../../core/store/envelope';
import {
  deriveKey,
  lockoutMs,
  strongKdf,
  unwrapWithPasscode,
  wrapWithPasscode,
  type PasscodeWrap,
} from '../../../core/profiles/passcode';
import { testKdf } from '../store/storeHelpers';
import { storedFixture } from '../store/storedFixtures';

/**
 * Passcodes as a person meets them: the right one opens, a wrong one does not,
 * the same passcode typed another way opens too, and wrong tries slow down
 * (issue 17: mutants the profile tests left alive).
 */
describe('a data key wrapped by a passcode', () => {
  it('opens with the passcode and with nothing else', async () => {
    const key = newDataKey();
    const wrap = await wrapWithPasscode(key, 'blue kettle', testKdf);
    expect(wrap).toMatchObject({ kind: 'passcode', kdf: testKdf });
    expect(Buffer.from(wrap.salt, 'base64')).toHaveLength(16);
    expect((await unwrapWithPasscode(wrap, 'blue kettle'))?.equals(key)).toBe(true);
    expect(await unwrapWithPasscode(wrap, 'blue kettlE')).toBeNull();
    expect(await unwrapWithPasscode(wrap, '')).toBeNull();
  });

  it('gets a fresh salt each time, so one passcode never wraps two keys alike', async () => {
    const key = newDataKey();
    const [a, b] = await Promise.all([wrapWithPasscode(key, 'same', testKdf), wrapWithPasscode(key, 'same', testKdf)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.wrapped).not.toBe(b.wrapped);
  });

  it('opens with the same passcode typed with composed or combining accents', async () => {
    const key = newDataKey();
    const wrap = await wrapWithPasscode(key, 'caf\u00e9 au lait', testKdf);
    expect((await unwrapWithPasscode(wrap, 'cafe\u0301 au lait'))?.equals(key)).toBe(true);
  });

  it('throws, rather than calling it a wrong passcode, when the wrapped key is damaged', async () => {
    const wrap = await wrapWithPasscode(newDataKey(), 'p', testKdf);
    const cut = { ...wrap, wrapped: Buffer.from(wrap.wrapped, 'base64').subarray(0, 20).toString('base64') };
    await expect(unwrapWithPasscode(cut, 'p')).rejects.toMatchObject({ problem: 'truncated' });
  });

  it('derives a 32-byte key that depends on the passcode and the salt', async () => {
    const salt = Buffer.alloc(16, 1);
    const a = await deriveKey('one', salt, testKdf);
    expect(a).toHaveLength(32);
    expect(a.equals(await deriveKey('one', salt, testKdf))).toBe(true);
    expect(a.equals(await deriveKey('two', salt, testKdf))).toBe(false);
    expect(a.equals(await deriveKey('one', Buffer.alloc(16, 2), testKdf))).toBe(false);
  });
});

describe('keys made by an earlier Groundwork or on another computer', () => {
  it('opens a key wrapped by an earlier Groundwork (a committed profile record) with its passcode, and only with it', async () => {
    for (const name of ['v2', 'v4']) {
      const fixture = await storedFixture(name);
      const path = join(fixture.dir, 'data', 'profiles', fixture.profileId, 'profile.json');
      const { key } = JSON.parse(await readFile(path, 'utf8')) as { key: PasscodeWrap };
      expect(await unwrapWithPasscode(key, fixture.passcode), name).toHaveLength(32);
      expect(await unwrapWithPasscode(key, `${fixture.passcode}!`), name).toBeNull();
    }
  });

  it('derives what scrypt’s published test vector says (RFC 7914), so the same passcode gives the same key anywhere', async () => {
    const key = await deriveKey('', Buffer.alloc(0), { N: 16, r: 1, p: 1 });
    expect(key.toString('hex')).toBe('77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442');
  });

  it('derives a key at the smallest cost it accepts and at the cost Groundwork writes', async () => {
    const salt = Buffer.alloc(16, 3);
    expect(await deriveKey('p', salt, { N: 2, r: 1, p: 1 })).toHaveLength(32);
    expect(await deriveKey('p', salt, strongKdf)).toHaveLength(32);
  });
});

describe('waiting after wrong passcodes', () => {
  it('lets two slips pass, then waits 2 s, doubling up to five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(lockoutMs)).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(lockoutMs(10)).toBe(256_000);
    expect(lockoutMs(11)).toBe(300_000);
    expect(lockoutMs(50)).toBe(300_000);
  });
});
