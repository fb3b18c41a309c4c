import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { createI18n } from '../../common/i18n/createI18n';

const { t } = createI18n();

/**
 * Reads a file that someone other than the app may have placed (a clinic's
 * configuration, its logo, its lessons) as if it were hostile: only a regular
 * file, never a FIFO, device or socket (a FIFO would hang the read for ever);
 * only inside the folder it belongs to, after following links; never more than
 * `maxBytes`; and never longer than `timeoutMs` (a stuck network drive).
 */

/** Why a file was not read. `absent` is normal for optional files; the rest are the file's fault. */
export type ReadRefusal = 'absent' | 'not-regular' | 'outside' | 'too-large' | 'timeout' | 'unreadable';

/** "512 KB", "2 MB": a size limit as people read it. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * A refused read: the reason a caller can act on, the system's error code when
 * there was one, and a message in plain words ("it is larger than 512 KB").
 */
export class FileRefused extends Error {
  constructor(
    readonly reason: ReadRefusal,
    readonly path: string,
    readonly code?: string,
    limits?: ReadLimits,
  ) {
    super(
      t(`errors.fileRefused.${reason}`, {
        code: code ?? 'error',
        limit: formatSize(limits?.maxBytes ?? 0),
        seconds: (limits?.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000,
      }),
    );
  }
}

export interface ReadLimits {
  maxBytes: number;
  /** Default 2 seconds. */
  timeoutMs?: number;
  /** A folder the file must be in once links are followed. */
  within?: string;
}

// Windows has neither flag (and no FIFOs in the file system); 0 leaves the open unchanged there.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const DEFAULT_TIMEOUT_MS = 2_000;
const CHUNK = 64 * 1024;

function refusal(error: unknown, path: string): FileRefused {
  if (error instanceof FileRefused) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileRefused('absent', path, code);
  // O_NOFOLLOW met a link that appeared after the path was resolved.
  if (code === 'ELOOP') return new FileRefused('outside', path, code);
  return new FileRefused('unreadable', path, code ?? (error as Error).message);
}

async function readChecked(path: string, limits: ReadLimits): Promise<Buffer> {
  // lstat first: a missing file is reported as absent without following anything.
  await lstat(path);
  const real = await realpath(path);
  if (limits.within !== undefined) {
    const folder = await realpath(limits.within);
    if (real !== folder && !real.startsWith(folder.endsWith(sep) ? folder : folder + sep)) {
      throw new FileRefused('outside', path);
    }
  }
  const before = await stat(real);
  if (!before.isFile()) throw new FileRefused('not-regular', path);
  if (before.size > limits.maxBytes) throw new FileRefused('too-large', path, undefined, limits);
  const handle = await open(real, openFlags);
  try {
    // The open file is checked, not the name: a file swapped in after the checks above is refused.
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefused('not-regular', path);
    if (info.dev !== before.dev || info.ino !== before.ino) throw new FileRefused('unreadable', path, 'changed');
    if (info.size > limits.maxBytes) throw new FileRefused('too-large', path, undefined, limits);
    // Read in chunks and stop one byte past the limit, so a file that grows while it is read is still caught.
    // Chunks are sized by the file (its bytes and one more, then a 1-byte look for more): a zeroed 64 KB
    // chunk for every small file made the first start's reading of the lessons measurably slower.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const wanted = length < info.size ? info.size + 1 - length : length === info.size ? 1 : CHUNK;
      const chunk = Buffer.alloc(Math.min(CHUNK, limits.maxBytes + 1 - length, wanted));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > limits.maxBytes) throw new FileRefused('too-large', path, undefined, limits);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

/**
 * The bytes of a regular file, or a `FileRefused` saying why not. The time limit
 * covers the whole read; a read still stuck in the system is left to finish and
 * close its file on its own.
 */
export async function readRegularFile(path: string, limits: ReadLimits): Promise<Buffer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FileRefused('timeout', path, undefined, limits)),
      limits.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  });
  const reading = readChecked(path, limits).catch((error: unknown) => {
    throw refusal(error, path);
  });
  try {
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
    // The losing side of the race must not become an unhandled rejection.
    reading.catch(() => undefined);
  }
}
