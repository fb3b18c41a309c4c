import { describe, expect, it } from 'vitest';
import {
  defaultTitleKey,
  exerciseTypeByComponent,
  exerciseTypeNames,
  exerciseTypes,
  parseAnswer,
} from '../../common/exercises';
import { samples } from './exerciseSamples';
import { toChoiceOptions } from '../../common/optionValue';

describe('exercise answer schemas', () => {
  it('covers at least 16 exercise types, each with its own component', () => {
    expect(exerciseTypeNames.length).toBeGreaterThanOrEqual(16);
    expect(new Set(Object.values(exerciseTypes).map((t) => t.component)).size).toBe(exerciseTypeNames.length);
    for (const type of exerciseTypeNames) expect(exerciseTypeByComponent.get(exerciseTypes[type].component)).toBe(type);
    expect(Object.keys(samples).sort()).toEqual([...exerciseTypeNames].sort());
  });

  it.each(exerciseTypeNames)('%s: a valid answer round-trips through JSON unchanged', (type) => {
    const { ref, valid } = samples[type];
    const stored: unknown = JSON.parse(JSON.stringify(valid));
    const parsed = parseAnswer(ref, stored);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(valid);
  });

  it.each(exerciseTypeNames)('%s: malformed stored data is refused with a reason', (type) => {
    const { ref, malformed } = samples[type];
    for (const value of malformed) {
      const parsed = parseAnswer(ref, value);
      expect(parsed.success, JSON.stringify(value)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBeTruthy();
    }
  });

  it('bounds answers by what the lesson declares: scale range, table columns, choice options', () => {
    expect(parseAnswer({ type: 'scale', max: 100 }, 70).success).toBe(true);
    expect(parseAnswer({ type: 'scale', max: 100 }, 75).success).toBe(false);
    expect(parseAnswer({ type: 'scale' }, 70).success).toBe(false);
    const row = [{ id: 'r1', cells: ['1', '2'] }];
    expect(parseAnswer({ type: 'table', columns: ['A', 'B', 'C'] }, row).success).toBe(false);
    expect(parseAnswer({ type: 'table', columns: ['A', 'B'] }, row).success).toBe(true);
    expect(parseAnswer({ type: 'single-choice', options: toChoiceOptions(['Yes', 'No']) }, null).success).toBe(true);
    expect(parseAnswer({ type: 'multiple-choice', options: toChoiceOptions(['Yes', 'No']) }, []).success).toBe(true);
  });

  it('accepts half-filled forms and empty practice, so saving as you type always fits', () => {
    for (const type of ['thought-record', 'decisional-balance', 'coping-card', 'smart-goal', 'safety-plan'] as const) {
      expect(parseAnswer(samples[type].ref, {}).success).toBe(true);
    }
    expect(parseAnswer(samples['safety-plan'].ref, { warningSigns: 'x' }).success).toBe(true);
    expect(parseAnswer(samples['breathing-pacer'].ref, {}).success).toBe(true);
    expect(parseAnswer(samples['craving-log'].ref, []).success).toBe(true);
  });
});

describe('exercise types', () => {
  it('give a default title to the worksheet formats that have one, and none to plain fields', () => {
    expect(defaultTitleKey('trigger-chart')).toBe('exercises.trigger.title');
    expect(defaultTitleKey('coping-card')).toBe('exercises.card.title');
    expect(defaultTitleKey('short-text')).toBeUndefined();
  });

  it('report a value outside what the lesson offers as a custom issue', () => {
    const parsed = parseAnswer(samples.scale.ref, 99);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.code)).toEqual(['custom']);
  });
});
