import { describe, expect, it } from 'vitest';
import { describeClinicProblem } from '../../../common/clinic';
import { clinicErrorMap, issueProblem } from '../../../core/clinic/clinicIssues';
import { clinicConfigSchema } from '../../../core/clinic/clinicSchema';

/**
 * The clinic file's settings one by one, checked the way readClinicFile checks
 * them: what a clinic gets back when a setting is right (defaults filled in, text
 * trimmed), and the sentence the About page shows when it is wrong.
 */

const file = '/etc/groundwork/clinic.json';

/** The problems the About page lists for a file holding `settings`, as "field: message". */
function problems(settings: Record<string, unknown>): string[] {
  const parsed = clinicConfigSchema.safeParse({ schemaVersion: 1, ...settings }, { error: clinicErrorMap });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => describeClinicProblem(issueProblem(file, issue)).slice(file.length + 2));
}

/** The settings as the app uses them, when the file is valid. */
function settingsOf(settings: Record<string, unknown>): Record<string, unknown> {
  return clinicConfigSchema.parse({ schemaVersion: 1, ...settings }, { error: clinicErrorMap });
}

describe('the clinic file schema', () => {
  it('trims text and fills in the documented defaults', () => {
    expect(
      settingsOf({
        name: '  Riverside  ',
        logo: ' images/logo.png ',
        colors: { accent: ' #0B5D3B ' },
        crisisLines: [{ name: ' Riverside Crisis Line ', contact: ' 555-0199 ' }],
        localNumbers: [{ name: 'Front desk', contact: '555-0100', detail: '  Weekdays  ' }],
        modules: [{ id: 'coping-skills', name: ' Coping ', overview: ' Skills. ', lessons: ['a-lesson'] }],
      }),
    ).toEqual({
      schemaVersion: 1,
      name: 'Riverside',
      logo: 'images/logo.png',
      colors: { accent: '#0b5d3b', accentText: '#ffffff' },
      crisisLines: [{ name: 'Riverside Crisis Line', contact: '555-0199', detail: '' }],
      localNumbers: [{ name: 'Front desk', contact: '555-0100', detail: 'Weekdays' }],
      modules: [{ id: 'coping-skills', name: 'Coping', overview: 'Skills.', lessons: ['a-lesson'] }],
    });
  });

  it('takes several modules, each listed once', () => {
    expect(settingsOf({ modules: [{ id: 'our-program' }, { id: 'coping-skills' }] }).modules).toEqual([
      { id: 'our-program' },
      { id: 'coping-skills' },
    ]);
  });

  it('asks for schemaVersion 1, and calls only a higher number a newer Groundwork', () => {
    const add = 'schemaVersion: add "schemaVersion": 1 at the top of the file';
    for (const version of [0, '2', '1', null])
      expect(problems({ schemaVersion: version }), String(version)).toEqual([add]);
    expect(problems({ schemaVersion: 3 })).toEqual([
      'schemaVersion: this file is for a newer version of Groundwork (schemaVersion 3); update Groundwork or use schemaVersion 1',
    ]);
  });

  it('says what a crisis line or local number is missing', () => {
    expect(
      problems({ crisisLines: [{ name: '  ', contact: '988' }], localNumbers: [{ name: 'Desk', contact: ' ' }] }),
    ).toEqual([
      'crisisLines[0].name: give the name of the service',
      'localNumbers[0].contact: give the number to call or text',
    ]);
  });

  it('asks for at least one crisis line or module rather than an empty list, but allows no local numbers', () => {
    expect(problems({ crisisLines: [], modules: [], localNumbers: [] })).toEqual([
      'crisisLines: list at least one crisis line, or leave crisisLines out',
      'modules: list at least one module, or leave modules out',
    ]);
  });

  it('explains the id pattern for module and lesson ids', () => {
    expect(problems({ modules: [{ id: 'Coping Skills', lessons: ['a_b'] }] })).toEqual([
      'modules[0].id: use lowercase letters, digits and single hyphens, like "coping-skills"',
      'modules[0].lessons[0]: use lowercase letters, digits and single hyphens, like "coping-skills"',
    ]);
  });

  it('asks for a two-letter language code', () => {
    expect(problems({ language: 'English' })).toEqual(['language: use a two-letter language code, like "en"']);
    expect(settingsOf({ language: 'es' }).language).toBe('es');
  });

  it('measures the accent against the warm page as well as white cards, giving the lower ratio', () => {
    // #767676 reaches 4.54:1 on white but only 4.35:1 on the page colour.
    expect(problems({ colors: { accent: '#767676' } })).toEqual([
      'colors.accent: #767676 has a contrast of 4.35:1 against the white page; links and headings need at least 4.5:1. Choose a darker colour.',
    ]);
    expect(problems({ colors: { accent: '#737373' } })).toEqual([]);
  });
});

describe('self-checks in the clinic file', () => {
  it('takes the built-in self-checks in the clinic’s order, each with an optional interval in days', () => {
    expect(settingsOf({ selfChecks: [{ id: 'gad-7', intervalDays: 7 }, { id: 'phq-9' }] }).selfChecks).toEqual([
      { id: 'gad-7', intervalDays: 7 },
      { id: 'phq-9' },
    ]);
    expect(settingsOf({ selfChecks: [] }).selfChecks).toEqual([]);
  });

  it('names the self-checks Groundwork has when an id is not one of them', () => {
    expect(problems({ selfChecks: [{ id: 'audit-c' }] })).toEqual([
      'selfChecks[0].id: use one of the self-checks Groundwork has: "phq-9", "gad-7", "craving-check"',
    ]);
  });

  it('asks for whole days from 1 to 365, and each self-check once', () => {
    expect(
      problems({
        selfChecks: [
          { id: 'phq-9', intervalDays: 2.5 },
          { id: 'gad-7', intervalDays: 0 },
          { id: 'craving-check', intervalDays: 366 },
        ],
      }),
    ).toEqual([
      'selfChecks[0].intervalDays: use whole days',
      'selfChecks[1].intervalDays: use a number no smaller than 1.',
      'selfChecks[2].intervalDays: use a number no larger than 365.',
    ]);
    expect(problems({ selfChecks: [{ id: 'phq-9' }, { id: 'phq-9', intervalDays: 7 }] })).toEqual([
      'selfChecks: list each self-check once',
    ]);
  });
});

describe('reminders in the clinic file', () => {
  it('takes neutral one-line words for a lock screen, trimmed', () => {
    expect(
      settingsOf({
        reminders: { enabled: false, title: ' Groundwork ', checkIn: 'Time to check in', practice: 'Practice' },
      }).reminders,
    ).toEqual({ enabled: false, title: 'Groundwork', checkIn: 'Time to check in', practice: 'Practice' });
  });

  it('refuses a line with a line break or an invisible control character', () => {
    expect(problems({ reminders: { title: 'Group\ntonight', checkIn: 'Check\u200bin' } })).toEqual([
      'reminders.title: one line, with no control characters',
      'reminders.checkIn: one line, with no control characters',
    ]);
  });
});

describe('the FHIR server in the clinic file', () => {
  const smart = {
    type: 'smart-backend-services',
    tokenUrl: 'https://fhir.example.org/token',
    clientId: 'groundwork',
    keyId: 'key-1',
    algorithm: 'ES384',
    keyFile: 'fhir-key.pem',
  };

  it('takes a bearer token file or a SMART client, with the default scope', () => {
    expect(
      settingsOf({
        fhir: { baseUrl: ' https://fhir.example.org/r4 ', auth: { type: 'bearer', tokenFile: 'token.txt' } },
      }).fhir,
    ).toEqual({ baseUrl: 'https://fhir.example.org/r4', auth: { type: 'bearer', tokenFile: 'token.txt' } });
    expect(settingsOf({ fhir: { baseUrl: 'http://localhost:8080/fhir', auth: smart } }).fhir).toEqual({
      baseUrl: 'http://localhost:8080/fhir',
      auth: { ...smart, scope: 'system/*.write' },
    });
  });

  it('trims the names it is given and keeps a scope the clinic sets', () => {
    expect(
      settingsOf({
        fhir: {
          baseUrl: 'https://fhir.example.org/r4',
          patientIdentifierSystem: ' urn:oid:2.16.840.1.113883.3.1 ',
          auth: { ...smart, clientId: ' groundwork ', keyFile: ' fhir-key.pem ', scope: ' system/Observation.write ' },
        },
      }).fhir,
    ).toEqual({
      baseUrl: 'https://fhir.example.org/r4',
      patientIdentifierSystem: 'urn:oid:2.16.840.1.113883.3.1',
      auth: { ...smart, scope: 'system/Observation.write' },
    });
  });

  it('asks for the secret files and client names it needs', () => {
    expect(
      problems({ fhir: { baseUrl: 'https://fhir.example.org/r4', auth: { type: 'bearer', tokenFile: '  ' } } }),
    ).toEqual(['fhir.auth.tokenFile: this cannot be empty.']);
    expect(
      problems({
        fhir: {
          baseUrl: 'https://fhir.example.org/r4',
          patientIdentifierSystem: ' ',
          auth: { ...smart, clientId: ' ', keyId: '', scope: ' ' },
        },
      }),
    ).toEqual([
      'fhir.patientIdentifierSystem: this cannot be empty.',
      'fhir.auth.clientId: this cannot be empty.',
      'fhir.auth.keyId: this cannot be empty.',
      'fhir.auth.scope: this cannot be empty.',
    ]);
  });

  it('asks for https for the server and its token address, except on this computer', () => {
    const message = 'use an https address, like "https://fhir.example.org/r4" (plain http only on this computer)';
    expect(
      problems({
        fhir: { baseUrl: 'http://fhir.example.org/r4', auth: { ...smart, tokenUrl: 'http://fhir.example.org/token' } },
      }),
    ).toEqual([`fhir.baseUrl: ${message}`, `fhir.auth.tokenUrl: ${message}`]);
  });
});
