import { describe, expect, it } from 'vitest';
import {
  InstrumentDefinitionError,
  instrumentSchema,
  isWellFormedLoincCode,
  loadInstrument,
  loincCheckDigit,
} from '../../../common/instruments';
import { cravingCheck } from '../../../common/instruments/cravingCheck';
import { gad7 } from '../../../common/instruments/gad7';
import { phq9 } from '../../../common/instruments/phq9';
import { bandSchema, scoringSchema } from '../../../common/instruments/schema';

type Definition = ReturnType<typeof fresh>;

/** A deep copy of the PHQ-9 definition to break, so each test starts from a valid instrument. */
function fresh() {
  return structuredClone(phq9);
}

/** The messages and paths the schema gives for a broken definition. */
function problems(definition: unknown): { path: string; message: string }[] {
  const parsed = instrumentSchema.safeParse(definition);
  expect(parsed.success).toBe(false);
  return (parsed.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function broken(change: (d: Definition) => void) {
  const definition = fresh();
  change(definition);
  return problems(definition);
}

describe('the instrument schema', () => {
  it('accepts every built-in instrument as written', () => {
    for (const definition of [phq9, gad7, cravingCheck]) {
      expect(instrumentSchema.safeParse(definition).error?.issues ?? []).toEqual([]);
    }
  });

  it('refuses bands that overlap', () => {
    expect(broken((d) => (d.bands[1].min = 4))).toContainEqual({
      path: 'bands.1.min',
      message: 'band "mild" overlaps the band before it',
    });
  });

  it('refuses bands that leave a gap, at the start, in the middle or at the end', () => {
    expect(broken((d) => (d.bands[2].min = 11))).toContainEqual({
      path: 'bands.2.min',
      message: 'totals 10–10 have no band',
    });
    expect(broken((d) => (d.bands[0].min = 1))).toContainEqual({
      path: 'bands.0.min',
      message: 'totals 0–0 have no band',
    });
    expect(broken((d) => (d.bands[4].max = 26))).toContainEqual({
      path: 'bands',
      message: 'totals 27–27 have no band',
    });
    expect(broken((d) => (d.bands[4].max = 28))).toContainEqual({
      path: 'bands.4.max',
      message: 'band "severe" goes past the highest total 27',
    });
  });

  it('refuses bands out of order, inside out, or with a repeated id', () => {
    expect(broken((d) => d.bands.reverse()).length).toBeGreaterThan(0);
    expect(broken((d) => Object.assign(d.bands[1], { min: 9, max: 5 })).map((p) => p.path)).toContain('bands.1');
    expect(broken((d) => (d.bands[1].id = 'minimal'))).toContainEqual({
      path: 'bands.1.id',
      message: 'duplicate band id "minimal"',
    });
  });

  it('refuses an option score outside the item score range', () => {
    const found = broken((d) => {
      d.items[0] = { ...d.items[0], options: d.items[0].options.map((o) => (o.value === 3 ? { ...o, score: 5 } : o)) };
    });
    expect(found).toContainEqual({
      path: 'items.0.options.3.score',
      message: 'score 5 is outside the item score range 0–3',
    });
    expect(found).toContainEqual({
      path: 'scoring.total',
      message: 'the counted items give totals 0–29, but the total is declared as 0–27',
    });
  });

  it('refuses a declared total the items cannot give', () => {
    expect(broken((d) => (d.scoring.total.max = 30))).toContainEqual({
      path: 'scoring.total',
      message: 'the counted items give totals 0–27, but the total is declared as 0–30',
    });
  });

  it('refuses duplicate item ids and duplicate option values', () => {
    expect(broken((d) => (d.items[1] = { ...d.items[1], id: 'phq9-1' }))).toContainEqual({
      path: 'items.1.id',
      message: 'duplicate item id "phq9-1"',
    });
    const options = phq9.items[0].options;
    expect(broken((d) => (d.items[0] = { ...d.items[0], options: [...options, options[0]] }))).toContainEqual({
      path: 'items.0.options.4.value',
      message: 'duplicate option value 0',
    });
  });

  it('refuses counted items that are unknown, repeated or optional', () => {
    expect(broken((d) => d.scoring.countedItems.push('phq9-99'))).toContainEqual({
      path: 'scoring.countedItems.9',
      message: 'no item "phq9-99"',
    });
    expect(broken((d) => d.scoring.countedItems.push('phq9-1'))).toContainEqual({
      path: 'scoring.countedItems.9',
      message: 'item "phq9-1" is counted twice',
    });
    expect(broken((d) => d.scoring.countedItems.push('phq9-difficulty'))).toContainEqual({
      path: 'scoring.countedItems.9',
      message: 'counted item "phq9-difficulty" must be required',
    });
  });

  it('refuses a flag on an unknown item, or one every answer (or none) would raise', () => {
    const rule = (change: Partial<Definition['flags'][number]['rule']>) =>
      broken((d) => Object.assign(d.flags[0].rule, change));
    expect(rule({ itemId: 'phq9-99' })).toContainEqual({ path: 'flags.0.rule.itemId', message: 'no item "phq9-99"' });
    for (const atLeast of [0, 4]) {
      expect(rule({ atLeast })).toContainEqual({
        path: 'flags.0.rule.atLeast',
        message: 'flag "safety" would be raised by every answer or by none',
      });
    }
  });

  it('refuses Spanish on some texts but not all, so a form never mixes languages', () => {
    const found = broken((d) => Object.assign(d.title, { es: 'Cuestionario' }));
    expect(found).toContainEqual({
      path: 'instructions.es',
      message: 'Spanish is given elsewhere in this instrument but not here',
    });
    expect(found).toContainEqual({
      path: 'items.0.options.0.text.es',
      message: 'Spanish is given elsewhere in this instrument but not here',
    });
  });

  it('refuses LOINC codes with a wrong check digit or shape, and unknown fields', () => {
    expect(broken((d) => (d.fhir.totalScore = { ...d.fhir.totalScore, code: '44261-7' }))).toContainEqual({
      path: 'fhir.totalScore.code',
      message: 'not a well-formed LOINC code (check the digits and the check digit)',
    });
    expect(broken((d) => (d.items[0].coding = { system: 'http://loinc.org', code: 'LA65685' })).length).toBe(1);
    expect(broken((d) => Object.assign(d, { diagnosis: 'no' })).map((p) => p.message)).toEqual([
      expect.stringContaining('diagnosis'),
    ]);
    expect(broken((d) => Object.assign(d, { id: 'PHQ 9' }))).toEqual([
      { path: 'id', message: 'use lowercase letters, digits and single hyphens' },
    ]);
  });

  it('refuses an option score below the item score range, and adds the lowest scores into the lowest total', () => {
    const found = broken((d) => {
      d.items[0] = { ...d.items[0], options: d.items[0].options.map((o) => (o.value === 0 ? { ...o, score: -1 } : o)) };
    });
    expect(found).toContainEqual({
      path: 'items.0.options.0.score',
      message: 'score -1 is outside the item score range 0–3',
    });
    expect(found).toContainEqual({
      path: 'scoring.total',
      message: 'the counted items give totals -1–27, but the total is declared as 0–27',
    });
  });

  it('adds up items whose lowest answer scores above zero', () => {
    const found = broken((d) => {
      d.scoring.itemScore.max = 4;
      d.items[0] = { ...d.items[0], options: d.items[0].options.map((o) => ({ ...o, score: o.score + 1 })) };
    });
    expect(found).toContainEqual({
      path: 'scoring.total',
      message: 'the counted items give totals 1–28, but the total is declared as 0–27',
    });
  });

  it('refuses a declared lowest total the items cannot give, even when the highest is right', () => {
    expect(broken((d) => (d.scoring.total.min = 1))).toContainEqual({
      path: 'scoring.total',
      message: 'the counted items give totals 0–27, but the total is declared as 1–27',
    });
  });

  it('accepts a band of a single total and an item score range of a single score', () => {
    const band = {
      id: 'exact',
      min: 4,
      max: 4,
      labelKey: phq9.bands[0].labelKey,
      meaningKey: phq9.bands[0].meaningKey,
    };
    expect(bandSchema.safeParse(band).success).toBe(true);
    expect(bandSchema.safeParse({ ...band, max: 3 }).success).toBe(false);
    const scoring = { ...phq9.scoring, itemScore: { min: 2, max: 2 } };
    expect(scoringSchema.safeParse(scoring).success).toBe(true);
    expect(scoringSchema.safeParse({ ...scoring, itemScore: { min: 2, max: 1 } }).success).toBe(false);
  });

  it('refuses a flag defined twice', () => {
    expect(broken((d) => d.flags.push({ ...d.flags[0] }))).toContainEqual({
      path: 'flags.1.id',
      message: 'flag "safety" is defined twice',
    });
  });

  it('names each text that lacks Spanish when others have it: the title, an item, the licence notice', () => {
    /** Gives every text Spanish, then takes it away from the texts `without` picks. */
    const spanishExcept = (without: (d: Definition) => object[]) =>
      broken((d) => {
        const texts = [
          d.title,
          d.instructions,
          d.licence.notice,
          ...d.items.flatMap((i) => [i.text, ...i.options.map((o) => o.text)]),
        ];
        for (const text of texts) Object.assign(text, { es: 'texto' });
        for (const text of without(d)) delete (text as { es?: string }).es;
      });
    const missing = 'Spanish is given elsewhere in this instrument but not here';
    expect(spanishExcept((d) => [d.title])).toEqual([{ path: 'title.es', message: missing }]);
    expect(spanishExcept((d) => [d.items[2].text])).toEqual([{ path: 'items.2.text.es', message: missing }]);
    expect(spanishExcept((d) => [d.licence.notice])).toEqual([{ path: 'licence.notice.es', message: missing }]);
  });

  it('reports the cross-field problems as custom issues', () => {
    const parsed = instrumentSchema.safeParse({ ...fresh(), flags: [...phq9.flags, ...phq9.flags] });
    expect(parsed.error?.issues.map((i) => i.code)).toEqual(['custom']);
  });

  it('names every problem when loading a broken definition', () => {
    const definition = fresh();
    definition.bands[1].min = 4;
    definition.items[1] = { ...definition.items[1], id: 'phq9-1' };
    try {
      loadInstrument(definition);
      throw new Error('loaded');
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentDefinitionError);
      expect((error as Error).message).toContain('overlaps the band before it');
      expect((error as Error).message).toContain('duplicate item id "phq9-1"');
    }
  });
});

describe('LOINC code checks', () => {
  it('computes LOINC check digits', () => {
    expect(loincCheckDigit('44249')).toBe(1);
    expect(loincCheckDigit('70274')).toBe(6);
    expect(loincCheckDigit('68509')).toBe(9);
  });

  it('accepts term and answer codes of the right shape, and nothing else', () => {
    for (const code of ['44249-1', '44261-6', '69737-5', '70274-6', '69722-7', 'LA6568-5', 'LA18938-3']) {
      expect(isWellFormedLoincCode(code), code).toBe(true);
    }
    for (const code of ['44249-2', '44249', '4424a-1', 'LA6568', 'la6568-5', ' 44249-1', '']) {
      expect(isWellFormedLoincCode(code), code).toBe(false);
    }
  });
});
