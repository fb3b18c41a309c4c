import { describe, expect, it } from 'vitest';
import type { ExerciseRef } from '../../common/exercises';
import { hasContent, lessonProgress } from '../../common/progress';

const exercises: ExerciseRef[] = [
  { id: 'note', type: 'short-text', label: 'Note' },
  { id: 'level', type: 'scale', label: 'Level' },
  { id: 'triggers', type: 'trigger-chart', label: 'Triggers' },
  { id: 'breathe', type: 'breathing-pacer', label: 'Breathe' },
];

describe('worksheet progress', () => {
  it('counts written text, numbers (0 too), ticked boxes and filled rows as answers', () => {
    expect(hasContent('  ')).toBe(false);
    expect(hasContent('Tea')).toBe(true);
    expect(hasContent(0)).toBe(true);
    expect(hasContent(null)).toBe(false);
    expect(hasContent({ checked: [], other: '' })).toBe(false);
    expect(hasContent({ checked: ['Headache'], other: '' })).toBe(true);
    expect(hasContent(false)).toBe(false);
  });

  it('does not count a row that holds only its id: an added, empty row is not an answer', () => {
    expect(hasContent([{ id: 'n1abc', trigger: '', kind: null, risk: null, plan: '' }])).toBe(false);
    expect(hasContent([{ id: 'n1abc', trigger: 'Payday', kind: null, risk: null, plan: '' }])).toBe(true);
  });

  it('is not started, started, then complete; guided practices never count', () => {
    expect(lessonProgress(exercises, new Map())).toEqual({ status: 'not-started', answered: 0, total: 3 });
    expect(lessonProgress(exercises, new Map([['breathe', { rounds: 3 }]]))).toMatchObject({
      status: 'not-started',
    });
    expect(lessonProgress(exercises, new Map<string, unknown>([['note', 'Tea']]))).toEqual({
      status: 'started',
      answered: 1,
      total: 3,
    });
    const all = new Map<string, unknown>([
      ['note', 'Tea'],
      ['level', 0],
      ['triggers', [{ id: 'r1', trigger: 'Payday' }]],
    ]);
    expect(lessonProgress(exercises, all)).toEqual({ status: 'complete', answered: 3, total: 3 });
  });

  it('counts a ticked box, but not an unticked one', () => {
    expect(hasContent(true)).toBe(true);
    expect(hasContent({ agreed: true })).toBe(true);
    expect(hasContent([false, false])).toBe(false);
  });

  it('looks as deep as a stored answer can go (eight levels) and no deeper', () => {
    const nest = (value: unknown, levels: number, wrap: (v: unknown) => unknown): unknown =>
      levels === 0 ? value : nest(wrap(value), levels - 1, wrap);
    const inList = (v: unknown): unknown => [v];
    const inForm = (v: unknown): unknown => ({ field: v });
    expect(hasContent(nest('Tea', 8, inList))).toBe(true);
    expect(hasContent(nest('Tea', 9, inList))).toBe(false);
    expect(hasContent(nest('Tea', 8, inForm))).toBe(true);
    expect(hasContent(nest('Tea', 9, inForm))).toBe(false);
  });

  it('ends on a value that contains itself instead of looping for ever', () => {
    const list: unknown[] = [];
    list.push(list);
    const form: Record<string, unknown> = {};
    form.self = form;
    expect(hasContent(list)).toBe(false);
    expect(hasContent(form)).toBe(false);
  });

  it('does not count what a stored answer cannot hold, such as a function', () => {
    expect(hasContent(() => 'Tea')).toBe(false);
    expect(hasContent(10n)).toBe(false);
  });
});
