import { describe, expect, it } from 'vitest';
import {
  bandFor,
  checkAnswers,
  evaluateFlags,
  findItem,
  findOption,
  InstrumentAnswerError,
  type InstrumentId,
  instrumentIds,
  scoreAnswers,
} from '../../../common/instruments';
import { answersForTotal, asRecord, instrument } from './helpers';

/** The published bands, written out here so a slip in a data file fails a test. */
const expectedBands: Record<InstrumentId, [string, number, number][]> = {
  'phq-9': [
    ['minimal', 0, 4],
    ['mild', 5, 9],
    ['moderate', 10, 14],
    ['moderately-severe', 15, 19],
    ['severe', 20, 27],
  ],
  'gad-7': [
    ['minimal', 0, 4],
    ['mild', 5, 9],
    ['moderate', 10, 14],
    ['severe', 15, 21],
  ],
  'craving-check': [
    ['low', 0, 3],
    ['some', 4, 7],
    ['strong', 8, 11],
    ['very-strong', 12, 16],
  ],
};

const boundaries = instrumentIds.flatMap((id) =>
  expectedBands[id].flatMap(([band, min, max]) => [
    { id, band, total: min },
    { id, band, total: max },
  ]),
);

describe('scoring complete forms', () => {
  it.each(instrumentIds)('%s has exactly the published bands', (id) => {
    expect(instrument(id).bands.map((b) => [b.id, b.min, b.max])).toEqual(expectedBands[id]);
  });

  it.each(boundaries)('$id: a total of $total is complete and falls in "$band"', ({ id, band, total }) => {
    const inst = instrument(id);
    const answers = answersForTotal(inst, total);
    for (const form of [answers, asRecord(answers)]) {
      const result = scoreAnswers(inst, form);
      expect(result).toMatchObject({ status: 'complete', total, instrumentId: id, instrumentVersion: 1 });
      expect(result.status === 'complete' && result.band.id).toBe(band);
    }
  });

  it.each(instrumentIds)('%s: all lowest answers score the minimum and all highest the maximum', (id) => {
    const inst = instrument(id);
    const pick = (high: boolean) =>
      new Map(
        inst.items.map((item) => {
          const scores = item.options.map((o) => o.score);
          const target = high ? Math.max(...scores) : Math.min(...scores);
          return [item.id, item.options.find((o) => o.score === target)?.value ?? -1];
        }),
      );
    expect(scoreAnswers(inst, pick(false))).toMatchObject({ status: 'complete', total: inst.scoring.total.min });
    expect(scoreAnswers(inst, pick(true))).toMatchObject({ status: 'complete', total: inst.scoring.total.max });
    expect([inst.scoring.total.min, inst.scoring.total.max]).toEqual(
      { 'phq-9': [0, 27], 'gad-7': [0, 21], 'craving-check': [0, 16] }[id],
    );
  });

  it('does not count the difficulty question, and does not need it', () => {
    const phq = instrument('phq-9');
    const answers = answersForTotal(phq, 12);
    expect(answers.has('phq9-difficulty')).toBe(false);
    answers.set('phq9-difficulty', 3);
    expect(scoreAnswers(phq, answers)).toMatchObject({ status: 'complete', total: 12 });
  });

  it('scores the craving confidence item in reverse: more sure lowers the total', () => {
    const craving = instrument('craving-check');
    const base = { 'craving-strength': 2, 'craving-often': 2, 'craving-in-the-way': 2 };
    expect(scoreAnswers(craving, { ...base, 'craving-confidence': 0 })).toMatchObject({ total: 10 });
    expect(scoreAnswers(craving, { ...base, 'craving-confidence': 4 })).toMatchObject({ total: 6 });
  });

  it('looks bands up by total and refuses a total no form can give', () => {
    const gad = instrument('gad-7');
    expect(bandFor(gad, 9).id).toBe('mild');
    expect(bandFor(gad, 10).id).toBe('moderate');
    for (const total of [-1, 22, 4.5, Number.NaN]) expect(() => bandFor(gad, total)).toThrow(RangeError);
    expect(() => bandFor(gad, 22)).toThrow('22 is not a possible total for gad-7');
  });
});

describe('incomplete forms', () => {
  it.each(instrumentIds)('%s: any one required item missing (or null) is incomplete, with no score', (id) => {
    const inst = instrument(id);
    const full = answersForTotal(inst, inst.scoring.total.max);
    for (const item of inst.items.filter((i) => i.required)) {
      const missing = new Map(full);
      missing.delete(item.id);
      const cleared = new Map(full).set(item.id, null as unknown as number);
      for (const form of [missing, cleared]) {
        const result = scoreAnswers(inst, form);
        expect(result).toEqual({
          status: 'incomplete',
          instrumentId: id,
          instrumentVersion: 1,
          missingItemIds: [item.id],
          flags: result.flags,
        });
        expect('total' in result || 'band' in result).toBe(false);
      }
    }
  });

  it('an empty form lists every required item as missing, in order', () => {
    const gad = instrument('gad-7');
    expect(scoreAnswers(gad, new Map())).toMatchObject({
      status: 'incomplete',
      missingItemIds: ['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7'],
      flags: [],
    });
  });
});

describe('the PHQ-9 item 9 safety flag', () => {
  it.each([
    [0, false],
    [1, true],
    [2, true],
    [3, true],
  ])('item 9 answered %i raises the safety flag: %s', (value, raised) => {
    const phq = instrument('phq-9');
    const answers = answersForTotal(phq, 0).set('phq9-9', value);
    const result = scoreAnswers(phq, answers);
    expect(result.status).toBe('complete');
    expect(result.flags.map((f) => f.id)).toEqual(raised ? ['safety'] : []);
    expect(evaluateFlags(phq, new Map([['phq9-9', value]])).map((f) => f.id)).toEqual(raised ? ['safety'] : []);
  });

  it('is raised at once on a half-filled form, so the calm screen can show straight away', () => {
    const phq = instrument('phq-9');
    const result = scoreAnswers(phq, { 'phq9-1': 0, 'phq9-9': 1 });
    expect(result.status).toBe('incomplete');
    expect(result.flags).toEqual([
      expect.objectContaining({
        id: 'safety',
        messageKey: 'instruments.safety.message',
        summaryKey: 'instruments.safety.summaryMark',
      }),
    ]);
  });

  it('is not raised by high answers on other items, nor by the other instruments', () => {
    const phq = instrument('phq-9');
    const allHighButNine = answersForTotal(phq, 24).set('phq9-9', 0);
    expect(scoreAnswers(phq, allHighButNine)).toMatchObject({ total: 24, flags: [] });
    for (const id of ['gad-7', 'craving-check'] as const) {
      const inst = instrument(id);
      expect(scoreAnswers(inst, answersForTotal(inst, inst.scoring.total.max)).flags).toEqual([]);
    }
  });
});

describe('answers that do not fit are refused', () => {
  const phq = instrument('phq-9');

  function refusal(answers: Parameters<typeof scoreAnswers>[1]) {
    try {
      scoreAnswers(phq, answers);
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentAnswerError);
      expect(() => evaluateFlags(phq, answers)).toThrow(InstrumentAnswerError);
      expect(checkAnswers(phq, answers)).toEqual((error as InstrumentAnswerError).problems);
      return (error as InstrumentAnswerError).problems;
    }
    throw new Error('the answers were accepted');
  }

  it('refuses an unknown item id, even with every real item answered', () => {
    const answers = answersForTotal(phq, 5).set('phq9-10', 1);
    expect(refusal(answers)).toEqual([{ kind: 'unknown-item', itemId: 'phq9-10' }]);
    expect(refusal({ 'gad7-1': 0 })).toEqual([{ kind: 'unknown-item', itemId: 'gad7-1' }]);
  });

  it('refuses values that are not one of the item’s options', () => {
    const allowed = [0, 1, 2, 3];
    expect(refusal(new Map([['phq9-1', 4]]))).toEqual([
      { kind: 'value-out-of-range', itemId: 'phq9-1', value: 4, allowed },
    ]);
    expect(refusal(new Map([['phq9-9', -1]]))).toEqual([
      { kind: 'value-out-of-range', itemId: 'phq9-9', value: -1, allowed },
    ]);
  });

  it('refuses values that are not whole numbers', () => {
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', true, {}, undefined]) {
      const answers = new Map([['phq9-2', value as number]]);
      expect(refusal(answers)).toEqual([{ kind: 'invalid-value', itemId: 'phq9-2' }]);
    }
  });

  it('treats prototype-named keys as unknown items, in Maps, null-prototype records and parsed JSON', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    for (const name of names) {
      expect(refusal(new Map([[name, 1]]))).toEqual([{ kind: 'unknown-item', itemId: name }]);
      const record = asRecord(new Map([[name, 1]]));
      expect(refusal(record)).toEqual([{ kind: 'unknown-item', itemId: name }]);
      const parsed = JSON.parse(`{"${name}": 1, "phq9-1": 2}`) as Record<string, number>;
      expect(refusal(parsed)).toEqual([{ kind: 'unknown-item', itemId: name }]);
    }
  });

  it('does not find items through an ordinary record’s prototype', () => {
    const answers = answersForTotal(phq, 3);
    const plain = Object.fromEntries(answers);
    expect(scoreAnswers(phq, plain)).toMatchObject({ status: 'complete', total: 3 });
    const inherited = Object.create(plain) as Record<string, number>;
    expect(scoreAnswers(phq, inherited)).toMatchObject({ status: 'incomplete' });
  });

  it('reports every problem at once', () => {
    const problems = refusal(
      new Map<string, number>([
        ['nope', 1],
        ['phq9-1', 9],
        ['phq9-2', 0.5],
      ]),
    );
    expect(problems.map((p) => p.kind)).toEqual(['unknown-item', 'value-out-of-range', 'invalid-value']);
  });
});

describe('looking up items and options (the FHIR export names each answer)', () => {
  const phq = instrument('phq-9');

  it('finds an item by id, and nothing for an unknown id', () => {
    expect(findItem(phq, 'phq9-9')).toBe(phq.items[8]);
    expect(findItem(phq, 'phq9-10')).toBeUndefined();
  });

  it('finds the option an answer value stands for, and nothing for an unknown item or value', () => {
    expect(findOption(phq, 'phq9-9', 2)).toBe(phq.items[8].options.find((o) => o.value === 2));
    expect(findOption(phq, 'phq9-9', 4)).toBeUndefined();
    expect(findOption(phq, 'phq9-10', 0)).toBeUndefined();
  });

  it('finds them on an instrument read afresh, such as a copy loaded from a file', () => {
    const copy = structuredClone(phq);
    expect(findItem(copy, 'phq9-2')).toBe(copy.items[1]);
    expect(findOption(copy, 'phq9-2', 3)?.score).toBe(3);
  });
});

describe('answers that are not a form at all', () => {
  it('refuses anything but a Map or a record, before reading a value', () => {
    const phq = instrument('phq-9');
    for (const answers of [null, 5, 'phq9-1', undefined]) {
      expect(() => scoreAnswers(phq, answers as never)).toThrow(new TypeError('answers must be a Map or a record'));
    }
  });
});

describe('the refusal says what did not fit, for the log', () => {
  it('names the instrument and each problem with its item', () => {
    const error = new InstrumentAnswerError('phq-9', [
      { kind: 'unknown-item', itemId: 'nope' },
      { kind: 'invalid-value', itemId: 'phq9-2' },
    ]);
    expect(error.name).toBe('InstrumentAnswerError');
    expect(error.message).toBe('The answers do not fit phq-9: unknown-item (nope), invalid-value (phq9-2)');
  });
});
