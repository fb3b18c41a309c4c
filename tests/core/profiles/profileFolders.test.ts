import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileKeyStore } from '../../../core/profiles/keyStore';
import { attentionOf, moveIntoPlace, refuseExisting, scanProfiles } from '../../../core/profiles/profileFolders';
import { ProfileManager } from '../../../core/profiles/profileManager';
import { ProfileRecordError } from '../../../core/profiles/profileRecord';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

/**
 * What the file system does, where a test needs to choose: folder listings in
 * either order (readdir's order differs between systems), a folder made by
 * another Groundwork just after it was looked for, and the error another system
 * gives when a rename meets an existing folder.
 */
const fs = vi.hoisted(() => ({
  reversed: false,
  /** The next lstat of this path finds nothing, whatever is there. */
  madeJustAfterCheck: null as string | null,
  /** The next rename fails with this code. */
  renameFails: null as string | null,
}));
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof fsPromises>();
  const failure = (code: string): Error => Object.assign(new Error(code), { code });
  const readdir = (async (...args: Parameters<typeof actual.readdir>) => {
    const entries = (await actual.readdir(...args)) as unknown[];
    return fs.reversed ? entries.reverse() : entries;
  }) as typeof actual.readdir;
  const lstat = (async (...args: Parameters<typeof actual.lstat>) => {
    if (args[0] !== fs.madeJustAfterCheck) return actual.lstat(...args);
    fs.madeJustAfterCheck = null;
    throw failure('ENOENT');
  }) as typeof actual.lstat;
  const rename = async (...args: Parameters<typeof actual.rename>): Promise<void> => {
    const code = fs.renameFails;
    fs.renameFails = null;
    if (code !== null) throw failure(code);
    return actual.rename(...args);
  };
  const mocked = { readdir, lstat, rename };
  return { ...actual, ...mocked, default: { ...actual, ...mocked } };
});

/**
 * Profile folders on disk: which are listed, in what order, which need
 * attention and why, and that a new folder never lands on an existing one
 * (issue 17: mutants the profile tests left alive).
 */
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('folders');
  Object.assign(fs, { reversed: false, madeJustAfterCheck: null, renameFails: null });
});
afterEach(() => removeDir(dataDir));

const profilesDir = (): string => join(dataDir, 'profiles');
const exists = {
  code: 'storage-failed',
  message:
    'A profile folder with that name is already on this computer, so nothing was written over it. Please try again.',
  details: { reason: 'profile-exists' },
};

/** A manager whose clock reads `at`, so each profile's createdAt is chosen. */
const managerAt = (at: string): ProfileManager =>
  new ProfileManager(dataDir, { keyStore: new FileKeyStore(dataDir), kdf: testKdf, now: () => Date.parse(at) });

describe('scanning profile folders', () => {
  it('finds nothing before the profiles folder exists', async () => {
    expect(await scanProfiles(profilesDir(), (r) => r)).toEqual({ profiles: [], attention: [] });
  });

  it('lists readable profiles oldest first and the others by folder name, skipping what is not a profile folder', async () => {
    await managerAt('2026-03-02T00:00:00Z').create('Amy', null, { id: 'amy' });
    await managerAt('2026-03-01T00:00:00Z').create('Zed', null, { id: 'zed' });
    for (const id of ['mid', 'bad']) {
      await mkdir(join(profilesDir(), id));
      await writeFile(join(profilesDir(), id, 'profile.json'), '{ not json');
    }
    await mkdir(join(profilesDir(), 'Not A Slug'));
    await writeFile(join(profilesDir(), 'loose-file'), 'x');
    const scan = await scanProfiles(profilesDir(), (r) => ({ id: r.id, createdAt: r.createdAt }));
    expect(scan.profiles.map((p) => p.id)).toEqual(['zed', 'amy']);
    expect(scan.attention).toEqual([
      { id: 'bad', name: null, problem: 'damaged', folder: join(profilesDir(), 'bad') },
      { id: 'mid', name: null, problem: 'damaged', folder: join(profilesDir(), 'mid') },
    ]);
  });

  it('gives the same order whatever order the system lists folders in', async () => {
    await managerAt('2026-03-03T00:00:00Z').create('Cy', null, { id: 'a-cy' });
    await managerAt('2026-03-01T00:00:00Z').create('Bo', null, { id: 'b-bo' });
    await managerAt('2026-03-02T00:00:00Z').create('Al', null, { id: 'c-al' });
    for (const id of ['a-bad', 'b-bad', 'c-bad']) {
      await mkdir(join(profilesDir(), id));
      await writeFile(join(profilesDir(), id, 'profile.json'), '[]');
    }
    for (const reversed of [false, true]) {
      fs.reversed = reversed;
      const scan = await scanProfiles(profilesDir(), (r) => ({ id: r.id, createdAt: r.createdAt }));
      expect(scan.profiles.map((p) => p.id)).toEqual(['b-bo', 'c-al', 'a-cy']);
      expect(scan.attention.map((a) => a.id)).toEqual(['a-bad', 'b-bad', 'c-bad']);
    }
  });

  it('says a record naming another folder is in the wrong folder, and keeps its name', async () => {
    await managerAt('2026-03-01T00:00:00Z').create('Amy', null, { id: 'amy' });
    await mkdir(join(profilesDir(), 'copy'));
    await writeFile(
      join(profilesDir(), 'copy', 'profile.json'),
      await readFile(join(profilesDir(), 'amy', 'profile.json')),
    );
    const { attention } = await scanProfiles(profilesDir(), (r) => r);
    expect(attention).toEqual([
      { id: 'copy', name: 'Amy', problem: 'wrong-folder', folder: join(profilesDir(), 'copy') },
    ]);
  });
});

describe('what needs attention', () => {
  it.each([
    [new ProfileRecordError('newer-version', 'p', 'Ann'), 'newer-version', 'Ann'],
    [new ProfileRecordError('wrong-folder', 'p', null), 'wrong-folder', null],
    [new ProfileRecordError('missing', 'p'), 'damaged', null],
    [new ProfileRecordError('damaged', 'p', 'Bo'), 'damaged', 'Bo'],
    [new Error('disk trouble'), 'damaged', null],
  ])('%s is shown as %s', (error, problem, name) => {
    expect(attentionOf('id', '/f', error)).toEqual({ id: 'id', name, problem, folder: '/f' });
  });
});

describe('a new profile folder', () => {
  it('is refused where anything already is, a file or a folder, and allowed where nothing is', async () => {
    await mkdir(join(dataDir, 'folder'));
    await writeFile(join(dataDir, 'file'), 'x');
    await expect(refuseExisting(join(dataDir, 'folder'))).rejects.toMatchObject(exists);
    await expect(refuseExisting(join(dataDir, 'file'))).rejects.toMatchObject(exists);
    await expect(refuseExisting(join(dataDir, 'nothing'))).resolves.toBeUndefined();
    // A path that cannot be looked at is an error of its own, not "exists".
    await expect(refuseExisting(join(dataDir, 'file', 'below'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('moves into place, and is refused with nothing moved when the place is taken', async () => {
    await mkdir(join(dataDir, 'new'));
    await writeFile(join(dataDir, 'new', 'profile.json'), 'new');
    await mkdir(join(dataDir, 'taken'));
    await writeFile(join(dataDir, 'taken', 'profile.json'), 'old');
    await expect(moveIntoPlace(join(dataDir, 'new'), join(dataDir, 'taken'))).rejects.toMatchObject(exists);
    expect(await readFile(join(dataDir, 'taken', 'profile.json'), 'utf8')).toBe('old');
    await moveIntoPlace(join(dataDir, 'new'), join(dataDir, 'placed'));
    expect(await readdir(join(dataDir, 'placed'))).toEqual(['profile.json']);
    await expect(moveIntoPlace(join(dataDir, 'gone'), join(dataDir, 'elsewhere'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('is refused, with nothing moved, when another Groundwork makes the same folder just after the check', async () => {
    await mkdir(join(dataDir, 'new'));
    await writeFile(join(dataDir, 'new', 'profile.json'), 'new');
    await mkdir(join(dataDir, 'taken'));
    await writeFile(join(dataDir, 'taken', 'profile.json'), 'old');
    fs.madeJustAfterCheck = join(dataDir, 'taken');
    await expect(moveIntoPlace(join(dataDir, 'new'), join(dataDir, 'taken'))).rejects.toMatchObject(exists);
    expect(await readFile(join(dataDir, 'taken', 'profile.json'), 'utf8')).toBe('old');
    expect(await readFile(join(dataDir, 'new', 'profile.json'), 'utf8')).toBe('new');
  });

  it.each(['EEXIST', 'EPERM', 'EISDIR'])(
    'is refused as taken when the system answers the move with %s, as other systems do for an existing folder',
    async (code) => {
      await mkdir(join(dataDir, 'new'));
      fs.renameFails = code;
      await expect(moveIntoPlace(join(dataDir, 'new'), join(dataDir, 'placed'))).rejects.toMatchObject(exists);
    },
  );

  it('passes on any other failure of the move as it is', async () => {
    await mkdir(join(dataDir, 'new'));
    fs.renameFails = 'EACCES';
    await expect(moveIntoPlace(join(dataDir, 'new'), join(dataDir, 'placed'))).rejects.toMatchObject({
      code: 'EACCES',
    });
  });
});
