import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExerciseRef } from '../../../common/exercises';
import { AnswerStore, type AnswerStoreOptions } from '../../../core/store/answerStore';
import { toChoiceOptions } from '../../../common/optionValue';

/** A cheap scrypt cost so tests stay fast; the app uses strongKdf. */
export const testKdf = { N: 2 ** 10, r: 8, p: 1 };

export const exercises: ExerciseRef[] = [
  { id: 'note', type: 'short-text', label: 'Note' },
  { id: 'story', type: 'long-text', label: 'Story' },
  { id: 'level', type: 'scale', label: 'Level' },
  {
    id: 'signs',
    type: 'checklist',
    label: 'Signs',
    options: toChoiceOptions(['Headache', 'Tight shoulders']),
    other: true,
  },
];
export const byId = (id: string): ExerciseRef => exercises.find((e) => e.id === id) as ExerciseRef;

export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), `groundwork-${prefix}-`));
export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

export const newStore = (dataDir: string, options: AnswerStoreOptions = {}): AnswerStore =>
  new AnswerStore(dataDir, { kdf: testKdf, defaultProfile: true, ...options });

/** Every file under a folder, as paths relative to it. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** Every file under a folder with the SHA-256 of its bytes: equal before and after means nothing was touched. */
export async function fileHashes(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of (await allFiles(dir)).sort()) {
    hashes[file] = createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest('hex');
  }
  return hashes;
}
