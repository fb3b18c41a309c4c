import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileKeyStore } from '../../../core/profiles/keyStore';
import type * as boundedRead from '../../../core/store/boundedRead';
import { removeDir, tempDir } from '../store/storeHelpers';

/** Another process making the key file at the same moment: the first look finds no file, though one is there. */
const race = vi.hoisted(() => ({ unseenOnce: null as string | null }));
vi.mock('../../../core/store/boundedRead', async (original) => {
  const actual = await original<typeof boundedRead>();
  return {
    ...actual,
    readSmallFile: async (path: string, maxBytes: number): Promise<Buffer> => {
      if (path !== race.unseenOnce) return actual.readSmallFile(path, maxBytes);
      race.unseenOnce = null;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  };
});

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('file-keystore');
  race.unseenOnce = null;
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

  it('makes its folders on a first run, when not even the data folder exists yet', async () => {
    const store = new FileKeyStore(join(dataDir, 'not', 'yet'));
    expect(await store.unprotect(await store.protect(secret))).toEqual(secret);
    expect(await readFile(store.path)).toHaveLength(32);
  });

  it('waits for the key another process is still writing at the same moment, and uses that key', async () => {
    const store = new FileKeyStore(dataDir);
    await mkdir(join(dataDir, 'keys'));
    await writeFile(store.path, Buffer.alloc(0));
    race.unseenOnce = store.path;
    const theirs = Buffer.alloc(32, 7);
    setTimeout(() => void writeFile(store.path, theirs), 200);
    const sealed = await store.protect(secret);
    expect(await readFile(store.path)).toEqual(theirs);
    // Sealed with the other process's key: a store started later, reading that file, opens it.
    expect(await new FileKeyStore(dataDir).unprotect(sealed)).toEqual(secret);
  });

  it('gives up on a key file the other process never finished, calling it damaged and leaving it as it is', async () => {
    const store = new FileKeyStore(dataDir);
    await mkdir(join(dataDir, 'keys'));
    await writeFile(store.path, Buffer.alloc(5, 1));
    race.unseenOnce = store.path;
    const started = Date.now();
    await expect(store.protect(secret)).rejects.toThrow(`The device key file ${store.path} is damaged.`);
    // About a second of looking (20 times, 50 ms apart), then no longer.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await readFile(store.path)).toEqual(Buffer.alloc(5, 1));
  });
});
