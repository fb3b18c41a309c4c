import { randomBytes } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { readSmallFile } from '../store/boundedRead';
import { syncDirectory } from '../store/durableFile';
import { seal, unseal } from '../store/envelope';

/**
 * Where a profile's data key is kept when the profile has no passcode. In the
 * Electron app this is the operating system's secure store (Keychain, DPAPI,
 * libsecret) through safeStorage; see electron/keyStore.ts.
 */
export interface KeyStore {
  /** 'os' for the system's secure store; 'file' for a key file in the data folder. */
  readonly kind: 'os' | 'file';
  /** Encrypts a secret so only this store can open it again. */
  protect(secret: Buffer): Promise<Buffer>;
  /** Opens what `protect` made; throws when it cannot. */
  unprotect(sealed: Buffer): Promise<Buffer>;
}

const LABEL = 'groundwork:wrapped-data-key';

/**
 * The fallback when the system offers no secure store (the browser host, or Linux
 * with no keyring): a random device key in `<dataDir>/keys/device.key`. Data is
 * still encrypted and authenticated, but anyone who can read the data folder can
 * read the key, so the app says so plainly and suggests a passcode.
 */
export class FileKeyStore implements KeyStore {
  readonly kind = 'file' as const;
  private key: Promise<Buffer> | null = null;

  constructor(readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, 'keys', 'device.key');
  }

  private deviceKey(): Promise<Buffer> {
    this.key ??= this.loadOrCreate();
    this.key.catch(() => (this.key = null));
    return this.key;
  }

  private async loadOrCreate(): Promise<Buffer> {
    try {
      // Only a small regular file: a FIFO or a huge file in its place must not hang or flood the app.
      const existing = await readSmallFile(this.path, 1024);
      if (existing.length === 32) return existing;
      throw new Error(`The device key file ${this.path} is damaged.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await mkdir(join(this.dataDir, 'keys'), { recursive: true, mode: 0o700 });
    const fresh = randomBytes(32);
    try {
      // wx: two processes starting at once must not each make a different key.
      const handle = await open(this.path, 'wx', 0o600);
      await handle.writeFile(fresh);
      await handle.sync();
      await handle.close();
      await syncDirectory(join(this.dataDir, 'keys'));
      return fresh;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return this.readOthers();
      throw error;
    }
  }

  /** The key another process made at the same moment, once it has finished writing it. */
  private async readOthers(): Promise<Buffer> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const key = await readSmallFile(this.path, 1024);
      if (key.length === 32) return key;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The device key file ${this.path} is damaged.`);
  }

  async protect(secret: Buffer): Promise<Buffer> {
    return seal(await this.deviceKey(), 1, LABEL, secret);
  }

  async unprotect(sealed: Buffer): Promise<Buffer> {
    return unseal(await this.deviceKey(), LABEL, sealed, 1);
  }
}
