import type { safeStorage as SafeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKeyStore } from '../../core/profiles/keyStore';
import { createKeyStore, SafeStorageKeyStore } from '../../electron/keyStore';
import { removeDir, tempDir } from '../core/store/storeHelpers';

/** A stand-in for safeStorage that "encrypts" by reversing and tagging, enough to prove the round trip. */
function fakeSafeStorage(available: boolean, backend: string): typeof SafeStorage {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed: Buffer) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
  } as unknown as typeof SafeStorage;
}

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('keystore');
});
afterEach(() => removeDir(dataDir));

describe('electron key store', () => {
  it('uses safeStorage when the system has a secure store, and round-trips a key', async () => {
    const store = createKeyStore(fakeSafeStorage(true, 'gnome_libsecret'), dataDir);
    expect(store).toBeInstanceOf(SafeStorageKeyStore);
    expect(store.kind).toBe('os');
    const key = Buffer.alloc(32, 7);
    const sealed = await store.protect(key);
    expect(sealed.includes(key)).toBe(false);
    expect((await store.unprotect(sealed)).equals(key)).toBe(true);
  });

  it.each([
    ['no encryption at all', false, 'unknown'],
    ['Linux with only the basic_text backend', true, 'basic_text'],
  ])('falls back to the key file with %s', async (_name, available, backend) => {
    const original = process.platform;
    Object.defineProperty(process, 'platform', { value: 'linux' });
    try {
      const store = createKeyStore(fakeSafeStorage(available, backend), dataDir);
      expect(store).toBeInstanceOf(FileKeyStore);
      expect(store.kind).toBe('file');
      const key = Buffer.alloc(32, 9);
      expect((await store.unprotect(await store.protect(key))).equals(key)).toBe(true);
    } finally {
      Object.defineProperty(process, 'platform', { value: original });
    }
  });
});
