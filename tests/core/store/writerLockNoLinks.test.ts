import type * as fsPromises from 'node:fs/promises';
import { readdir, readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriterLock } from '../../../core/store/writerLock';
import { removeDir, tempDir } from './storeHelpers';

/**
 * The writer lock on a file system without hard links (FAT, some network
 * shares): the lock is created in place, exclusively, instead of linked.
 */
const linkRefusal = vi.hoisted(() => ({ code: 'EPERM' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    link: async () => {
      throw Object.assign(new Error(`link: ${linkRefusal.code}`), { code: linkRefusal.code });
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await tempDir('lock-no-links');
  linkRefusal.code = 'EPERM';
});
afterEach(() => removeDir(dir));

const lockPath = (): string => join(dir, '.lock');

describe('the writer lock where files cannot be hard-linked', () => {
  it.each(['EPERM', 'ENOTSUP', 'ENOSYS'])('is created in place when linking fails with %s', async (code) => {
    linkRefusal.code = code;
    const lock = new WriterLock(lockPath());
    expect(await lock.acquire()).toBe(true);
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({
      app: 'groundwork',
      host: hostname(),
      pid: process.pid,
    });
    if (process.platform !== 'win32') expect((await stat(lockPath())).mode & 0o777).toBe(0o600);
    // The file first written under its own name is gone.
    expect(await readdir(dir)).toEqual(['.lock']);
    // Held: another store here stays read-only, and the file is not touched.
    const before = await readFile(lockPath());
    expect(await new WriterLock(lockPath()).acquire()).toBe(false);
    expect((await readFile(lockPath())).equals(before)).toBe(true);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives any other failure to the caller, leaving nothing behind', async () => {
    linkRefusal.code = 'EIO';
    await expect(new WriterLock(lockPath()).acquire()).rejects.toMatchObject({ code: 'EIO' });
    expect(await readdir(dir)).toEqual([]);
  });
});
