import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic, type FileWriter } from '../../../core/store/durableFile';
import {
  beforeUpgradeDir,
  decode,
  EncryptedFileAdapter,
  readWithRecovery,
  StoreFileError,
  type FileSpec,
} from '../../../core/store/encryptedFile';
import { newDataKey, seal } from '../../../core/store/envelope';
import { defineStoredFile, type StoredFileType } from '../../../core/store/upgrade';
import { allFiles, removeDir, tempDir } from './storeHelpers';

/**
 * The encrypted file adapter on its own, with a small file kind (issue 17: what
 * the store-level tests left unchecked): the messages of a refused read, what is
 * and is not an upgrade, a program error that must not look like damage, and
 * names that every file system accepts.
 */
interface Note {
  schemaVersion: 2;
  text: string;
}
const noteType: StoredFileType<Note> = defineStoredFile({
  name: 'note',
  version: 2,
  oldest: 1,
  schema: z.object({ schemaVersion: z.literal(2), text: z.string() }).strict(),
  steps: [{ from: 1, what: 'body became text', run: ({ body, ...rest }) => ({ ...rest, text: body }) }],
});

let dir: string;
let key: Buffer;
beforeEach(async () => {
  dir = await tempDir('adapter');
  key = newDataKey();
});
afterEach(() => removeDir(dir));

const spec = (extra: Partial<FileSpec<Note>> = {}): FileSpec<Note> => ({
  path: join(dir, 'notes', 'a.gw'),
  label: 'note:a',
  type: noteType,
  ...extra,
});
const adapterFor = (s = spec(), writer: FileWriter = writeFileAtomic): EncryptedFileAdapter<Note> =>
  new EncryptedFileAdapter(s, key, writer, join(dir, 'backups', 'a'));
const sealed = (json: object, version = 2): Buffer =>
  seal(key, version, 'note:a', Buffer.from(JSON.stringify(json), 'utf8'));
/** Date.toISOString() with ":" and "." made file-name safe. */
const stamp = String.raw`\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z`;

async function putFile(bytes: Buffer | string): Promise<void> {
  await mkdir(join(dir, 'notes'), { recursive: true });
  await writeFile(spec().path, bytes);
}

describe('reading a file that cannot be read', () => {
  it('says the file is larger than the limit, naming the path and the limit', async () => {
    await putFile(sealed({ schemaVersion: 2, text: 'a long enough note' }));
    const read = adapterFor(spec({ maxBytes: 10 })).read();
    await expect(read).rejects.toBeInstanceOf(StoreFileError);
    await expect(read).rejects.toMatchObject({
      problem: 'unreadable',
      message: `${spec().path}: larger than 10 bytes`,
    });
  });

  it.runIf(process.platform !== 'win32')('says a FIFO in its place is not a regular file', async () => {
    await mkdir(join(dir, 'notes'));
    execFileSync('mkfifo', [spec().path]);
    await expect(adapterFor().read()).rejects.toMatchObject({
      problem: 'unreadable',
      message: `${spec().path}: not a regular file`,
    });
  });

  it('says a folder in its place is not a regular file', async () => {
    await mkdir(spec().path, { recursive: true });
    await expect(adapterFor().read()).rejects.toMatchObject({
      problem: 'unreadable',
      message: `${spec().path}: not a regular file`,
    });
  });

  it('wraps any other failed read as unreadable, keeping the system message', async () => {
    // A file where its folder should be: opening fails with ENOTDIR.
    await writeFile(join(dir, 'notes'), 'not a folder');
    const read = adapterFor().read();
    await expect(read).rejects.toBeInstanceOf(StoreFileError);
    await expect(read).rejects.toMatchObject({ problem: 'unreadable', message: expect.stringMatching(/^ENOTDIR/) });
  });

  it('reads a missing file as nothing yet', async () => {
    expect(await adapterFor().read()).toBeNull();
  });
});

describe('what counts as an upgrade', () => {
  it('keeps no before-upgrade copy of a file that was already current', async () => {
    await putFile(sealed({ schemaVersion: 2, text: 'current' }));
    const adapter = adapterFor();
    const data = await adapter.read();
    expect(adapter.upgradedFrom).toBeNull();
    await adapter.write({ ...(data as Note), text: 'changed' });
    expect(await allFiles(dir)).not.toContainEqual(expect.stringContaining('before-upgrade'));
  });

  it('keeps the old bytes of an older file under a name with its version and a file-name-safe time', async () => {
    await putFile(sealed({ schemaVersion: 1, body: 'old words' }, 1));
    const adapter = adapterFor();
    expect(await adapter.read()).toEqual({ schemaVersion: 2, text: 'old words' });
    expect(adapter.upgradedFrom).toBe(1);
    await adapter.write({ schemaVersion: 2, text: 'old words' });
    const kept = await readdir(beforeUpgradeDir(join(dir, 'backups', 'a')));
    expect(kept).toEqual([expect.stringMatching(new RegExp(`^a\\.gw\\.v1-${stamp}$`))]);
  });
});

describe('writing', () => {
  it('makes the folder again on the next save after it went missing and a save failed', async () => {
    const adapter = adapterFor();
    await adapter.write({ schemaVersion: 2, text: 'one' });
    await rm(join(dir, 'notes'), { recursive: true });
    await expect(adapter.write({ schemaVersion: 2, text: 'two' })).rejects.toMatchObject({ code: 'ENOENT' });
    await adapter.write({ schemaVersion: 2, text: 'three' });
    expect(await adapterFor().read()).toEqual({ schemaVersion: 2, text: 'three' });
  });
});

describe('a program error is not damage', () => {
  it('does not judge or move a file when the key itself is wrong for the cipher', async () => {
    const bytes = sealed({ schemaVersion: 2, text: 'kept' });
    await putFile(bytes);
    // A key of the wrong size is a bug in the caller: the file says nothing about it.
    expect(() => decode(spec(), key.subarray(0, 16), bytes)).toThrow(RangeError);
    const wrongKey = new EncryptedFileAdapter(spec(), key.subarray(0, 16), writeFileAtomic, join(dir, 'backups', 'a'));
    await expect(readWithRecovery(wrongKey, writeFileAtomic, join(dir, 'set-aside'))).rejects.not.toBeInstanceOf(
      StoreFileError,
    );
    expect(await allFiles(dir)).toEqual([join('notes', 'a.gw')]);
  });
});

describe('setting a damaged file aside', () => {
  it('sets aside a second damaged file beside the first, each under a file-name-safe time', async () => {
    const adapter = adapterFor();
    const aside = join(dir, 'profile', 'set-aside');
    await putFile('garbage');
    expect((await readWithRecovery(adapter, writeFileAtomic, aside)).recovery?.problem).toBe('garbage');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await putFile('more garbage');
    expect((await readWithRecovery(adapter, writeFileAtomic, aside)).recovery?.keptAs).toMatch(
      new RegExp(`a\\.gw\\.garbage-${stamp}$`),
    );
    expect(await readdir(aside)).toHaveLength(2);
  });
});
