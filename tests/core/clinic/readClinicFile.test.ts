import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as readRegularFileModule from '../../../core/security/readRegularFile';
import { FileRefused } from '../../../core/security/readRegularFile';
import { readClinicFile } from '../../../core/clinic/readClinicFile';

/**
 * One clinic file read as hostile input. Reads that fail in ways a test cannot
 * cause on its own (a network drive that does not answer, a permission refused
 * to root) come from a stand-in for readRegularFile; the rest are real files.
 */

const refusal = vi.hoisted(() => ({ next: null as unknown }));
vi.mock('../../../core/security/readRegularFile', async (importOriginal) => {
  const real = await importOriginal<typeof readRegularFileModule>();
  return {
    ...real,
    readRegularFile: (path: string, limits: Parameters<typeof real.readRegularFile>[1]) => {
      const error = refusal.next;
      refusal.next = null;
      return error === null ? real.readRegularFile(path, limits) : Promise.reject(error);
    },
  };
});

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-clinic-file-'));
  file = join(dir, 'clinic.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readClinicFile', () => {
  it('is absent, with no problem, when there is no file', async () => {
    expect(await readClinicFile(file)).toEqual({ status: 'absent', config: null, valid: {}, problems: [] });
  });

  it('loads a valid file whole, its settings being the valid ones', async () => {
    await writeFile(file, JSON.stringify({ schemaVersion: 1, name: 'Riverside', idleLockMinutes: 5 }));
    const config = { schemaVersion: 1, name: 'Riverside', idleLockMinutes: 5 };
    expect(await readClinicFile(file)).toEqual({ status: 'loaded', config, valid: config, problems: [] });
  });

  it('keeps the settings that are valid on their own from a file it does not use', async () => {
    await writeFile(file, JSON.stringify({ schemaVersion: 2, name: 'Riverside', logo: '', language: 'en' }));
    const read = await readClinicFile(file);
    expect(read).toMatchObject({ status: 'invalid', config: null, valid: { name: 'Riverside', language: 'en' } });
    expect(read.problems.map((p) => p.field)).toEqual(['schemaVersion', 'logo']);
    // The version is the file's, not a setting.
    await writeFile(file, JSON.stringify({ schemaVersion: 1, name: 'Riverside', idleLockMinutes: -1 }));
    expect((await readClinicFile(file)).valid).toStrictEqual({ name: 'Riverside' });
  });

  it('says when the file did not answer within 2 seconds', async () => {
    refusal.next = new FileRefused('timeout', file);
    expect(await readClinicFile(file)).toEqual({
      status: 'invalid',
      config: null,
      valid: {},
      problems: [
        {
          file,
          field: null,
          message: 'the file could not be read within 2 seconds (is it on a network drive that is not answering?).',
        },
      ],
    });
  });

  it('gives the system’s code when the file could not be read, or "error" when there is none', async () => {
    refusal.next = new FileRefused('unreadable', file, 'EACCES');
    expect((await readClinicFile(file)).problems).toEqual([
      { file, field: null, message: 'the file could not be read (EACCES); check that this user may read it.' },
    ]);
    refusal.next = new FileRefused('unreadable', file);
    expect((await readClinicFile(file)).problems[0]?.message).toBe(
      'the file could not be read (error); check that this user may read it.',
    );
  });

  it('turns an unexpected failure of the read into a problem instead of stopping the start', async () => {
    refusal.next = new Error('disk on fire');
    expect(await readClinicFile(file)).toEqual({
      status: 'invalid',
      config: null,
      valid: {},
      problems: [
        {
          file,
          field: null,
          message: 'the file could not be read (Error: disk on fire); check that this user may read it.',
        },
      ],
    });
  });

  it('reports an empty file as empty', async () => {
    await writeFile(file, '\uFEFF  \n');
    expect((await readClinicFile(file)).problems).toEqual([
      {
        file,
        field: null,
        line: 2,
        column: 1,
        message:
          'the file is not valid JSON: the file is empty. Check for a missing comma, quote or bracket near this point.',
      },
    ]);
  });

  it('says a file that is not one group of settings must be one, whatever it holds instead', async () => {
    for (const text of ['null', '[]', '42', '"clinic"']) {
      await writeFile(file, text);
      expect(await readClinicFile(file), text).toEqual({
        status: 'invalid',
        config: null,
        valid: {},
        problems: [
          {
            file,
            field: null,
            message: 'the file must hold one group of settings, starting with { and ending with }.',
          },
        ],
      });
    }
  });

  it('forgives a byte-order mark only at the start of the file', async () => {
    await writeFile(file, '{"schemaVersion": 1,\uFEFF "name": "Riverside"}');
    expect(await readClinicFile(file)).toMatchObject({
      status: 'invalid',
      problems: [{ file, field: null, line: 1, column: 21 }],
    });
  });
});
