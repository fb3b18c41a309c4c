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
});
