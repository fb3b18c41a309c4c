import { describe, expect, it } from 'vitest';
import type { ClinicProblem } from '../../../common/clinic';
import { capProblems, clinicErrorMap, issueProblem, MAX_PROBLEMS_PER_FILE } from '../../../core/clinic/clinicIssues';
import { clinicConfigSchema } from '../../../core/clinic/clinicSchema';

/**
 * The sentences the About page shows for a wrong setting: the kind of value
 * expected and given, the limit that was passed, the unknown setting names, and
 * a long list of problems cut down to a readable one.
 */

const file = '/etc/groundwork/clinic.json';

/** The problems of a file holding `settings`, as "field: message". */
function problems(settings: unknown): string[] {
  const parsed = clinicConfigSchema.safeParse(settings, { error: clinicErrorMap });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const problem = issueProblem(file, issue);
    return `${problem.field}: ${problem.message}`;
  });
}
const withVersion = (settings: Record<string, unknown>) => problems({ schemaVersion: 1, ...settings });

describe('clinic problems in plain words', () => {
  it('names the kind of value expected and the kind given', () => {
    expect(
      withVersion({
        name: 42,
        idleLockMinutes: '5',
        colors: [],
        reminders: { enabled: 'yes' },
        logo: null,
        language: true,
        crisisLines: [{ name: 'Crisis line' }],
        localNumbers: {},
      }),
    ).toEqual([
      'name: use text in double quotes here, not a number.',
      'logo: use text in double quotes here, not null.',
      'colors: use settings in { } here, not a list in [ ].',
      'crisisLines[0].contact: use text in double quotes here, not nothing.',
      'localNumbers: use a list in [ ] here, not settings in { }.',
      'language: use text in double quotes here, not true or false.',
      'idleLockMinutes: use a number here, not text in double quotes.',
      'reminders.enabled: use true or false here, not text in double quotes.',
    ]);
  });

  it('gives the limit that was passed, for text, lists and numbers', () => {
    expect(
      withVersion({
        name: 'x'.repeat(81),
        localNumbers: Array.from({ length: 9 }, () => ({ name: 'Desk', contact: '555' })),
        idleLockMinutes: 241,
      }),
    ).toEqual([
      'name: use at most 80 characters.',
      'localNumbers: list at most 8.',
      'idleLockMinutes: use a number no larger than 240.',
    ]);
    expect(withVersion({ name: '', idleLockMinutes: -1 })).toEqual([
      'name: this cannot be empty.',
      'idleLockMinutes: use a number no smaller than 0.',
    ]);
  });

  it('gives each limit its own number, however many times the same kind of mistake appears', () => {
    // The messages are remembered by kind and limit: a module name allows 60 characters, the clinic name 80.
    expect(
      withVersion({
        name: 'x'.repeat(81),
        modules: [{ id: 'coping-skills', name: 'x'.repeat(61) }],
        selfChecks: [{ id: 'phq-9', intervalDays: 400 }],
        idleLockMinutes: 400,
      }),
    ).toEqual([
      'name: use at most 80 characters.',
      'modules[0].name: use at most 60 characters.',
      'idleLockMinutes: use a number no larger than 240.',
      'selfChecks[0].intervalDays: use a number no larger than 365.',
    ]);
  });

  it('tells apart mistakes that differ only in what was expected or in the limit', () => {
    expect(withVersion({ name: 42, reminders: { enabled: 42 } })).toEqual([
      'name: use text in double quotes here, not a number.',
      'reminders.enabled: use true or false here, not a number.',
    ]);
    expect(withVersion({ name: '', idleLockMinutes: -1, selfChecks: [{ id: 'phq-9', intervalDays: 0 }] })).toEqual([
      'name: this cannot be empty.',
      'idleLockMinutes: use a number no smaller than 0.',
      'selfChecks[0].intervalDays: use a number no smaller than 1.',
    ]);
  });

  it('says a value is not allowed where only some words are', () => {
    expect(
      withVersion({
        fhir: {
          baseUrl: 'https://fhir.example.org/r4',
          auth: { type: 'basic', user: 'x' },
        },
      }),
    ).toEqual(['fhir.auth.type: this value is not allowed here.']);
    expect(
      withVersion({
        fhir: {
          baseUrl: 'https://fhir.example.org/r4',
          auth: {
            type: 'smart-backend-services',
            tokenUrl: 'https://fhir.example.org/token',
            clientId: 'groundwork',
            keyId: 'key-1',
            algorithm: 'RS256',
            keyFile: 'key.pem',
          },
        },
      }),
    ).toEqual(['fhir.auth.algorithm: this value is not allowed here.']);
  });

  it('lists unknown settings by name, at most five, and counts the rest', () => {
    expect(withVersion({ colour: '#000000' })).toEqual([
      'colour: unknown setting "colour": check the spelling against docs/RELEASING.md.',
    ]);
    expect(withVersion({ a: 1, b: 1, c: 1, d: 1, e: 1 })).toEqual([
      'a: unknown setting "a", "b", "c", "d", "e": check the spelling against docs/RELEASING.md.',
    ]);
    expect(withVersion({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1 })).toEqual([
      'a: unknown setting "a", "b", "c", "d", "e" and 2 more: check the spelling against docs/RELEASING.md.',
    ]);
    expect(withVersion({ colors: { accent: '#0b5d3b', [`b${'x'.repeat(60)}`]: 1 } })).toEqual([
      `colors.b${'x'.repeat(39)}…: unknown setting "b${'x'.repeat(39)}…": check the spelling against docs/RELEASING.md.`,
    ]);
  });

  it('repeats a setting name of up to 40 characters whole', () => {
    const key = `k${'x'.repeat(39)}`;
    expect(withVersion({ [key]: 1 })).toEqual([
      `${key}: unknown setting "${key}": check the spelling against docs/RELEASING.md.`,
    ]);
  });

  it('says the file must be one group of settings, when it is anything else', () => {
    const parsed = clinicConfigSchema.safeParse([], { error: clinicErrorMap });
    expect(parsed.error?.issues.map((issue) => issueProblem(file, issue))).toEqual([
      { file, field: null, message: 'the file must hold one group of settings, starting with { and ending with }.' },
    ]);
  });
});

describe('capProblems', () => {
  const many = (from: string, count: number): ClinicProblem[] =>
    Array.from({ length: count }, (_, i) => ({ file: from, field: `modules[${i}].id`, message: 'wrong' }));

  it('keeps a short list as it is', () => {
    const list = many(file, MAX_PROBLEMS_PER_FILE);
    expect(capProblems(list)).toEqual(list);
  });

  it('keeps the first problems of each file, then counts that file’s others in one line after them', () => {
    const user = '/home/pat/.config/Groundwork/clinic.json';
    const capped = capProblems([...many(file, MAX_PROBLEMS_PER_FILE + 1), ...many(user, MAX_PROBLEMS_PER_FILE + 5)]);
    expect(capped).toEqual([
      ...many(file, MAX_PROBLEMS_PER_FILE),
      {
        file,
        field: null,
        message: '1 more problems in this file are not listed; fix the ones above and look again.',
      },
      ...many(user, MAX_PROBLEMS_PER_FILE),
      {
        file: user,
        field: null,
        message: '5 more problems in this file are not listed; fix the ones above and look again.',
      },
    ]);
  });
});
