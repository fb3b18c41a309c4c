import { describe, expect, it } from 'vitest';
import {
  getInstrument,
  type Instrument,
  instrumentIds,
  instruments,
  isInstrumentId,
  languagesOf,
  LOINC_SYSTEM,
  textIn,
} from '../../../common/instruments';
import { createI18n } from '../../../common/i18n/createI18n';
import { instrument } from './helpers';

const codes = (inst: Instrument) => inst.items.map((i) => i.coding?.code ?? null);
const frequency = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
const pfizer =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

describe('the instrument registry', () => {
  it('lists PHQ-9, GAD-7 and the craving check, in that order, by id', () => {
    expect(instrumentIds).toEqual(['phq-9', 'gad-7', 'craving-check']);
    expect([...instruments.keys()]).toEqual(instrumentIds);
    for (const id of instrumentIds) expect(instrument(id).id).toBe(id);
  });

  it('finds each built-in instrument by its id', () => {
    for (const id of instrumentIds) expect(getInstrument(id)).toBe(instruments.get(id));
  });

  it('finds nothing for unknown or prototype-named ids', () => {
    for (const id of ['phq-8', '__proto__', 'constructor', 'toString', '']) {
      expect(getInstrument(id)).toBeUndefined();
      expect(isInstrumentId(id)).toBe(false);
    }
    expect(isInstrumentId('gad-7')).toBe(true);
  });

  it('hands out frozen instruments, so no screen can change the wording for others', () => {
    const phq = instrument('phq-9');
    expect(() => {
      (phq.items[0].text as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(() => (phq.bands as unknown[]).push({})).toThrow(TypeError);
    expect(phq.items[0].text.en).toBe('Little interest or pleasure in doing things');
  });

  it('offers the published instruments in English only for now, its own check in both, and falls back to English', () => {
    for (const id of instrumentIds) {
      expect(languagesOf(instrument(id))).toEqual(id === 'craving-check' ? ['en', 'es'] : ['en']);
    }
    expect(textIn({ en: 'Trouble relaxing' }, 'es')).toEqual({ text: 'Trouble relaxing', language: 'en' });
    expect(textIn({ en: 'Yes', es: 'Sí' }, 'es')).toEqual({ text: 'Sí', language: 'es' });
    expect(textIn({ en: 'Yes', es: 'Sí' }, 'fr')).toEqual({ text: 'Yes', language: 'en' });
  });

  it('has an English string for every i18n key an instrument names', () => {
    const t = createI18n('en').t;
    for (const inst of instruments.values()) {
      const keys = [
        inst.titleKey,
        ...inst.bands.flatMap((b) => [b.labelKey, b.meaningKey]),
        ...inst.flags.flatMap((f) => [f.messageKey, f.summaryKey]),
      ];
      for (const key of keys) expect(t(key), key).not.toBe(key);
    }
    for (const key of ['common.talkWithCareTeam', 'common.notADiagnosis', 'common.ownCheck', 'safety.reachOut']) {
      expect(t(`instruments.${key}`)).not.toBe(`instruments.${key}`);
    }
  });
});

describe('PHQ-9 as published', () => {
  const phq = instrument('phq-9');

  it('keeps the published stem, items, answers and notice', () => {
    expect(phq.instructions.en).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect(phq.items.map((i) => i.text.en)).toEqual([
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    ]);
    for (const item of phq.items.slice(0, 9)) {
      expect(item.options.map((o) => [o.value, o.score, o.text.en])).toEqual(frequency.map((f, n) => [n, n, f]));
    }
    expect(phq.items[9].options.map((o) => o.text.en)).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    expect(phq.items[9].required).toBe(false);
    expect(phq.licence).toEqual({ kind: 'free-to-reproduce', notice: { en: pfizer } });
    expect(phq.source.citations.join()).toContain('J Gen Intern Med. 2001;16(9):606–613');
    expect([phq.recallDays, phq.suggestedIntervalDays]).toEqual([14, 14]);
  });

  it('carries the LOINC panel, item, answer and total-score codes', () => {
    expect(phq.fhir.questionnaire).toMatchObject({ system: LOINC_SYSTEM, code: '44249-1' });
    expect(phq.fhir.totalScore).toMatchObject({ system: LOINC_SYSTEM, code: '44261-6' });
    expect(codes(phq)).toEqual([
      ...['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'],
      '69722-7',
    ]);
    expect(phq.items[0].options.map((o) => o.coding?.code)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    expect(phq.items[9].options.map((o) => o.coding?.code)).toEqual(['LA6572-7', 'LA6573-5', 'LA6575-0', 'LA6574-3']);
  });
});

describe('GAD-7 as published', () => {
  const gad = instrument('gad-7');

  it('keeps the published stem, items, answers and notice', () => {
    expect(gad.instructions.en).toBe(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
    expect(gad.items.slice(0, 7).map((i) => i.text.en)).toEqual([
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ]);
    for (const item of gad.items.slice(0, 7)) expect(item.options.map((o) => o.text.en)).toEqual(frequency);
    expect(gad.items[7]).toMatchObject({ id: 'gad7-difficulty', required: false, coding: null });
    expect(gad.licence.notice.en).toBe(pfizer);
    expect(gad.source.citations.join()).toContain('Arch Intern Med. 2006;166(10):1092–1097');
  });

  it('carries the LOINC panel, item and total-score codes', () => {
    expect(gad.fhir.questionnaire.code).toBe('69737-5');
    expect(gad.fhir.totalScore.code).toBe('70274-6');
    expect(codes(gad)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7', null]);
  });
});

describe('the Groundwork craving check', () => {
  const craving = instrument('craving-check');

  it('is labelled as Groundwork’s own check, with no LOINC codes', () => {
    expect(craving).toMatchObject({ origin: 'groundwork', licence: { kind: 'groundwork-own' } });
    const systems = new Set([
      craving.fhir.questionnaire.system,
      craving.fhir.totalScore.system,
      ...craving.items.flatMap((i) => [i.coding?.system, ...i.options.map((o) => o.coding?.system)]),
    ]);
    expect([...systems]).toEqual(['https://groundwork.app/fhir/CodeSystem/craving-check']);
    expect(craving.items.length).toBeGreaterThanOrEqual(3);
    expect(craving.items.length).toBeLessThanOrEqual(5);
  });
});
