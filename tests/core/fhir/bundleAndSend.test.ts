import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import type { Bundle, Observation, Patient, QuestionnaireResponse } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { asTransaction, buildShareBundle, countResources, type ShareSelection } from '../../../core/fhir/bundle';
import { isAllowedServerUrl, sendBundle, type FhirServer, type SendDeps } from '../../../core/fhir/send';
import { checkResource, loadFhirDefinitions } from '../../../core/fhir/validate';
import { startFhirServer, type TestFhirServer } from './fhirTestServer';

const { t } = createI18n();
const TOKEN = 'clinic-issued-token';
const keys = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
let server: TestFhirServer;

beforeAll(async () => {
  await loadFhirDefinitions(join(import.meta.dirname, '../../../resources'));
  server = await startFhirServer({
    token: TOKEN,
    smart: {
      clientId: 'groundwork-clinic',
      publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
  });
}, 60_000);
afterAll(() => server.close());

const deps: SendDeps = { fetch, timeoutMs: 10_000, now: () => new Date() };

let counter = 0;
const selection = (overrides: Partial<ShareSelection> = {}): ShareSelection => ({
  from: '2026-11-01',
  to: '2026-11-30',
  language: 'en',
  worksheets: [
    {
      lesson: {
        id: 'coping-cards',
        title: 'Coping cards',
        language: 'en',
        exercises: [{ id: 'card', type: 'coping-card', label: '' }],
      },
      answers: new Map([
        ['card', { value: { front: 'I need it', back: 'It passes' }, updatedAt: '2026-11-10T09:00:00Z' }],
      ]),
    },
  ],
  selfChecks: [
    {
      id: '2026-11-20-0a1b2c3d',
      instrumentId: 'gad-7',
      instrumentVersion: 1,
      date: '2026-11-20',
      updatedAt: '2026-11-20T18:00:00Z',
      answers: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`gad7-${n}`, 1])),
      status: 'complete',
      total: 7,
      bandId: 'mild',
      flagsSeen: [],
    },
  ],
  checkIns: [
    {
      date: '2026-10-31',
      mood: 2,
      craving: 9,
      stress: 9,
      sleepHours: null,
      sleepQuality: null,
      used: null,
      skills: [],
      ownSkills: [],
      note: '',
      updatedAt: '2026-10-31T20:00:00Z',
    },
    {
      date: '2026-11-21',
      mood: 6,
      craving: 2,
      stress: null,
      sleepHours: null,
      sleepQuality: null,
      used: 'no',
      skills: [],
      ownSkills: [],
      note: 'mine',
      updatedAt: '2026-11-21T20:00:00Z',
    },
  ],
  includeNotes: false,
  includeQuestionnaires: true,
  patientIdentifier: null,
  ...overrides,
});
const build = (overrides: Partial<ShareSelection> = {}): Bundle =>
  buildShareBundle(selection(overrides), {
    t,
    now: '2026-12-01T12:00:00Z',
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  });

describe('the export bundle', () => {
  it('holds what was chosen within the dates, and validates as a whole with every link resolved inside it', () => {
    const bundle = build();
    expect(checkResource(bundle).problems).toEqual([]);
    expect(countResources(bundle)).toEqual({ Questionnaire: 2, QuestionnaireResponse: 2, Observation: 4 });
    const days = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is Observation => r?.resourceType === 'Observation')
      .map((o) => o.effectiveDateTime);
    expect(days).not.toContain('2026-10-31');
  });

  it('carries no identifier at all unless the person adds the clinic ID for them, and then only that', () => {
    const plain = build();
    expect(countResources(plain).Patient).toBeUndefined();
    expect(JSON.stringify(plain)).not.toMatch(/"subject"|"identifier"/);
    const named = build({ patientIdentifier: { system: 'urn:oid:2.16.840.1.113883.3.999.1', value: 'MRN-0042' } });
    expect(checkResource(named).problems).toEqual([]);
    const patient = named.entry?.[0]?.resource as Patient;
    expect(patient).toEqual({
      resourceType: 'Patient',
      identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.999.1', value: 'MRN-0042' }],
    });
    const responses = (named.entry ?? []).filter((e) => e.resource?.resourceType === 'QuestionnaireResponse');
    expect(
      responses.every((e) => (e.resource as QuestionnaireResponse).subject?.reference === named.entry?.[0]?.fullUrl),
    ).toBe(true);
  });

  it('a reference to an entry that is not in the bundle is an error', () => {
    const bundle = build();
    const broken = structuredClone(bundle);
    const total = broken.entry?.find((e) => e.resource?.resourceType === 'Observation' && 'derivedFrom' in e.resource);
    if (total?.resource?.resourceType !== 'Observation') throw new Error('no total');
    total.resource.derivedFrom = [
      { reference: 'urn:uuid:11111111-1111-4111-8111-111111111111', type: 'QuestionnaireResponse' },
    ];
    expect(checkResource(broken).isValid).toBe(false);
  });
});

describe('sending to the clinic’s FHIR server', () => {
  const bearer: FhirServer = { baseUrl: '', auth: { type: 'bearer', token: TOKEN } };

  it('a transaction with a bearer token creates every resource, and sending twice never makes a second patient', async () => {
    const named = build({ patientIdentifier: { system: 'urn:oid:2.16.840.1.113883.3.999.1', value: 'MRN-0042' } });
    const transaction = asTransaction(named);
    expect(checkResource(transaction).problems).toEqual([]);
    const first = await sendBundle(transaction, { ...bearer, baseUrl: server.baseUrl }, deps);
    expect(first).toMatchObject({ status: 'sent', httpStatus: 200 });
    if (first.status !== 'sent') return;
    expect(first.created).toHaveLength(transaction.entry?.length ?? 0);
    expect(first.created.every((c) => c.location !== '')).toBe(true);
    await sendBundle(
      asTransaction(build({ patientIdentifier: { system: 'urn:oid:2.16.840.1.113883.3.999.1', value: 'MRN-0042' } })),
      { ...bearer, baseUrl: server.baseUrl },
      deps,
    );
    const patients = await server.repo.searchResources({ resourceType: 'Patient' });
    expect(patients).toHaveLength(1);
    const observations = await server.repo.searchResources<Observation>({ resourceType: 'Observation' });
    expect(observations.length).toBe(8);
    expect(observations.every((o) => o.subject?.reference === `Patient/${patients[0]?.id ?? ''}`)).toBe(true);
  });

  it('SMART Backend Services: a signed ES384 assertion is exchanged for a token, then the bundle is sent', async () => {
    const smart: FhirServer = {
      baseUrl: server.baseUrl,
      auth: {
        type: 'smart-backend-services',
        tokenUrl: server.tokenUrl,
        clientId: 'groundwork-clinic',
        keyId: 'clinic-key-1',
        algorithm: 'ES384',
        privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        scope: 'system/Observation.write system/QuestionnaireResponse.write',
      },
    };
    const outcome = await sendBundle(asTransaction(build()), smart, deps);
    expect(outcome.status).toBe('sent');
    expect(server.seen.at(-2)?.path).toBe('/token');
    expect(server.seen.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
    const other = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    const wrongKey = {
      ...smart,
      auth: { ...smart.auth, privateKey: other.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    } as FhirServer;
    expect(await sendBundle(asTransaction(build()), wrongKey, deps)).toMatchObject({
      status: 'refused',
      httpStatus: 401,
    });
  });

  it('a refused token and an unreachable server come back as outcomes the screen can explain, never a throw', async () => {
    const refused = await sendBundle(
      asTransaction(build()),
      { baseUrl: server.baseUrl, auth: { type: 'bearer', token: 'wrong' } },
      deps,
    );
    expect(refused).toEqual({ status: 'refused', httpStatus: 401, reasons: ['Unauthorized'] });
    const closed = await startFhirServer({ token: TOKEN });
    await closed.close();
    const offline = await sendBundle(asTransaction(build()), { ...bearer, baseUrl: closed.baseUrl }, deps);
    expect(offline.status).toBe('unreachable');
  });

  it('only https servers, or http on this computer, may be named', () => {
    expect(isAllowedServerUrl('https://fhir.clinic.example/r4')).toBe(true);
    expect(isAllowedServerUrl('http://127.0.0.1:8080/fhir')).toBe(true);
    expect(isAllowedServerUrl('http://fhir.clinic.example/r4')).toBe(false);
    expect(isAllowedServerUrl('https://user:pass@fhir.clinic.example/r4')).toBe(false);
    expect(isAllowedServerUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedServerUrl('not a url')).toBe(false);
  });
});
