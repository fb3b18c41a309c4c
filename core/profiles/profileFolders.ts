import { lstat, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProfileAttentionInfo } from '../../common/dataApi';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { safeNamePattern } from '../store/lessonData';
import { ProfileRecordError, readProfileRecord, type ProfileRecord } from './profileRecord';

const { t } = createI18n();

/** A profile folder of that name already exists; nothing was written. */
const exists = (): ApiFailure =>
  new ApiFailure('storage-failed', t('data.profiles.exists'), { reason: 'profile-exists' });

/** Throws `storage-failed` (reason 'profile-exists') when anything is at `dir`. */
export async function refuseExisting(dir: string): Promise<void> {
  const found = await lstat(dir).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  if (found) throw exists();
}

/**
 * Renames a finished profile folder to its place, refusing one that exists.
 * rename() may replace an empty folder (nothing is lost), never one with files in it.
 */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  await refuseExisting(to);
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM' || code === 'EISDIR') throw exists();
    throw error;
  }
}

/** What the picker shows about a folder whose record cannot be used (any read failure counts as damaged). */
export function attentionOf(id: string, dir: string, error: unknown): ProfileAttentionInfo {
  const known = error instanceof ProfileRecordError ? error : null;
  const problem = known?.problem === 'newer-version' || known?.problem === 'wrong-folder' ? known.problem : 'damaged';
  return { id, name: known?.recordName ?? null, problem, folder: dir };
}

/**
 * Every profile folder under `profilesDir`: those whose record reads, oldest first,
 * and those whose record cannot be used, by folder name. Reads only.
 */
export async function scanProfiles<S extends { createdAt: string }>(
  profilesDir: string,
  summarize: (record: ProfileRecord) => S,
): Promise<{ profiles: S[]; attention: ProfileAttentionInfo[] }> {
  const names = await readdir(profilesDir, { withFileTypes: true }).catch(() => []);
  const profiles: S[] = [];
  const attention: ProfileAttentionInfo[] = [];
  for (const entry of names) {
    if (!entry.isDirectory() || !safeNamePattern.test(entry.name)) continue;
    const dir = join(profilesDir, entry.name);
    try {
      profiles.push(summarize(await readProfileRecord(dir)));
    } catch (error) {
      attention.push(attentionOf(entry.name, dir, error));
    }
  }
  profiles.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  attention.sort((a, b) => a.id.localeCompare(b.id));
  return { profiles, attention };
}
