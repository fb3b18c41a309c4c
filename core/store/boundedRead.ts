import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a small file was not read: it is not a regular file, or it is larger than its kind ever is. */
export class BoundedReadError extends Error {
  constructor(
    readonly problem: 'not-a-file' | 'too-large',
    readonly path: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'BoundedReadError';
  }
}

/**
 * Reads a file that is always small (a profile record, a lock file) without
 * trusting it: only a regular file, and at most `maxBytes`. A FIFO or device put
 * in its place would otherwise block the read forever or stream without end.
 * Errors from opening (ENOENT and the like) are thrown as they are.
 */
export async function readSmallFile(path: string, maxBytes: number): Promise<Buffer> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. Windows has neither.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new BoundedReadError('not-a-file', path);
    if (info.size > maxBytes) throw new BoundedReadError('too-large', path);
    // Room for the file and one byte more, growing up to one byte past the limit, in case the file grew
    // after the stat (a buffer of the whole limit for every read was most of the cost of reading a record).
    let buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) throw new BoundedReadError('too-large', path);
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
