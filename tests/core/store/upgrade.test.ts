import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FileWriter } from '../../../core/store/durableFile';
import { writeFileAtomic } from '../../../core/store/durableFile';
import { beforeUpgradeDir, EncryptedFileAdapter } from '../../../core/store/encryptedFile';
import { sealedVersion } from '../../../core/store/envelope';
import { lessonFileType } from '../../../core/store/lessonData';
import { defineStoredFile, upgradeStored, UpgradeError } from '../../../core/store/upgrade';
import { samples } from '../../common/exerciseSamples';
import { copyFixtureData, fixtureKey, storedFixture } from './storedFixtures';
import { removeDir, tempDir } from './storeHelpers';

/** A made-up kind at version 4 whose steps each leave a mark, to see them walked in order. */
const marked = defineStoredFile({
  name: 'marked',
  version: 4,
  oldest: 2,
  schema: z.object({ schemaVersion: z.literal(4), marks: z.array(z.string()) }),
  steps: [
    { from: 2, what: 'marks', run: (old) => ({ ...old, marks: [...(old.marks as string[]), 'two'] }) },
    { from: 3, what: 'marks', run: (old) => ({ ...old, marks: [...(old.marks as string[]), 'three'] }) },
  ],
});

describe('upgrading stored JSON step by step', () => {
  it('walks a file two versions behind through both steps, in order, and checks the result', () => {
    const old = { schemaVersion: 2, marks: [] };
    expect(upgradeStored(marked, old)).toEqual({ data: { schemaVersion: 4, marks: ['two', 'three'] }, from: 2 });
    expect(upgradeStored(marked, { schemaVersion: 3, marks: [] }).data.marks).toEqual(['three']);
    expect(upgradeStored(marked, { schemaVersion: 4, marks: [] })).toEqual({
      data: { schemaVersion: 4, marks: [] },
      from: 4,
    });
    // The caller's object is never changed.
    expect(old).toEqual({ schemaVersion: 2, marks: [] });
  });

  it.each([
    ['newer', { schemaVersion: 5, marks: [] }, 'newer-version', 5],
    ['older than the oldest step', { schemaVersion: 1, marks: [] }, 'too-old', 1],
    ['without a version', { marks: [] }, 'shape', null],
    ['an array', [], 'shape', null],
    ['that a step cannot read', { schemaVersion: 2, marks: 5 }, 'shape', 2],
    ['of the wrong shape', { schemaVersion: 4, marks: 'x' }, 'shape', 4],
  ])('refuses a file %s', (_name, json, problem, version) => {
    const attempt = (): unknown => upgradeStored(marked, json);
    expect(attempt).toThrow(UpgradeError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ problem, version });
    }
  });

  it("never changes the caller's JSON, even when a step edits what it is given in place", () => {
    const inPlace = defineStoredFile({
      name: 'in-place',
      version: 2,
      oldest: 1,
      schema: z.object({ schemaVersion: z.literal(2), marks: z.array(z.string()) }),
      steps: [
        {
          from: 1,
          what: 'marks, in place',
          run: (old) => {
            (old.marks as string[]).push('one');
            return old;
          },
        },
      ],
    });
    const old = { schemaVersion: 1, marks: [] as string[] };
    expect(upgradeStored(inPlace, old).data).toEqual({ schemaVersion: 2, marks: ['one'] });
    expect(old).toEqual({ schemaVersion: 1, marks: [] });
  });

  it.each([
    ['a version that is not whole', { schemaVersion: 2.5, marks: [] }],
    ['a negative version', { schemaVersion: -1, marks: [] }],
    ['a version as text', { schemaVersion: '4', marks: [] }],
    ['nothing but a number', 4],
    ['null', null],
  ])('reads no version from %s', (_name, json) => {
    expect(() => upgradeStored(marked, json)).toThrow(
      expect.objectContaining({ problem: 'shape', version: null, message: 'marked file: no schema version' }),
    );
  });

  it('says what went wrong, naming the kind of file and the versions', () => {
    const message = (json: unknown): string => {
      try {
        upgradeStored(marked, json);
      } catch (error) {
        expect(error).toBeInstanceOf(UpgradeError);
        expect((error as Error).name).toBe('UpgradeError');
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(message({ schemaVersion: 5, marks: [] })).toBe('marked file: version 5 is newer than 4');
    expect(message({ schemaVersion: 1, marks: [] })).toBe('marked file: version 1 is too old');
    expect(message({ schemaVersion: 2, marks: 5 })).toMatch(/^marked file: step from 2: .+/);
    expect(message({ schemaVersion: 0, marks: [] })).toBe('marked file: version 0 is too old');
  });

  it('refuses a file as too old when a kind made without defineStoredFile lacks a step', () => {
    const gap = { ...marked, steps: marked.steps.slice(0, 1) };
    expect(() => upgradeStored(gap, { schemaVersion: 2, marks: [] })).toThrow(
      expect.objectContaining({ problem: 'too-old', version: 2, message: 'marked file: no step from 3' }),
    );
  });

  it('refuses to define a kind whose steps skip a version or come out of order', () => {
    const schema = z.object({ schemaVersion: z.literal(4) });
    const step = (from: number) => ({ from, what: '', run: (old: Record<string, unknown>) => old });
    const define = (steps: number[]) => () =>
      defineStoredFile({ name: 'x', version: 4, oldest: 2, schema, steps: steps.map(step) });
    expect(define([2])).toThrow('x files: steps start from [2], need [2, 3]');
    expect(define([3, 2])).toThrow('x files: steps start from [3, 2], need [2, 3]');
    expect(define([2, 3, 4])).toThrow('x files: steps start from [2, 3, 4], need [2, 3]');
    expect(define([2, 3])).not.toThrow();
  });
});

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('upgrade');
});
afterEach(() => removeDir(dataDir));

describe('an encrypted file from two versions back (a real version-2 lesson file, steps 2 → 3 → 4)', () => {
  it('walks both steps on read, keeps the old bytes (flushed) before the upgraded file replaces them', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    const profileDir = join(dataDir, 'profiles', fixture.profileId);
    const path = join(profileDir, 'lessons', 'every-exercise.gw');
    const original = await readFile(path);
    expect(sealedVersion(original)).toBe(2);
    const backupDir = join(profileDir, 'backups', 'lessons', 'every-exercise');
    // Records what was on disk at each write, to show the order.
    const seen: string[] = [];
    const writer: FileWriter = async (target, data, options) => {
      const kept = await readdir(beforeUpgradeDir(backupDir)).catch(() => []);
      seen.push(`${target === path ? 'lesson' : 'backup'} (backups before: ${kept.length})`);
      await writeFileAtomic(target, data, options);
    };
    const adapter = new EncryptedFileAdapter(
      { path, label: 'lesson:every-exercise', type: lessonFileType },
      await fixtureKey(fixture, dataDir),
      writer,
      backupDir,
    );
    const data = await adapter.read();
    expect(data?.schemaVersion).toBe(4);
    // Step 3 → 4 stored the choice by value: version 2 held the option's words, "Night".
    expect(data?.answers.sg?.value).toBe('night');
    expect(data?.answers.lb?.value).toEqual(samples['list-builder'].valid);
    expect(data?.answers.tb?.value).toEqual(samples.table.valid);
    expect(adapter.upgradedFrom).toBe(2);
    // Reading changes nothing on disk.
    expect((await readFile(path)).equals(original)).toBe(true);

    await adapter.write(data as NonNullable<typeof data>);
    expect(seen).toEqual(['backup (backups before: 0)', 'lesson (backups before: 1)']);
    const kept = await readdir(beforeUpgradeDir(backupDir));
    expect(kept).toEqual([expect.stringMatching(/^every-exercise\.gw\.v2-/)]);
    expect((await readFile(join(beforeUpgradeDir(backupDir), kept[0] ?? ''))).equals(original)).toBe(true);
    expect(sealedVersion(await readFile(path))).toBe(4);
    expect(adapter.upgradedFrom).toBeNull();
    // A later write keeps no second copy.
    await adapter.write(data as NonNullable<typeof data>);
    expect(await readdir(beforeUpgradeDir(backupDir))).toHaveLength(1);
  });

  it('writes nothing over the old file when its backup cannot be written', async () => {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dataDir);
    const profileDir = join(dataDir, 'profiles', fixture.profileId);
    const path = join(profileDir, 'lessons', 'every-exercise.gw');
    const original = await readFile(path);
    const full: FileWriter = async (target, data, options) => {
      if (target !== path) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      await writeFileAtomic(target, data, options);
    };
    const adapter = new EncryptedFileAdapter(
      { path, label: 'lesson:every-exercise', type: lessonFileType },
      await fixtureKey(fixture, dataDir),
      full,
      join(profileDir, 'backups', 'lessons', 'every-exercise'),
    );
    const data = await adapter.read();
    await expect(adapter.write(data as NonNullable<typeof data>)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readFile(path)).equals(original)).toBe(true);
    expect(adapter.upgradedFrom).toBe(2);
  });
});
