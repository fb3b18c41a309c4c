import { describe, expect, it } from 'vitest';
import { MAX_OPTION_VALUE, optionValue, toChoiceOptions } from '../../common/optionValue';

describe('option values', () => {
  it('stores an option written as text by its slug: lowercase words joined by single hyphens', () => {
    expect(optionValue('Tight shoulders, neck or jaw')).toBe('tight-shoulders-neck-or-jaw');
  });

  it('drops accents, so a Spanish option has a plain ASCII value', () => {
    expect(optionValue('Señales del corazón')).toBe('senales-del-corazon');
  });

  it('never starts or ends a value with a hyphen', () => {
    expect(optionValue('¿Qué pasa ahora?')).toBe('que-pasa-ahora');
    expect(optionValue('  -- 10 minutes --  ')).toBe('10-minutes');
  });

  it('cuts a long value to 60 characters, without a hyphen left at the cut', () => {
    expect(optionValue(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(optionValue('word '.repeat(20))).toHaveLength(MAX_OPTION_VALUE - 1);
    expect(optionValue('x'.repeat(80))).toBe('x'.repeat(MAX_OPTION_VALUE));
  });

  it('gives options written as text their slug as value and keeps options written with a value', () => {
    expect(toChoiceOptions(['Headache', { value: 'jaw', label: 'Mandíbula tensa' }])).toEqual([
      { value: 'headache', label: 'Headache' },
      { value: 'jaw', label: 'Mandíbula tensa' },
    ]);
  });
});
