import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storedFileTypes } from '../../../core/store/storedFiles';
import type { StoredFileType } from '../../../core/store/upgrade';

/**
 * The schema guard (after actualbudget/actual's schema-guard.test.ts): each kind
 * of stored file has a committed JSON Schema snapshot per version. Changing what
 * a stored file holds without bumping its version (and adding a step) fails here.
 * A new version's snapshot is written with UPDATE_STORED_SCHEMAS=1; an existing
 * one is never rewritten.
 */
const snapshotsDir = resolve(import.meta.dirname, '../../fixtures/stored-schemas');
const update = process.env.UPDATE_STORED_SCHEMAS === '1';

function snapshot(type: StoredFileType<unknown>): unknown {
  const inner = Object.entries(type.inner ?? {}).map(([name, schema]) => [name, z.toJSONSchema(schema)]);
  return {
    name: type.name,
    version: type.version,
    schema: z.toJSONSchema(type.schema),
    inner: Object.fromEntries(inner),
  };
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

const pathOf = (name: string, version: number): string => join(snapshotsDir, `${name}.v${version}.json`);

describe('stored file schemas', () => {
  it.each(storedFileTypes.map((type) => [type.name, type] as const))(
    '%s files hold what their version says',
    async (name, type) => {
      const path = pathOf(name, type.version);
      const current = snapshot(type);
      if (!(await exists(path))) {
        if (update) await writeFile(path, `${JSON.stringify(current, null, 2)}\n`);
        else
          expect.fail(
            `${name} files are at version ${type.version}, which has no snapshot. Once the step from the last version ` +
              `is written and tested, add it: UPDATE_STORED_SCHEMAS=1 npx vitest run tests/core/store/storedSchemas.test.ts`,
          );
      }
      const committed: unknown = JSON.parse(await readFile(path, 'utf8'));
      expect(
        current,
        `What ${name} files hold changed, but their version is still ${type.version}. Do not edit the snapshot: ` +
          `bump the version, add an upgrade step from ${type.version} (core/store/upgrade.ts says how), test it on ` +
          `a file written by the code before the change (scripts/writeStoredFixtures.ts), then add the new snapshot.`,
      ).toEqual(committed);
    },
  );

  it.each(storedFileTypes.map((type) => [type.name, type] as const))(
    '%s files keep a snapshot of every version their steps start from',
    async (name, type) => {
      for (let version = type.oldest; version <= type.version; version += 1)
        expect(await exists(pathOf(name, version)), `${name}.v${version}.json`).toBe(true);
    },
  );

  it('guards every kind of file that has a snapshot: none has left the list', async () => {
    const snapshotted = new Set((await readdir(snapshotsDir)).map((file) => file.replace(/\.v\d+\.json$/, '')));
    expect(new Set(storedFileTypes.map((type) => type.name))).toEqual(snapshotted);
  });
});
