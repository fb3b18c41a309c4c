import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import type { ShareRecord, ShareRequest } from '../../../common/shareApi';
import { ApiFailure } from '../../../common/result';
import { clinicConfigSchema, type ClinicFhirServer } from '../../../core/clinic/clinicSchema';
import { shareHandlers, type ShareDeps } from '../../../core/fhir/shareHandlers';
import { checkResource } from '../../../core/fhir/validate';
import { startFhirServer, type TestFhirServer } from './fhirTestServer';

const { t } = createI18n();
const TOKEN = 'token-from-the-clinic';
let server: TestFhirServer;
let work: string;

beforeAll(async () => {
  server = await startFhirServer({ token: TOKEN });
  work = await mkdtemp(join(tmpdir(), 'groundwork-share-'));
  await writeFile(join(work, 'fhir-token.txt'), `${TOKEN}\n`);
  await writeFile(join(work, 'clinic.json'), '{}');
}, 60_000);
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

function makeDeps(overrides: Partial<ShareDeps> = {}): ShareDeps & { log: ShareRecord[]; saved: string[] } {
  const log: ShareRecord[] = [];
  const saved: string[] = [];
  return {
    log,
    saved,
    resourcesDir: join(import.meta.dirname, '../../../resources'),
    t,
    language: () => 'en',
    now: () => new Date('2026-12-01T12:00:00Z'),
    activeProfileId: () => Promise.resolve('ana'),
    worksheets: () =>
      Promise.resolve([
        {
          lesson: {
            id: 'values',
            title: 'Values',
            language: 'en',
            exercises: [{ id: 'why', type: 'long-text', label: 'Why' }],
          },
          answers: new Map([['why', { value: 'My kids', updatedAt: '2026-11-15T10:00:00Z' }]]),
        },
      ]),
    checkinRange: () =>
      Promise.resolve({
        checkIns: [
          {
            date: '2026-11-21',
            mood: 6,
            craving: 2,
            stress: 4,
            sleepHours: 7,
            sleepQuality: 3,
            used: 'no',
            skills: [],
            ownSkills: [],
            note: 'private',
            updatedAt: '2026-11-21T20:00:00Z',
          },
        ],
        selfChecks: [],
      }),
    clinicServer: () => ({
      setting: {
        baseUrl: server.baseUrl,
        patientIdentifierSystem: 'urn:oid:2.16.840.1.113883.3.999.1',
        auth: { type: 'bearer', tokenFile: 'fhir-token.txt' },
      },
      file: join(work, 'clinic.json'),
    }),
    chooseSavePath: (name) => {
      const path = join(work, name);
      saved.push(path);
      return Promise.resolve(path);
    },
    shareLog: {
      append: (record) => {
        log.push(record);
        return Promise.resolve();
      },
      list: () => Promise.resolve([...log]),
    },
    fetch,
    sendTimeoutMs: 10_000,
    ...overrides,
  };
}

const request: ShareRequest = {
  from: '2026-11-01',
  to: '2026-11-30',
  worksheets: true,
  selfChecks: true,
  checkIns: true,
  notes: false,
};

describe('sharing with the care team', () => {
  it('previews what would go, and which server', async () => {
    const preview = await shareHandlers(makeDeps()).previewShare(request);
    expect(preview.counts).toEqual({ Questionnaire: 1, QuestionnaireResponse: 1, Observation: 6 });
    expect(preview.problems).toEqual([]);
    expect(preview.server).toEqual({ baseUrl: server.baseUrl, acceptsPatientId: true });
  });

  it('saves a valid FHIR bundle file where the person chooses, with nothing they left out', async () => {
    const deps = makeDeps();
    const outcome = await shareHandlers(deps).exportShare({ ...request, worksheets: false });
    expect(outcome.status).toBe('saved');
    const bundle = JSON.parse(await readFile(deps.saved[0] ?? '', 'utf8')) as Bundle;
    expect(checkResource(bundle).isValid).toBe(true);
    expect(JSON.stringify(bundle)).not.toContain('private');
    expect(JSON.stringify(bundle)).not.toContain('My kids');
    expect(deps.log).toEqual([]);
  });

  it('sends only when asked, with the clinic ID typed for this send, and keeps a record of what went when', async () => {
    const deps = makeDeps();
    const record = await shareHandlers(deps).sendShare({ ...request, patientId: 'MRN-77' });
    expect(record).toMatchObject({ status: 'sent', server: server.baseUrl, from: '2026-11-01', to: '2026-11-30' });
    expect(deps.log).toEqual([record]);
    const patients = await server.repo.searchResources<Patient>({ resourceType: 'Patient' });
    expect(patients.map((p) => p.identifier?.[0]?.value)).toContain('MRN-77');
    expect((await shareHandlers(deps).listShares()).shares).toEqual([record]);
  });

  it('a server that refuses, or cannot be reached, is recorded with its reason; nothing is lost', async () => {
    await writeFile(join(work, 'bad-token.txt'), 'not-the-token');
    const deps = makeDeps({
      clinicServer: () => ({
        setting: { baseUrl: server.baseUrl, auth: { type: 'bearer', tokenFile: 'bad-token.txt' } },
        file: join(work, 'clinic.json'),
      }),
    });
    const refused = await shareHandlers(deps).sendShare(request);
    expect(refused).toMatchObject({ status: 'refused', reasons: ['Unauthorized'] });
    expect(deps.log).toHaveLength(1);
  });

  it('refuses a request meant for another profile, a clinic with no server, and a secret file outside the clinic folder', async () => {
    await expect(shareHandlers(makeDeps()).sendShare({ ...request, profileId: 'someone-else' })).rejects.toMatchObject({
      code: 'forbidden',
      details: { reason: 'profile-changed' },
    });
    await expect(shareHandlers(makeDeps({ clinicServer: () => null })).sendShare(request)).rejects.toBeInstanceOf(
      ApiFailure,
    );
    await symlink('/etc/hostname', join(work, 'linked-token.txt'));
    const linked = makeDeps({
      clinicServer: () => ({
        setting: { baseUrl: server.baseUrl, auth: { type: 'bearer', tokenFile: 'linked-token.txt' } },
        file: join(work, 'clinic.json'),
      }),
    });
    await expect(shareHandlers(linked).sendShare(request)).rejects.toMatchObject({ code: 'export-failed' });
    expect(linked.log).toEqual([]);
  });
});

describe('the fhir setting in clinic.json', () => {
  const parse = (fhir: unknown) => clinicConfigSchema.safeParse({ schemaVersion: 1, fhir });
  it('accepts a bearer token file or a SMART Backend Services client', () => {
    const bearer: ClinicFhirServer = {
      baseUrl: 'https://fhir.clinic.example/r4',
      auth: { type: 'bearer', tokenFile: 'token.txt' },
    };
    expect(parse(bearer).success).toBe(true);
    expect(
      parse({
        baseUrl: 'https://fhir.clinic.example/r4',
        auth: {
          type: 'smart-backend-services',
          tokenUrl: 'https://auth.clinic.example/token',
          clientId: 'gw',
          keyId: 'k1',
          algorithm: 'RS384',
          keyFile: 'key.pem',
        },
      }).success,
    ).toBe(true);
  });
  it('refuses plain http off this computer, a token written into the file, and automatic sending', () => {
    expect(parse({ baseUrl: 'http://fhir.clinic.example', auth: { type: 'bearer', tokenFile: 't' } }).success).toBe(
      false,
    );
    expect(parse({ baseUrl: 'https://fhir.clinic.example', auth: { type: 'bearer', token: 'abc' } }).success).toBe(
      false,
    );
    expect(
      parse({ baseUrl: 'https://fhir.clinic.example', auth: { type: 'bearer', tokenFile: 't' }, autoSend: true })
        .success,
    ).toBe(false);
  });
});
