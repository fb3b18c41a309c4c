import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exerciseTypeNames, parseAnswer, type ExerciseRef } from '../common/exercises';
import { collectBundle, sealBundle } from '../core/profiles/portable';
import { AnswerStore } from '../core/store/answerStore';
import { storedFileTypes } from '../core/store/storedFiles';
import { samples } from '../tests/common/exerciseSamples';

/**
 * Writes a real profile folder and backup file with the code as it is now, for the
 * upgrade tests (tests/core/store/storedFixtures.test.ts). Run it once before a
 * stored file's version is bumped, so the step is tested on files today's code
 * really wrote, and commit what it writes:
 *
 *   npx tsx --tsconfig tsconfig.node.json scripts/writeStoredFixtures.ts tests/fixtures/stored-files/v<N>
 *
 * The files are encrypted with fresh random keys and IVs, so each run writes
 * different bytes: never rewrite a committed folder, add a new one. Run
 * `npx prettier --write` on its manifest.json.
 */

/** The passcode of the fixture profile and of its backup file; a test key, never a person's. */
const FIXTURE_PASSCODE = 'fixture passcode 1';
/** A cheap scrypt cost, as the tests use. */
const kdf = { N: 2 ** 10, r: 8, p: 1 };

/** A value of the exercise's type that differs from its sample, so saving it keeps the sample in history. */
function emptyLike(ref: ExerciseRef, valid: unknown): unknown {
  const candidates: unknown[] = [[], {}, { checked: [] }, '', null];
  return candidates.find((c) => parseAnswer(ref, c).success && JSON.stringify(c) !== JSON.stringify(valid));
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? '');
  if (process.argv[2] === undefined) throw new Error('usage: writeStoredFixtures.ts <output folder>');
  // Committed fixtures are never rewritten: each must stay the bytes the old code wrote.
  if (
    await stat(out).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`${out} exists: choose a new folder`);
  const dataDir = join(out, 'data');
  await mkdir(join(dataDir, 'profiles'), { recursive: true });
  // A gap of 0 keeps every replaced answer in history.
  const store = new AnswerStore(dataDir, { kdf, historyGapMs: 0 });
  const { key, profile } = await store.profiles.create('Fixture', FIXTURE_PASSCODE, { id: 'fixture' });
  await store.adopt('fixture', key);
  for (const type of exerciseTypeNames) {
    const { ref, valid } = samples[type];
    // Lesson "every-exercise" holds each type's sample as the current answer...
    await store.save('fixture', 'every-exercise', ref, valid);
    // ...and lesson "every-exercise-history" holds it as an earlier version.
    await store.save('fixture', 'every-exercise-history', ref, valid);
    await store.save('fixture', 'every-exercise-history', ref, emptyLike(ref, valid));
  }
  const bundle = await collectBundle(await store.session('fixture'), profile);
  await writeFile(join(out, 'backup.gwbackup'), await sealBundle(bundle, FIXTURE_PASSCODE, kdf));
  await store.close();
  // Machine-specific: the writer lock is gone after close, the key file was never used (the profile has a passcode).
  await unlink(join(dataDir, 'key.bin')).catch(() => undefined);
  // What the tests read (tests/core/store/storedFixtures.ts): the passcode, and each kind of file's version.
  const manifest = {
    about: `Written by scripts/writeStoredFixtures.ts on ${new Date().toISOString().slice(0, 10)}; never rewrite these bytes.`,
    passcode: FIXTURE_PASSCODE,
    profileId: 'fixture',
    versions: Object.fromEntries(storedFileTypes.map((type) => [type.name, type.version])),
  };
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

await main();
