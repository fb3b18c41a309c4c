import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKeyStore } from '../../../core/profiles/keyStore';
import { removeDir, tempDir } from '../store/storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('file-keystore');
});
afterEach(() => removeDir(dataDir));

const secret = Buffer.alloc(32, 9);

describe('FileKeyStore', () => {
  it('makes a 32-byte device key readable by its owner only, and opens what it sealed', async () => {
    const store = new FileKeyStore(dataDir);
    expect(store.kind).toBe('file');
    expect(store.path).toBe(join(dataDir, 'keys', 'device.key'));
    const sealed = await store.protect(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(await store.unprotect(sealed)).toEqual(secret);
    expect((await readFile(store.path)).length).toBe(32);
    expect((await stat(store.path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'keys'))).mode & 0o777).toBe(0o700);
  });

  it('keeps its key: a store started later opens what an earlier one sealed', async () => {
    const sealed = await new FileKeyStore(dataDir).protect(secret);
    const key = await readFile(join(dataDir, 'keys', 'device.key'));
    expect(await new FileKeyStore(dataDir).unprotect(sealed)).toEqual(secret);
    expect(await readFile(join(dataDir, 'keys', 'device.key'))).toEqual(key);
  });

  it('gives two stores starting at once the same key', async () => {
    const [a, b] = [new FileKeyStore(dataDir), new FileKeyStore(dataDir)];
    const [fromA, fromB] = await Promise.all([a.protect(secret), b.protect(secret)]);
    expect(await b.unprotect(fromA)).toEqual(secret);
    expect(await a.unprotect(fromB)).toEqual(secret);
  });

  it('refuses a damaged key file and leaves it as it was, then works once it is put right', async () => {
    await mkdir(join(dataDir, 'keys'));
    const path = join(dataDir, 'keys', 'device.key');
    for (const damaged of [Buffer.alloc(31, 1), Buffer.alloc(33, 1), Buffer.alloc(0)]) {
      await writeFile(path, damaged);
      const store = new FileKeyStore(dataDir);
      await expect(store.protect(secret)).rejects.toThrow('is damaged');
      expect(await readFile(path)).toEqual(damaged);
    }
    const store = new FileKeyStore(dataDir);
    await expect(store.protect(secret)).rejects.toThrow('is damaged');
    await writeFile(path, Buffer.alloc(32, 4));
    expect(await store.unprotect(await store.protect(secret))).toEqual(secret);
  });

  it('refuses a folder in the key file’s place without replacing it', async () => {
    await mkdir(join(dataDir, 'keys', 'device.key'), { recursive: true });
    await expect(new FileKeyStore(dataDir).protect(secret)).rejects.toThrow();
    expect((await stat(join(dataDir, 'keys', 'device.key'))).isDirectory()).toBe(true);
  });

  it('cannot open what another data folder’s key sealed', async () => {
    const other = await tempDir('file-keystore-other');
    try {
      const sealed = await new FileKeyStore(other).protect(secret);
      await expect(new FileKeyStore(dataDir).unprotect(sealed)).rejects.toThrow();
    } finally {
      await removeDir(other);
    }
  });
});
