import { execFileSync } from 'node:child_process';
import { type FileHandle, mkdir, open, readdir, readFile, readlink, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileKeyStore } from '../../../core/profiles/keyStore';
import { BoundedReadError, readSmallFile } from '../../../core/store/boundedRead';
import { newStore, removeDir, tempDir } from './storeHelpers';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('bounded-read');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeDir(dir);
});

const linux = process.platform === 'linux';

/** What every open file handle shares, so its methods can be watched. */
async function fileHandlePrototype(path: string): Promise<FileHandle> {
  const handle = await open(path, 'r');
  await handle.close();
  return Object.getPrototypeOf(handle) as FileHandle;
}

const fifo = (path: string): void => {
  execFileSync('mkfifo', [path]);
};

describe('reading a small file that should be there', () => {
  it('reads a regular file within its limit', async () => {
    await writeFile(join(dir, 'a'), 'hello');
    expect((await readSmallFile(join(dir, 'a'), 5)).toString()).toBe('hello');
  });

  it('refuses one larger than its kind ever is, without reading it all', async () => {
    await writeFile(join(dir, 'big'), Buffer.alloc(1024 * 1024));
    await expect(readSmallFile(join(dir, 'big'), 4096)).rejects.toMatchObject({ problem: 'too-large' });
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    fifo(join(dir, 'pipe'));
    await expect(readSmallFile(join(dir, 'pipe'), 4096)).rejects.toBeInstanceOf(BoundedReadError);
  });

  it.runIf(process.platform !== 'win32')(
    'a profile record or device key that is a FIFO is refused, and the app carries on',
    async () => {
      const store = newStore(dir);
      await store.prepare();
      await mkdir(join(dir, 'profiles', 'p-0000000001'));
      fifo(join(dir, 'profiles', 'p-0000000001', 'profile.json'));
      const { attention } = await store.profiles.scan();
      expect(attention).toEqual([expect.objectContaining({ id: 'p-0000000001', problem: 'damaged' })]);
      await store.close();

      const keys = join(dir, 'other', 'keys');
      await mkdir(keys, { recursive: true });
      fifo(join(keys, 'device.key'));
      await expect(new FileKeyStore(join(dir, 'other')).protect(Buffer.alloc(32))).rejects.toBeInstanceOf(
        BoundedReadError,
      );
    },
  );
});

describe('what a refused read says', () => {
  it('names the file and the problem, as a BoundedReadError', async () => {
    const path = join(dir, 'big');
    await writeFile(path, 'too long');
    const error = await readSmallFile(path, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoundedReadError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'BoundedReadError', problem: 'too-large', path });
    expect((error as Error).message).toBe(`${path}: too-large`);
  });

  it('refuses a folder as not a file', async () => {
    await expect(readSmallFile(dir, 4096)).rejects.toMatchObject({
      name: 'BoundedReadError',
      problem: 'not-a-file',
      path: dir,
      message: `${dir}: not-a-file`,
    });
  });

  it('refuses a file whose size is over the limit from its size alone, reading none of it', async () => {
    const path = join(dir, 'big');
    await writeFile(path, 'x'.repeat(100));
    const read = vi.spyOn(await fileHandlePrototype(path), 'read');
    await expect(readSmallFile(path, 99)).rejects.toMatchObject({ problem: 'too-large' });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('reading a file within its limit', () => {
  it('reads an empty file as no bytes', async () => {
    await writeFile(join(dir, 'empty'), '');
    expect((await readSmallFile(join(dir, 'empty'), 4096)).length).toBe(0);
  });

  it('reads a file exactly as large as its limit', async () => {
    await writeFile(join(dir, 'a'), 'hello');
    expect((await readSmallFile(join(dir, 'a'), 5)).toString()).toBe('hello');
    await expect(readSmallFile(join(dir, 'a'), 4)).rejects.toMatchObject({ problem: 'too-large' });
  });

  it('takes room for the file and one byte more, not for the whole limit', async () => {
    await writeFile(join(dir, 'a'), 'hello');
    const read = await readSmallFile(join(dir, 'a'), 1024 * 1024);
    expect(read.toString()).toBe('hello');
    // Buffer.alloc gives each buffer its own memory, so this is what the read took.
    expect(read.buffer.byteLength).toBe('hello'.length + 1);
  });
});

/**
 * A file that grew after its size was looked at: files in /proc give their size
 * as 0 and hold more, which is the same thing seen from the reader.
 */
describe.runIf(linux)('reading a file that holds more than its size said', () => {
  it('reads all of it, taking room step by step rather than the whole limit at once', async () => {
    const expected = await readFile('/proc/version');
    expect(expected.length).toBeGreaterThan(16);
    const read = await readSmallFile('/proc/version', 1024 * 1024);
    expect(read).toEqual(expected);
    expect(read.buffer.byteLength).toBeLessThanOrEqual(2 * expected.length);
  });

  it('reads all of it when it is exactly as large as the limit', async () => {
    const expected = await readFile('/proc/version');
    expect(await readSmallFile('/proc/version', expected.length)).toEqual(expected);
  });

  it('refuses it once it holds more than the limit', async () => {
    const length = (await readFile('/proc/version')).length;
    await expect(readSmallFile('/proc/version', length - 1)).rejects.toMatchObject({
      name: 'BoundedReadError',
      problem: 'too-large',
      message: '/proc/version: too-large',
    });
    await expect(readSmallFile('/proc/self/status', 100)).rejects.toMatchObject({ problem: 'too-large' });
  });
});

describe.runIf(linux)('leaving nothing open', () => {
  /** Which of `paths` this process has open, as /proc names its descriptors. */
  const openOf = async (paths: string[]): Promise<string[]> => {
    const held: string[] = [];
    for (const fd of await readdir('/proc/self/fd')) {
      const target = await readlink(`/proc/self/fd/${fd}`).catch(() => null);
      if (target !== null && paths.includes(target)) held.push(target);
    }
    return held;
  };

  it('closes the file after every read, whether it was read or refused', async () => {
    const real = await realpath(dir);
    const [small, big] = [join(real, 'small'), join(real, 'big')];
    await writeFile(small, 'hello');
    await writeFile(big, Buffer.alloc(8192));
    for (let i = 0; i < 5; i++) {
      await readSmallFile(small, 4096);
      await expect(readSmallFile(big, 4096)).rejects.toMatchObject({ problem: 'too-large' });
      await expect(readSmallFile(real, 4096)).rejects.toMatchObject({ problem: 'not-a-file' });
    }
    expect(await openOf([small, big, real])).toEqual([]);
  });
});
