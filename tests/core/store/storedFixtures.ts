import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unwrapWithPasscode } from '../../../core/profiles/passcode';
import { readProfileRecord } from '../../../core/profiles/profileRecord';

/** Profile folders and backup files written by earlier Groundwork code (scripts/writeStoredFixtures.ts). */
export const storedFixturesDir = resolve(import.meta.dirname, '../../fixtures/stored-files');

export interface StoredFixture {
  /** The folder of the fixture (`v2`, …). */
  dir: string;
  passcode: string;
  profileId: string;
  /** Each kind of file's version when the fixture was written. */
  versions: Record<string, number>;
}

export async function storedFixture(name: string): Promise<StoredFixture> {
  const dir = join(storedFixturesDir, name);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Omit<StoredFixture, 'dir'>;
  return { ...manifest, dir };
}

/** Copies the fixture's data folder to `dataDir`, so a test can upgrade it without touching the committed bytes. */
export async function copyFixtureData(fixture: StoredFixture, dataDir: string): Promise<void> {
  await cp(join(fixture.dir, 'data'), dataDir, { recursive: true });
}

/** The fixture profile's data key, unwrapped with its passcode as the app does. */
export async function fixtureKey(fixture: StoredFixture, dataDir: string): Promise<Buffer> {
  const record = await readProfileRecord(join(dataDir, 'profiles', fixture.profileId));
  if (record.key.kind !== 'passcode') throw new Error('the fixture profile has a passcode');
  const key = await unwrapWithPasscode(record.key, fixture.passcode);
  if (key === null) throw new Error('the fixture passcode does not open the fixture profile');
  return key;
}
