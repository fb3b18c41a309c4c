import type { safeStorage as SafeStorage } from 'electron';
import { FileKeyStore, type KeyStore } from '../core/profiles/keyStore';

/**
 * Keeps profile keys in the operating system's secure store through Electron's
 * safeStorage (Keychain on macOS, DPAPI on Windows, libsecret or kwallet on
 * Linux). safeStorage works on strings, so the key crosses as base64.
 */
export class SafeStorageKeyStore implements KeyStore {
  readonly kind = 'os' as const;

  constructor(private readonly safeStorage: typeof SafeStorage) {}

  async protect(secret: Buffer): Promise<Buffer> {
    return this.safeStorage.encryptString(secret.toString('base64'));
  }

  async unprotect(sealed: Buffer): Promise<Buffer> {
    return Buffer.from(this.safeStorage.decryptString(sealed), 'base64');
  }
}

/**
 * The secure store when the system has one; otherwise the key file in the data
 * folder (the app then tells the person). On Linux with no keyring Electron
 * reports the 'basic_text' backend, which is only obfuscation, so it counts as none.
 * Call after the app is ready.
 */
export function createKeyStore(safeStorage: typeof SafeStorage, dataDir: string): KeyStore {
  const available = safeStorage.isEncryptionAvailable();
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return available && !weak ? new SafeStorageKeyStore(safeStorage) : new FileKeyStore(dataDir);
}
