import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { getInstrument } from '../../../common/instruments';
import { checkInObservations, type CheckInForFhir } from '../../../core/fhir/checkInResources';
import {
  instrumentQuestionnaire,
  selfCheckResponse,
  selfCheckTotal,
  type SelfCheckForFhir,
} from '../../../core/fhir/selfCheckResources';
import { checkResource, loadFhirDefinitions } from '../../../core/fhir/validate';

const { t } = createI18n();
beforeAll(() => loadFhirDefinitions(join(import.meta.dirname, '../../../resources')));

const phq9Answers = (item9: number): Record<string, number> =>
  Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`phq9-${n}`, n === 9 ? item9 : 1]));

const phq9 = (overrides: Partial<SelfCheckForFhir> = {}): SelfCheckForFhir => ({
  id: '2026-11-20-0a1b2c3d',
  instrumentId: 'phq-9',
  instrumentVersion: 1,
  date: '2026-11-20',
  updatedAt: '2026-11-20T18:02:00.000Z',
  answers: phq9Answers(2),
  status: 'complete',
  total: 10,
  bandId: 'moderate',
  flagsSeen: ['safety'],
  ...overrides,
});

describe('self-checks as FHIR', () => {
  it('PHQ-9 and GAD-7 Questionnaires carry their LOINC panel, item and answer codes, and validate', () => {
    for (const [id, panel] of [
      ['phq-9', '44249-1'],
      ['gad-7', '69737-5'],
    ] as const) {
      const instrument = getInstrument(id);
      if (instrument === undefined) throw new Error(id);
      const questionnaire = instrumentQuestionnaire(instrument, 'en');
      expect(checkResource(questionnaire).problems).toEqual([]);
      expect(questionnaire.code?.[0]).toMatchObject({ system: 'http://loinc.org', code: panel });
      expect(questionnaire.item?.[0]?.code?.[0]?.system).toBe('http://loinc.org');
      expect(questionnaire.item?.[0]?.answerOption?.map((o) => o.valueCoding?.code)).toEqual([
        'LA6568-5',
        'LA6569-3',
        'LA6570-1',
        'LA6571-9',
      ]);
    }
  });

  it('a complete PHQ-9 gives a response with LOINC answer codes and a total Observation 44261-6 with its band and the item-9 mark', () => {
    const response = selfCheckResponse(phq9(), 'en');
    expect(checkResource(response).problems).toEqual([]);
    expect(response.status).toBe('completed');
    expect(response.item?.find((i) => i.linkId === 'phq9-9')?.answer?.[0]?.valueCoding).toMatchObject({
      system: 'http://loinc.org',
      code: 'LA6570-1',
      display: 'More than half the days',
    });
    const total = selfCheckTotal(phq9(), t, 'urn:uuid:0b6f0a8e-8a1c-4d55-9a44-1f7b2a0c9e11');
    if (total === null) throw new Error('no total');
    // Alone, its link to the response can only be resolved inside a bundle (bundle.test.ts): a warning, no error.
    expect(checkResource(total).problems.map((p) => p.severity)).toEqual(['warning']);
    expect(total.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '44261-6' });
    expect(total.valueInteger).toBe(10);
    expect(total.effectiveDateTime).toBe('2026-11-20');
    expect(total.interpretation?.[0]?.text).toBe(t('instruments.phq-9.bands.moderate.label'));
    expect(total.note?.[0]?.text).toBe(t('instruments.safety.summaryMark'));
    expect(total.derivedFrom?.[0]?.reference).toBe('urn:uuid:0b6f0a8e-8a1c-4d55-9a44-1f7b2a0c9e11');
  });

  it('no item-9 mark when no safety flag was raised; an incomplete form is in progress and has no total', () => {
    expect(selfCheckTotal(phq9({ flagsSeen: [] }), t, 'urn:uuid:x')?.note).toBeUndefined();
    const incomplete = phq9({ status: 'incomplete', total: null, bandId: null, answers: { 'phq9-1': 2 } });
    const response = selfCheckResponse(incomplete, 'en');
    expect(response.status).toBe('in-progress');
    expect(response.item?.map((i) => i.linkId)).toEqual(['phq9-1']);
    expect(checkResource(response).isValid).toBe(true);
    expect(selfCheckTotal(incomplete, t, 'urn:uuid:x')).toBeNull();
  });

  it("GAD-7's total uses 70274-6; Groundwork's craving check uses its own code system, not LOINC", () => {
    const gad = selfCheckTotal(
      phq9({ instrumentId: 'gad-7', answers: {}, total: 3, bandId: 'minimal', flagsSeen: [] }),
      t,
      'urn:uuid:x',
    );
    expect(gad?.code.coding?.[0]?.code).toBe('70274-6');
    const craving = getInstrument('craving-check');
    if (craving === undefined) throw new Error('craving-check');
    const questionnaire = instrumentQuestionnaire(craving, 'en');
    expect(questionnaire.code?.[0]?.system).toBe('https://groundwork.app/fhir/CodeSystem/craving-check');
    expect(checkResource(questionnaire).problems).toEqual([]);
  });
});

describe('check-ins as FHIR Observations', () => {
  const day: CheckInForFhir = {
    date: '2026-11-21',
    mood: 6,
    craving: 0,
    stress: null,
    sleepHours: 7.5,
    sleepQuality: 3,
    used: 'no',
    skills: [],
    ownSkills: ['Called my sister'],
    note: 'Private words',
    updatedAt: '2026-11-21T20:00:00.000Z',
  };

  it('one valid Observation per answered measure, in the check-in code system; a skipped one gives none', () => {
    const observations = checkInObservations(day, t, { includeNotes: false });
    for (const o of observations) expect(checkResource(o).problems).toEqual([]);
    const byCode = new Map(observations.map((o) => [o.code.coding?.[0]?.code, o]));
    expect([...byCode.keys()]).toEqual([
      'mood',
      'craving',
      'sleep-quality',
      'sleep-hours',
      'used-since-last-check-in',
      'skills-used',
    ]);
    expect(byCode.get('craving')?.valueInteger).toBe(0);
    expect(byCode.get('sleep-hours')?.valueQuantity).toEqual({
      value: 7.5,
      unit: 'h',
      system: 'http://unitsofmeasure.org',
      code: 'h',
    });
    expect(byCode.get('used-since-last-check-in')?.valueBoolean).toBe(false);
    expect(
      observations.every((o) => o.code.coding?.[0]?.system === 'https://groundwork.app/fhir/CodeSystem/check-in'),
    ).toBe(true);
  });

  it('the note goes only when the person includes it', () => {
    const codes = (includeNotes: boolean) =>
      checkInObservations(day, t, { includeNotes }).map((o) => o.code.coding?.[0]?.code);
    expect(codes(false)).not.toContain('note');
    expect(codes(true)).toContain('note');
  });
});
