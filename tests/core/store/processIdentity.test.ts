import { spawn, type ChildProcess } from 'node:child_process';
import type * as fsPromises from 'node:fs/promises';
import { open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as processIdentity from '../../../core/store/processIdentity';
import { removeDir, tempDir } from './storeHelpers';

/**
 * What /proc tells about a process, which a writer lock is checked against
 * (issue 17: mutants the lock tests left alive). Each test loads the module
 * afresh, so its cached boot id and own start are worked out inside the test.
 * The second half puts answers in place of /proc that a real system gives only
 * rarely: a denied descriptor, an unreadable boot id.
 */
type Fs = typeof fsPromises;
type Identity = typeof processIdentity;

const linux = process.platform === 'linux';
let dir: string;
let child: ChildProcess | null = null;
beforeEach(async () => {
  dir = await tempDir('process-identity');
});
afterEach(async () => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
  child?.kill();
  child = null;
  await removeDir(dir);
});

/** The module loaded afresh, with some of node:fs/promises replaced. */
async function load(fake: Partial<Fs> = {}): Promise<Identity> {
  vi.resetModules();
  vi.doMock('node:fs/promises', async (original) => ({ ...(await original<Fs>()), ...fake }));
  return import('../../../core/store/processIdentity');
}

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

/** readFile as it is, except for the paths `answer` gives text or an error for. */
const readFileWith = (answer: (path: string) => string | Error | undefined): Fs['readFile'] =>
  (async (path: string, options: BufferEncoding) => {
    const given = answer(String(path));
    if (given instanceof Error) throw given;
    return given ?? readFile(path, options);
  }) as Fs['readFile'];

/** stat as it is, except for the paths `answer` gives an error for. */
const statWith = (answer: (path: string) => Error | undefined): Fs['stat'] =>
  (async (path: string) => {
    const given = answer(String(path));
    if (given instanceof Error) throw given;
    return stat(path);
  }) as Fs['stat'];

const bootId = async (): Promise<string> => (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
const ownStat = `/proc/${process.pid}/stat`;

describe.runIf(linux)('when a process started', () => {
  it('is the boot id and the start time in clock ticks, told apart from a process started later', async () => {
    const { processStart } = await load();
    child = spawn('sleep', ['5'], { stdio: 'ignore' });
    const pid = child.pid ?? 0;
    const started = await processStart(pid);
    // "sleep" has no space in its name, so here field 22 can be counted plainly.
    const ticks = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(' ')[21];
    expect(started).toBe(`${await bootId()}:${ticks}`);

    const own = await processStart(process.pid);
    expect(own).toMatch(/^[0-9a-f-]{36}:\d+$/);
    expect(own).not.toBe(started);
    expect(await processStart(process.pid)).toBe(own);
  });

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['fractional', 1.5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['beyond safe integers', Number.MAX_SAFE_INTEGER + 1],
  ])('cannot be said for a process id that is %s', async (_name, pid) => {
    const { processStart } = await load();
    expect(await processStart(pid)).toBeNull();
  });

  it('is "gone" for a process id that no process has', async () => {
    const { processStart } = await load();
    // Above the largest pid_max Linux allows (2^22).
    expect(await processStart(2 ** 22 + 1)).toBe('gone');
    expect(await processStart(Number.MAX_SAFE_INTEGER)).toBe('gone');
  });

  it('of this process is worked out once and is never "gone"', async () => {
    const { ownProcessStart, processStart } = await load();
    const first = ownProcessStart();
    expect(ownProcessStart()).toBe(first);
    expect(await first).toBe(await processStart(process.pid));
    expect(await first).toMatch(/^[0-9a-f-]{36}:\d+$/);
  });
});

describe.runIf(linux)('whether a process holds a file open', () => {
  it('is true only for the very file it holds, not another on the same disk', async () => {
    const { holdsOpen } = await load();
    const [held, other] = [join(dir, 'held'), join(dir, 'other')];
    await writeFile(held, 'a');
    await writeFile(other, 'b');
    const handle = await open(held, 'r');
    try {
      expect(await holdsOpen(process.pid, held)).toBe(true);
      expect(await holdsOpen(process.pid, other)).toBe(false);
    } finally {
      await handle.close();
    }
    expect(await holdsOpen(process.pid, held)).toBe(false);
  });

  it('cannot be said for a file that is not there, or a process that is not', async () => {
    const { holdsOpen } = await load();
    await writeFile(join(dir, 'there'), '');
    expect(await holdsOpen(process.pid, join(dir, 'missing'))).toBeNull();
    expect(await holdsOpen(2 ** 22 + 1, join(dir, 'there'))).toBeNull();
  });
});

describe.runIf(linux)('when /proc answers unusually', () => {
  it('a process start cannot be said without the boot id', async () => {
    const { processStart, ownProcessStart } = await load({
      readFile: readFileWith((path) => (path.endsWith('boot_id') ? failure('ENOENT') : undefined)),
    });
    expect(await processStart(process.pid)).toBeNull();
    expect(await ownProcessStart()).toBeNull();
  });

  it('a process start cannot be said from a stat line without a start time', async () => {
    const { processStart } = await load({
      readFile: readFileWith((path) => (path === ownStat ? `${process.pid} (a) b) S 1 2 3` : undefined)),
    });
    expect(await processStart(process.pid)).toBeNull();
  });

  it.each(['EACCES', 'EPERM', 'EIO'])(
    'a process whose stat cannot be read (%s) is not taken for gone',
    async (code) => {
      const { processStart } = await load({
        readFile: readFileWith((path) => (path === ownStat ? failure(code) : undefined)),
      });
      expect(await processStart(process.pid)).toBeNull();
    },
  );

  it('this process found gone gives no start rather than "gone"', async () => {
    const { ownProcessStart } = await load({
      readFile: readFileWith((path) => (path === ownStat ? failure('ENOENT') : undefined)),
    });
    expect(await ownProcessStart()).toBeNull();
  });

  it.each(['EACCES', 'EPERM'])('open files cannot be told when a descriptor is denied (%s)', async (code) => {
    const held = join(dir, 'held');
    await writeFile(held, '');
    const { holdsOpen } = await load({
      stat: statWith((path) => (path.startsWith(`/proc/${process.pid}/fd/`) ? failure(code) : undefined)),
    });
    const handle = await open(held, 'r');
    try {
      expect(await holdsOpen(process.pid, held)).toBeNull();
    } finally {
      await handle.close();
    }
  });

  it('a descriptor closed while looking proves nothing: the others are still looked at', async () => {
    const held = join(dir, 'held');
    await writeFile(held, '');
    const handle = await open(held, 'r');
    try {
      const fds = await readdir(`/proc/${process.pid}/fd`);
      const first = fds[0];
      const { holdsOpen } = await load({
        stat: statWith((path) => (path === `/proc/${process.pid}/fd/${first}` ? failure('ENOENT') : undefined)),
      });
      expect(await holdsOpen(process.pid, held)).toBe(true);
      const { holdsOpen: allClosed } = await load({
        stat: statWith((path) => (path.startsWith(`/proc/${process.pid}/fd/`) ? failure('ENOENT') : undefined)),
      });
      expect(await allClosed(process.pid, held)).toBe(false);
    } finally {
      await handle.close();
    }
  });
});
