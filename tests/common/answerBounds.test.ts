import { describe, expect, it } from 'vitest';
import { answerField, checkInMinutes, type AnswerBounds } from '../../common/answerBounds';
import { parseAnswer } from '../../common/exercises';
import { toChoiceOptions } from '../../common/optionValue';

const checklist: AnswerBounds = { type: 'checklist', options: toChoiceOptions(['Sweating', 'Shaking']), other: true };
const noOther: AnswerBounds = { type: 'checklist', options: toChoiceOptions(['Sweating', 'Shaking']), other: false };
const single: AnswerBounds = { type: 'single-choice', options: toChoiceOptions(['Morning', 'Night']) };
const multiple: AnswerBounds = { type: 'multiple-choice', options: toChoiceOptions(['Friend', 'Family']) };
const table: AnswerBounds = { type: 'table', columns: ['Day', 'Plan'] };
const scale10: AnswerBounds = { type: 'scale', max: 10 };
const scale100: AnswerBounds = { type: 'scale', max: 100 };
const timer: AnswerBounds = { type: 'urge-surfing-timer', checkIns: [1, 2, 3, 4] };

/** The first issue's field and message, or null when the answer fits. */
function refusal(bounds: AnswerBounds, value: unknown): { field: string | null; message: string } | null {
  const parsed = parseAnswer(bounds, value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { field: answerField(issue?.path ?? []), message: issue?.message ?? '' };
}

describe('an answer may name only what its lesson offers', () => {
  it.each([
    ['a checklist option the lesson does not have', checklist, { checked: ['not an option'] }, 'checked[0]', /options/],
    ['a checklist option ticked twice', checklist, { checked: ['sweating', 'sweating'] }, 'checked[1]', /twice/],
    ['written Other text on a checklist without Other', noOther, { checked: [], other: 'Jaw' }, 'other', /Other/],
    ['a single choice the lesson does not have', single, 'Noon', null, /choices/],
    ['a multiple choice the lesson does not have', multiple, ['friend', 'Stranger'], '[1]', /choices/],
    [
      'a table row with too few cells',
      table,
      [
        { id: 'r1', cells: ['Monday', 'Walk'] },
        { id: 'r2', cells: ['Tuesday'] },
      ],
      '[1].cells',
      /2 columns/,
    ],
    [
      'a table row with too many cells',
      table,
      [{ id: 'r1', cells: ['Monday', 'Walk', 'extra'] }],
      '[0].cells',
      /2 columns/,
    ],
    ['a rating above the scale', scale10, 11, null, /0–10/],
    ['a rating between the steps of a 0–100 scale', scale100, 55, null, /0–100/],
    [
      'a check-in the timer does not make',
      timer,
      { checkIns: [{ minute: 7, rating: 3 }] },
      'checkIns[0].minute',
      /1, 2, 3, 4/,
    ],
    [
      'one check-in rated twice',
      timer,
      {
        checkIns: [
          { minute: 2, rating: 3 },
          { minute: 2, rating: 5 },
        ],
      },
      'checkIns[1].minute',
      /twice/,
    ],
  ])('refuses %s, naming the field', (_name, bounds, value, field, message) => {
    const refused = refusal(bounds, value);
    expect(refused).toMatchObject({ field });
    expect(refused?.message).toMatch(message);
  });

  it('names the repeated pick of a multiple choice, besides the shape’s own refusal', () => {
    const parsed = parseAnswer(multiple, ['friend', 'family', 'friend']);
    expect(parsed.error?.issues.map((i) => [answerField(i.path), i.message])).toEqual([
      [null, 'each choice can be picked once'],
      ['[2]', 'is picked twice'],
    ]);
  });

  it.each([
    ['checked options and Other text', checklist, { checked: ['shaking', 'sweating'], other: 'Jaw' }],
    ['an empty Other line where there is none', noOther, { checked: ['shaking'], other: '' }],
    ['a cleared single choice', single, null],
    ['offered choices', multiple, ['family', 'friend']],
    ['rows of the right width', table, [{ id: 'r1', cells: ['Monday', 'Walk'] }]],
    ['the top of a 0–100 scale', scale100, 100],
    ['check-ins the timer makes', timer, { before: 7, checkIns: [{ minute: 4, rating: 2 }] }],
    ['no Other text at all where there is no Other line', noOther, { checked: ['shaking'] }],
    ['a timer with no check-ins yet', timer, { before: 7 }],
  ])('accepts %s', (_name, bounds, value) => {
    expect(refusal(bounds, value)).toBeNull();
  });

  it.each([
    ['a checklist without options', { type: 'checklist' }, { checked: ['sweating'] }, /options/],
    [
      'a checklist without an Other line recorded',
      { type: 'checklist', options: toChoiceOptions(['A', 'B']) },
      { checked: [], other: 'x' },
      /Other/,
    ],
    ['a single choice without options', { type: 'single-choice' }, 'morning', /choices/],
    ['a multiple choice without options', { type: 'multiple-choice' }, ['morning'], /choices/],
    [
      'a table without columns',
      { type: 'table' },
      [{ id: 'r1', cells: ['Monday'] }],
      /^has 1 cells; the lesson's table has no columns$/,
    ],
    [
      'a timer without check-ins',
      { type: 'urge-surfing-timer' },
      { checkIns: [{ minute: 5, rating: 1 }] },
      /^is not a check-in of this timer \(it checks in at minute none\)$/,
    ],
  ] satisfies [string, AnswerBounds, unknown, RegExp][])(
    'refuses rather than allows when the lesson gave no bounds: %s',
    (_n, bounds, value, message) => {
      expect(refusal(bounds, value)?.message).toMatch(message);
    },
  );
});

describe('checkInMinutes', () => {
  it('checks in each minute for a short timer, every five for a long one, before the end', () => {
    expect(checkInMinutes(5)).toEqual([1, 2, 3, 4]);
    expect(checkInMinutes(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(checkInMinutes(11)).toEqual([5, 10]);
    expect(checkInMinutes()).toEqual([5, 10, 15]);
    expect(checkInMinutes(30, 10)).toEqual([10, 20]);
    expect(checkInMinutes(3, 5)).toEqual([]);
    expect(checkInMinutes(10, 0)).toEqual([]);
  });
});
