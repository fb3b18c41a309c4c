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
    // Read one byte past the limit, in case the file grew after the stat.
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    for (;;) {
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
