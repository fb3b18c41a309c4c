import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeClinicProblem } from '../../../common/clinic';
import { Clinic } from '../../../core/clinic/clinic';
import { clinicLocationFor } from '../../../core/clinic/clinicLocations';
import { MAX_PROBLEMS_PER_FILE } from '../../../core/clinic/clinicIssues';
import { loadClinicConfig, type LoadedClinic } from '../../../core/clinic/loadClinicConfig';

/**
 * Every setting of clinic.json, given every kind of wrong value an attacker or a
 * tired IT person could write: each must leave the defaults in force, never
 * throw, and say which setting is wrong, in a message of reasonable length.
 */

let dir: string;
let file: string;
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const base = {
  schemaVersion: 1,
  name: 'Riverside Recovery Center',
  logo: 'logo.png',
  colors: { accent: '#0b5d3b', accentText: '#ffffff' },
  crisisLines: [{ name: 'Riverside Crisis Line', contact: '555-0199', detail: '24/7' }],
  localNumbers: [{ name: 'Front desk', contact: '555-0100', detail: 'Weekdays' }],
  modules: [{ id: 'coping-skills', name: 'Coping', overview: 'Skills.', lessons: ['a-lesson'] }],
  language: 'en',
  idleLockMinutes: 10,
};

type Path = (string | number)[];
const placeholder = '"@@HOSTILE@@"';

/** The base file with the raw JSON `raw` at `path` (raw text, so keys like __proto__ survive). */
function fileWith(path: Path, raw: string): string {
  const copy = structuredClone(base) as Record<string, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) target = target[part] as Record<string | number, unknown>;
  target[path.at(-1) ?? ''] = '@@HOSTILE@@';
  return JSON.stringify(copy).replace(placeholder, () => raw);
}

/** The base file with one more key `key` holding `raw` inside the object at `path` ([] is the top). */
function fileWithKey(path: Path, key: string, raw: string): string {
  const text = fileWith([...path, '@@KEY@@'], raw);
  return text.replace('"@@KEY@@"', JSON.stringify(key));
}

const longText = JSON.stringify('x'.repeat(100_000));
const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
const pollution = ['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'];
/** Wrong types, huge and hostile values that no setting accepts. */
const never = ['null', 'true', '{}', deepArray, deepObject, ...pollution];
const notText = [...never, '42', '[]', '["a"]'];
/** A list far over every limit, yet small enough (under 256 KB) to be read and checked. */
const hugeList = (item: unknown, count = 4_000): string => JSON.stringify(Array.from({ length: count }, () => item));
const phoneLine = { name: 'A line', contact: '555', detail: '' };

const table: { field: string; path: Path; values: string[] }[] = [
  { field: 'schemaVersion', path: ['schemaVersion'], values: [...notText, '"1"', '0', '2', '1.5', '-1', '1e308'] },
  { field: 'name', path: ['name'], values: [...notText, '""', '"   "', longText] },
  { field: 'logo', path: ['logo'], values: [...notText, '""', longText] },
  { field: 'colors', path: ['colors'], values: [...never.filter((v) => v !== '{}'), '"#0b5d3b"', '[]', '42'] },
  {
    field: 'colors.accent',
    path: ['colors', 'accent'],
    values: [...notText, '"red"', '"#12"', '"#gggggg"', '"rgb(0,0,0)"', '""', '"#ffffff"', longText],
  },
  {
    field: 'colors.accentText',
    path: ['colors', 'accentText'],
    values: [...notText, '"blue"', '"#0b5d3b"', '""', longText],
  },
  {
    field: 'crisisLines',
    path: ['crisisLines'],
    values: [...never, '"988"', '42', '[]', '[1,2]', '[null]', hugeList(phoneLine), hugeList(0)],
  },
  { field: 'crisisLines[0]', path: ['crisisLines', 0], values: [...never.filter((v) => v !== '{}'), '"988"', '[]'] },
  { field: 'crisisLines[0].name', path: ['crisisLines', 0, 'name'], values: [...notText, '""', '"  "', longText] },
  { field: 'crisisLines[0].contact', path: ['crisisLines', 0, 'contact'], values: [...notText, '""', longText] },
  { field: 'crisisLines[0].detail', path: ['crisisLines', 0, 'detail'], values: [...notText, longText] },
  { field: 'localNumbers', path: ['localNumbers'], values: [...never, '"555"', hugeList(phoneLine), '[[]]'] },
  { field: 'localNumbers[0].contact', path: ['localNumbers', 0, 'contact'], values: [...notText, longText] },
  {
    field: 'modules',
    path: ['modules'],
    values: [...never, '[]', '"coping-skills"', '[{"id":"a"},{"id":"a"}]', hugeList({ id: 'coping-skills' })],
  },
  { field: 'modules[0]', path: ['modules', 0], values: [...never.filter((v) => v !== '{}'), '"coping-skills"'] },
  {
    field: 'modules[0].id',
    path: ['modules', 0, 'id'],
    values: [...notText, '""', '"Coping Skills"', '"a--b"', JSON.stringify('a'.repeat(100_000))],
  },
  { field: 'modules[0].name', path: ['modules', 0, 'name'], values: [...notText, '""', longText] },
  { field: 'modules[0].overview', path: ['modules', 0, 'overview'], values: [...notText, '""', longText] },
  {
    field: 'modules[0].lessons',
    path: ['modules', 0, 'lessons'],
    values: [...never, '"a-lesson"', '["a","a"]', '[42]', hugeList('a-lesson')],
  },
  { field: 'language', path: ['language'], values: [...notText, '""', '"EN"', '"english"', longText] },
  {
    field: 'idleLockMinutes',
    path: ['idleLockMinutes'],
    values: [...never, '"5"', '[]', '-1', '241', '2.5', '1e308', '-1e308'],
  },
];

/** Unknown and prototype-polluting keys, at every level that is an object. */
const objectLevels: { field: string; path: Path }[] = [
  { field: '', path: [] },
  { field: 'colors.', path: ['colors'] },
  { field: 'crisisLines[0].', path: ['crisisLines', 0] },
  { field: 'modules[0].', path: ['modules', 0] },
];
const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'x'.repeat(100_000)];

async function load(text: string): Promise<LoadedClinic> {
  await writeFile(file, text);
  return loadClinicConfig([clinicLocationFor('machine', file)]);
}

/** What every bad file must give: no setting applied, and problems that name the file and the setting. */
function expectRefused(loaded: LoadedClinic, field: string): void {
  expect(loaded.sources[0]?.status).toBe('invalid');
  expect(loaded.settings).toEqual({});
  expect(loaded.logo).toBeNull();
  const shown = new Clinic(loaded).info([]).problems;
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(MAX_PROBLEMS_PER_FILE + 1);
  expect(shown.map((p) => p.field ?? '')).toEqual(expect.arrayContaining([expect.stringContaining(field)]));
  for (const problem of shown) {
    expect(problem.file).toBe(file);
    // A 100,000-character value or key is never echoed back whole.
    expect(describeClinicProblem(problem).length).toBeLessThan(file.length + 400);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-hostile-clinic-'));
  file = join(dir, 'clinic.json');
  await writeFile(join(dir, 'logo.png'), onePixelPng);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a hostile clinic.json', () => {
  it('starts from a file that loads with no problem, so every refusal below is the bad value’s doing', async () => {
    const loaded = await load(JSON.stringify(base));
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.name).toBe('Riverside Recovery Center');
    expect(loaded.logo).toMatch(/^data:image\/png;base64,/);
  });

  for (const { field, path, values } of table) {
    it(`refuses every bad ${field}, naming it and keeping the defaults`, async () => {
      for (const raw of values) {
        const loaded = await load(fileWith(path, raw));
        try {
          expectRefused(loaded, field);
        } catch (error) {
          throw new Error(`${field} = ${raw.slice(0, 60)}: ${(error as Error).message}`, { cause: error });
        }
      }
    });
  }

  for (const { field, path } of objectLevels) {
    it(`refuses unknown and prototype keys in ${field === '' ? 'the file' : field.slice(0, -1)}`, async () => {
      for (const key of hostileKeys) {
        for (const raw of ['1', ...pollution]) {
          const loaded = await load(fileWithKey(path, key, raw));
          expectRefused(loaded, `${field}${key.slice(0, 40)}`);
        }
      }
    });
  }

  it('refuses a file that is not one object of settings', async () => {
    for (const text of ['[]', 'null', '"clinic"', '42', 'true', deepArray]) {
      const loaded = await load(text);
      expect(loaded.settings).toEqual({});
      expect(loaded.problems).toEqual([expect.objectContaining({ file, field: null })]);
      expect(loaded.problems[0]?.message).toMatch(/one group of settings, starting with \{/);
    }
  });

  it('refuses a multi-megabyte file without reading it, and says how large a file may be', async () => {
    const loaded = await load(JSON.stringify({ ...base, name: 'x'.repeat(3 * 1024 * 1024) }));
    expect(loaded.settings).toEqual({});
    expect(loaded.problems).toEqual([
      { file, field: null, message: 'the file is larger than 256 KB; a clinic file is only a few kilobytes.' },
    ]);
  });

  it('checks a list of a hundred thousand items by its length, without checking each item', async () => {
    const text = JSON.stringify({ schemaVersion: 1, crisisLines: Array.from({ length: 100_000 }, () => 0) });
    expect(text.length).toBeLessThan(256 * 1024);
    const started = performance.now();
    const loaded = await load(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(loaded.problems).toEqual([{ file, field: 'crisisLines', message: 'list at most 8.' }]);
  });

  it('lists the first problems of a file with thousands of mistakes, and counts the rest', async () => {
    const lessons = Array.from({ length: 100 }, () => 0);
    const text = JSON.stringify({
      schemaVersion: 1,
      modules: Array.from({ length: 30 }, () => ({ id: 'a', lessons })),
    });
    const started = performance.now();
    const shown = new Clinic(await load(text)).info([]).problems;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(shown).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(shown[0]).toEqual({
      file,
      field: 'modules[0].lessons[0]',
      message: 'use text in double quotes here, not a number.',
    });
    expect(shown.at(-1)).toEqual({
      file,
      field: null,
      message: '2980 more problems in this file are not listed; fix the ones above and look again.',
    });
  });
});
