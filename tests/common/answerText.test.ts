import { describe, expect, it } from 'vitest';
import { answerText } from '../../common/answerText';

const options = [
  { value: 'tight-shoulders-neck-or-jaw', label: 'Hombros, cuello o mandíbula tensos' },
  { value: 'headache', label: 'Dolor de cabeza' },
];

describe('answerText', () => {
  it('shows choices by their labels, not the stored values', () => {
    expect(answerText('headache', '(empty)', options)).toBe('Dolor de cabeza');
    expect(answerText(['headache', 'tight-shoulders-neck-or-jaw'], '(empty)', options)).toBe(
      'Dolor de cabeza, Hombros, cuello o mandíbula tensos',
    );
    expect(answerText({ checked: ['tight-shoulders-neck-or-jaw'], other: 'headache' }, '(empty)', options)).toBe(
      // The "Other" line is the person's own words, even when they match an option's value.
      'Hombros, cuello o mandíbula tensos, headache',
    );
  });

  it('keeps free text, numbers and rows as they are, and says when there is nothing', () => {
    expect(answerText('headache', '(empty)')).toBe('headache');
    expect(answerText(7, '(empty)')).toBe('7');
    expect(answerText([{ id: 'r1', what: 'walk', when: '' }], '(empty)')).toBe('walk');
    expect(answerText('', '(empty)', options)).toBe('(empty)');
    expect(answerText({ checked: [] }, '(empty)', options)).toBe('(empty)');
  });

  it('shows a stored value no option has any more as it is', () => {
    expect(answerText('gone-option', '(empty)', options)).toBe('gone-option');
  });

  it('says there is nothing for a missing answer, a blank choice or an empty "Other" line', () => {
    expect(answerText(null, '(empty)', options)).toBe('(empty)');
    expect(answerText(undefined, '(empty)', options)).toBe('(empty)');
    expect(answerText({ checked: [], other: '' }, '(empty)', options)).toBe('(empty)');
    expect(answerText({ id: 'r1', what: '', when: null }, '(empty)')).toBe('(empty)');
  });

  it('shows ticks without an "Other" line, and an "Other" line without ticks, with nothing added', () => {
    expect(answerText({ checked: ['headache'] }, '(empty)', options)).toBe('Dolor de cabeza');
    expect(answerText({ other: 'Cold hands' }, '(empty)', options)).toBe('Cold hands');
  });

  it('separates the cells of a row with commas', () => {
    expect(answerText({ id: 'r1', what: 'walk', when: 'after lunch', minutes: 20 }, '(empty)')).toBe(
      'walk, after lunch, 20',
    );
  });

  it('shows any other kind of value as its text rather than as nothing', () => {
    expect(answerText(true, '(empty)')).toBe('true');
  });
});
