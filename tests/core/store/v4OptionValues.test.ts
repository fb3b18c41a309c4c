import { describe, expect, it } from 'vitest';
import { optionValue } from '../../../common/optionValue';
import {
  historyOptionValues,
  lessonOptionValues,
  optionValuesIn,
  slugV4,
} from '../../../core/store/steps/v4OptionValues';

describe('lesson files 3 → 4: choices stored by value', () => {
  it('turns each stored label into the value the lesson now gives that option', () => {
    expect(
      optionValuesIn('checklist', { checked: ['Tight shoulders, neck or jaw', 'Racing heart'], other: 'x' }),
    ).toEqual({ checked: ['tight-shoulders-neck-or-jaw', 'racing-heart'], other: 'x' });
    expect(optionValuesIn('single-choice', 'Late night')).toBe('late-night');
    expect(optionValuesIn('single-choice', null)).toBeNull();
    expect(optionValuesIn('multiple-choice', ['A friend', 'Family'])).toEqual(['a-friend', 'family']);
  });

  it('leaves what it does not recognise as it was, so the load can set it aside', () => {
    expect(optionValuesIn('checklist', 'Headache')).toBe('Headache');
    expect(optionValuesIn('multiple-choice', ['!!!', 3])).toEqual(['!!!', 3]);
    expect(optionValuesIn('short-text', 'Racing heart')).toBe('Racing heart');
    expect(optionValuesIn('checklist', { other: 'x' })).toEqual({ other: 'x' });
    expect(optionValuesIn('checklist', null)).toBeNull();
    expect(optionValuesIn('multiple-choice', 'Family')).toBe('Family');
    expect(lessonOptionValues.run({ answers: 'damaged' })).toEqual({ answers: 'damaged' });
    const old = { answers: { a: { type: 'single-choice', value: 'Night' }, b: 'junk' }, setAside: [{ raw: 'Night' }] };
    expect(lessonOptionValues.run(old)).toEqual({
      answers: { a: { type: 'single-choice', value: 'night' }, b: 'junk' },
      setAside: [{ raw: 'Night' }],
    });
  });

  it('uses the same slug rule as the lessons, frozen in its own copy', () => {
    for (const label of [
      'Tight shoulders, neck or jaw',
      'Café con leche — ¡sí!',
      `${'word '.repeat(20)}end`,
      '  --x--  ',
    ])
      expect(slugV4(label)).toBe(optionValue(label));
    expect(optionValue('Tight shoulders, neck or jaw')).toBe('tight-shoulders-neck-or-jaw');
    expect(optionValue('Señales del corazón')).toBe('senales-del-corazon');
    expect(optionValue(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('changes every earlier version in a history file, and leaves a damaged list as it was', () => {
    expect(
      historyOptionValues.run({
        month: '2026-01',
        versions: [{ type: 'multiple-choice', value: ['A friend'] }, { type: 'short-text', value: 'A friend' }, 3],
      }),
    ).toEqual({
      month: '2026-01',
      versions: [{ type: 'multiple-choice', value: ['a-friend'] }, { type: 'short-text', value: 'A friend' }, 3],
    });
    expect(historyOptionValues.run({ versions: 'damaged' })).toEqual({ versions: 'damaged' });
  });
});
