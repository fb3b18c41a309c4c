import type { FileHandle } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRegularFile } from '../../../core/security/readRegularFile';
import { readSmallFile } from '../../../core/store/boundedRead';

/**
 * Both readers size their buffers by the file's size as the open file reports it.
 * A file that grew after that look (another program still writing it) must still be
 * read whole within the limit, and refused past it: `grown` makes the open file
 * report fewer bytes than it holds.
 */
const grown = vi.hoisted(() => ({ by: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
      const handle = await real.open(...args);
      if (grown.by === 0) return handle;
      const stat = handle.stat.bind(handle);
      // The same Stats object (isFile, dev, ino) with an older, smaller size.
      handle.stat = (async () => {
        const info = await stat();
        info.size = Math.max(0, info.size - grown.by);
        return info;
      }) as FileHandle['stat'];
      return handle;
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-read-sizes-'));
  grown.by = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Bytes that differ from place to place, so a chunk copied to the wrong offset shows. */
const bytes = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + 3) % 251));

const readers = {
  readRegularFile: (path: string, maxBytes: number) => readRegularFile(path, { maxBytes }),
  readSmallFile: (path: string, maxBytes: number) => readSmallFile(path, maxBytes),
};

describe.each(Object.entries(readers))('%s', (_name, read) => {
  it.each([0, 1, 2, 100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200_001])(
    'reads a file of %i bytes exactly',
    async (size) => {
      const file = join(dir, 'f');
      const content = bytes(size);
      await writeFile(file, content);
      expect((await read(file, 300_000)).equals(content)).toBe(true);
    },
  );

  it('reads a file at exactly its limit', async () => {
    const file = join(dir, 'f');
    await writeFile(file, bytes(4096));
    expect((await read(file, 4096)).length).toBe(4096);
  });

  it.each([1, 10, 70_000])('reads the whole of a file that grew by %i bytes after its size was read', async (by) => {
    const file = join(dir, 'f');
    const content = bytes(80_000);
    await writeFile(file, content);
    grown.by = by;
    expect((await read(file, 100_000)).equals(content)).toBe(true);
  });

  it('refuses a file that grew past the limit after its size was read', async () => {
    const file = join(dir, 'f');
    await writeFile(file, bytes(5000));
    grown.by = 2000;
    await expect(read(file, 4096)).rejects.toThrow();
  });
});
