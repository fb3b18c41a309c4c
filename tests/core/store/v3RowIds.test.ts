import { describe, expect, it } from 'vitest';
import { historyRowIds, lessonRowIds, rowIdsIn } from '../../../core/store/steps/v3RowIds';

describe('lesson and history files 2 → 3: rows get stable ids', () => {
  it('gives each row of each row exercise an id, r1, r2, … in order', () => {
    expect(rowIdsIn('list-builder', ['Sun', 'Tea'])).toEqual([
      { id: 'r1', text: 'Sun' },
      { id: 'r2', text: 'Tea' },
    ]);
    expect(rowIdsIn('table', [['Mon', 'Walk'], ['Tue']])).toEqual([
      { id: 'r1', cells: ['Mon', 'Walk'] },
      { id: 'r2', cells: ['Tue'] },
    ]);
    for (const type of ['trigger-chart', 'craving-log'])
      expect(rowIdsIn(type, [{ when: 'a' }, { when: 'b' }])).toEqual([
        { id: 'r1', when: 'a' },
        { id: 'r2', when: 'b' },
      ]);
    expect(rowIdsIn('thought-record', { situation: 's', feelings: [{ name: 'sad' }] })).toEqual({
      situation: 's',
      feelings: [{ id: 'r1', name: 'sad' }],
    });
    expect(rowIdsIn('relapse-prevention-plan', { people: [{ name: 'Sam' }], goal: 'g' })).toEqual({
      people: [{ id: 'r1', name: 'Sam' }],
      goal: 'g',
    });
    expect(
      rowIdsIn('safety-plan', { helpers: [{ name: 'Ana' }], professionals: [{ name: 'Dr B' }, { name: 'Dr C' }] }),
    ).toEqual({
      helpers: [{ id: 'r1', name: 'Ana' }],
      professionals: [
        { id: 'r1', name: 'Dr B' },
        { id: 'r2', name: 'Dr C' },
      ],
    });
  });

  it('leaves what it does not recognise as it was, so the load can set it aside', () => {
    // A row that already has an id, or is not the old shape, is kept as found.
    expect(rowIdsIn('list-builder', ['Sun', 3, { id: 'x', text: 'y' }])).toEqual([
      { id: 'r1', text: 'Sun' },
      3,
      { id: 'x', text: 'y' },
    ]);
    expect(rowIdsIn('table', [['a'], 'b'])).toEqual([{ id: 'r1', cells: ['a'] }, 'b']);
    expect(rowIdsIn('craving-log', [{ id: 'keep', when: 'a' }, null, ['x']])).toEqual([
      { id: 'keep', when: 'a' },
      null,
      ['x'],
    ]);
    expect(rowIdsIn('list-builder', 'not a list')).toBe('not a list');
    expect(rowIdsIn('thought-record', ['not', 'a form'])).toEqual(['not', 'a form']);
    expect(rowIdsIn('thought-record', null)).toBeNull();
    expect(rowIdsIn('thought-record', { situation: 's' })).toEqual({ situation: 's' });
    expect(rowIdsIn('safety-plan', { helpers: 'x' })).toEqual({ helpers: 'x' });
    expect(rowIdsIn('short-text', ['Sun'])).toEqual(['Sun']);
  });

  it('changes every current answer of a lesson file and every version of a history file, and nothing else', () => {
    const lesson = {
      lessonId: 'l',
      answers: { lb: { type: 'list-builder', value: ['Sun'], updatedAt: 't' }, junk: 'x' },
      setAside: [{ exerciseId: 'old', raw: ['Sun'] }],
    };
    expect(lessonRowIds.run(lesson)).toEqual({
      lessonId: 'l',
      answers: { lb: { type: 'list-builder', value: [{ id: 'r1', text: 'Sun' }], updatedAt: 't' }, junk: 'x' },
      setAside: [{ exerciseId: 'old', raw: ['Sun'] }],
    });
    expect(lessonRowIds.run({ answers: 'damaged' })).toEqual({ answers: 'damaged' });
    const history = { month: '2026-01', versions: [{ type: 'table', value: [['a']] }, 7] };
    expect(historyRowIds.run(history)).toEqual({
      month: '2026-01',
      versions: [{ type: 'table', value: [{ id: 'r1', cells: ['a'] }] }, 7],
    });
    expect(historyRowIds.run({ versions: 'damaged' })).toEqual({ versions: 'damaged' });
  });
});
