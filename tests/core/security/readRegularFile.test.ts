import { execFileSync } from 'node:child_process';
import type * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FileRefused,
  readRegularFile,
  type ReadLimits,
  type ReadRefusal,
} from '../../../core/security/readRegularFile';

// A switch that makes every open hang, as a stuck network drive would.
const stuck = vi.hoisted(() => ({ open: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    open: (...args: Parameters<typeof real.open>) => (stuck.open ? new Promise(() => undefined) : real.open(...args)),
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-read-'));
  stuck.open = false;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function refusal(path: string, limits: ReadLimits = { maxBytes: 1024, within: dir }): Promise<ReadRefusal> {
  const error = await readRegularFile(path, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileRefused);
  return (error as FileRefused).reason;
}

describe('readRegularFile', () => {
  it('reads a regular file, and one reached through a link that stays in the folder', async () => {
    await writeFile(join(dir, 'a.json'), '{"ok":true}');
    await symlink(join(dir, 'a.json'), join(dir, 'b.json'));
    expect((await readRegularFile(join(dir, 'a.json'), { maxBytes: 100, within: dir })).toString()).toBe('{"ok":true}');
    expect((await readRegularFile(join(dir, 'b.json'), { maxBytes: 100, within: dir })).toString()).toBe('{"ok":true}');
  });

  it('says a missing file (or a link to nothing) is absent', async () => {
    await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
    expect(await refusal(join(dir, 'missing'))).toBe('absent');
    expect(await refusal(join(dir, 'dangling'))).toBe('absent');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'logo.png')]);
    const started = Date.now();
    expect(await refusal(join(dir, 'logo.png'))).toBe('not-regular');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses folders, devices and sockets', async () => {
    await mkdir(join(dir, 'folder'));
    expect(await refusal(join(dir, 'folder'))).toBe('not-regular');
    expect(await refusal('/dev/zero', { maxBytes: 1024 })).toBe('not-regular');
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'socket'), done));
    try {
      expect(await refusal(join(dir, 'socket'))).toBe('not-regular');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('refuses a link that leads out of the folder, such as to /etc/passwd', async () => {
    await symlink('/etc/passwd', join(dir, 'logo.png'));
    await mkdir(join(dir, 'inner'));
    await writeFile(join(dir, 'secret.txt'), 'not for the renderer');
    expect(await refusal(join(dir, 'logo.png'))).toBe('outside');
    // A path with .. is judged by where it ends up, not by how it is spelled.
    expect(await refusal(join(dir, 'inner', '..', 'secret.txt'), { maxBytes: 100, within: join(dir, 'inner') })).toBe(
      'outside',
    );
    // A folder whose name only starts like the allowed one is still outside it.
    await mkdir(join(`${dir}-sibling`), { recursive: true });
    await writeFile(join(`${dir}-sibling`, 'x'), 'x');
    try {
      expect(await refusal(join(`${dir}-sibling`, 'x'))).toBe('outside');
    } finally {
      await rm(`${dir}-sibling`, { recursive: true, force: true });
    }
  });

  it('refuses a file over the size limit without reading it all', async () => {
    await writeFile(join(dir, 'big.json'), Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(await refusal(join(dir, 'big.json'))).toBe('too-large');
    await expect(readRegularFile(join(dir, 'big.json'), { maxBytes: 512 * 1024 })).rejects.toThrow(
      'it is larger than 512 KB',
    );
    await writeFile(join(dir, 'exact.json'), Buffer.alloc(1024, 0x20));
    expect((await readRegularFile(join(dir, 'exact.json'), { maxBytes: 1024 })).length).toBe(1024);
  });

  it('gives up after the time limit when the file system does not answer', async () => {
    await writeFile(join(dir, 'slow.json'), '{}');
    stuck.open = true;
    const started = Date.now();
    const error = await readRegularFile(join(dir, 'slow.json'), { maxBytes: 100, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ reason: 'timeout', message: 'it could not be read within 0.05 seconds' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
