import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileKeyStore } from '../../../core/profiles/keyStore';
import { BoundedReadError, readSmallFile } from '../../../core/store/boundedRead';
import { newStore, removeDir, tempDir } from './storeHelpers';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('bounded-read');
});
afterEach(() => removeDir(dir));

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
