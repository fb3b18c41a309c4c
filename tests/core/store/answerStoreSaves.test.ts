import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseRef } from '../../../common/exercises';
import { toChoiceOptions } from '../../../common/optionValue';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

/**
 * What a save refuses and what it keeps: the message and fields of a refused
 * answer, the history of changed answers, and why a stored answer is set aside
 * (issue 17: mutants these left alive).
 */
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('saves');
});
afterEach(async () => {
  vi.useRealTimers();
  await removeDir(dataDir);
});

describe('a refused save', () => {
  it('names the exercise, the field and the reason, and lists each field issue', async () => {
    const store = newStore(dataDir);
    const refused = store.save('default', 'lesson-a', byId('signs'), { checked: [7], other: '' });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^That answer does not fit the "Signs" exercise \(.+: .+\)\.$/),
      details: { reason: 'invalid-fields', issues: [{ path: ['checked', 0], message: expect.any(String) }] },
    });
    await store.close();
  });

  it('speaks of "the answer" when the whole value is wrong', async () => {
    const store = newStore(dataDir);
    await expect(store.save('default', 'lesson-a', byId('level'), 'seven')).rejects.toMatchObject({
      message: expect.stringMatching(/"Level" exercise \(the answer: /),
      details: { issues: [{ path: [], message: expect.any(String) }] },
    });
    await store.close();
  });

  it('refuses an exercise id no lesson can have, and a lesson id past the length limit', async () => {
    const store = newStore(dataDir);
    const odd: ExerciseRef = { id: '__proto__', type: 'short-text', label: 'Odd' };
    await expect(store.save('default', 'lesson-a', odd, 'x')).rejects.toMatchObject({
      code: 'not-found',
      message: 'The lesson no longer has this exercise.',
    });
    const long = 'a'.repeat(81);
    await expect(store.save('default', long, byId('note'), 'x')).rejects.toMatchObject({
      code: 'not-found',
      message: 'That lesson could not be found.',
    });
    await expect(store.load('default', long, exercises)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.history('default', long, 'note')).rejects.toMatchObject({ code: 'not-found' });
    // The longest allowed id is an ordinary lesson.
    await store.save('default', 'a'.repeat(80), byId('note'), 'fits');
    expect((await store.load('default', 'a'.repeat(80), exercises)).answers.note?.value).toBe('fits');
    await store.close();
  });
});

describe('history of a changed answer', () => {
  const at = (iso: string): void => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };

  it('keeps an answer that stood for five minutes, not the keystrokes of one sitting', async () => {
    const store = newStore(dataDir, { historyGapMs: undefined });
    at('2026-03-01T10:00:00.000Z');
    await store.save('default', 'lesson-a', byId('note'), 'first');
    at('2026-03-01T10:04:59.000Z');
    await store.save('default', 'lesson-a', byId('note'), 'firs');
    expect(await store.history('default', 'lesson-a', 'note')).toEqual([]);
    at('2026-03-01T10:09:59.000Z');
    await store.save('default', 'lesson-a', byId('note'), 'second');
    expect(await store.history('default', 'lesson-a', 'note')).toEqual([
      {
        value: 'firs',
        type: 'short-text',
        updatedAt: '2026-03-01T10:04:59.000Z',
        replacedAt: '2026-03-01T10:09:59.000Z',
      },
    ]);
    await store.close();
  });

  it('keeps an answer after the time the store was given instead of five minutes', async () => {
    const store = newStore(dataDir, { historyGapMs: 60_000 });
    at('2026-03-01T10:00:00.000Z');
    await store.save('default', 'lesson-a', byId('note'), 'first');
    at('2026-03-01T10:02:00.000Z');
    await store.save('default', 'lesson-a', byId('note'), 'second');
    expect((await store.history('default', 'lesson-a', 'note')).map((v) => v.value)).toEqual(['first']);
    await store.close();
  });

  it('keeps the current answer when asked (a restore), however new it is', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'mine');
    await store.save('default', 'lesson-a', byId('note'), 'restored', true);
    expect((await store.history('default', 'lesson-a', 'note')).map((v) => v.value)).toEqual(['mine']);
    await store.close();
  });

  it('keeps nothing when the same answer is saved again', async () => {
    const store = newStore(dataDir, { historyGapMs: 0 });
    await store.save('default', 'lesson-a', byId('signs'), { checked: ['headache'], other: '' });
    await store.save('default', 'lesson-a', byId('signs'), { checked: ['headache'], other: '' });
    expect(await store.history('default', 'lesson-a', 'signs')).toEqual([]);
    await store.save('default', 'lesson-a', byId('signs'), { checked: [], other: '' });
    expect((await store.history('default', 'lesson-a', 'signs')).map((v) => v.value)).toEqual([
      { checked: ['headache'], other: '' },
    ]);
    await store.close();
  });
});

describe('stored answers that no longer fit', () => {
  it('says why each was set aside: exercise gone, type changed, or value out of bounds', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'words');
    await store.save('default', 'lesson-a', byId('story'), 'a story');
    await store.save('default', 'lesson-a', byId('signs'), { checked: ['headache'], other: '' });
    const now: ExerciseRef[] = [
      { id: 'note', type: 'long-text', label: 'Note' },
      { ...byId('signs'), options: toChoiceOptions(['Tight shoulders']) },
    ];
    const loaded = await store.load('default', 'lesson-a', now);
    expect(loaded.answers).toEqual({});
    expect(loaded.setAside).toEqual([
      { exerciseId: 'note', reason: 'The exercise changed from short-text to long-text.', raw: 'words' },
      { exerciseId: 'story', reason: 'The lesson no longer has this exercise.', raw: 'a story' },
      {
        exerciseId: 'signs',
        reason: 'The saved answer no longer fits: is not one of the options in the lesson.',
        raw: { checked: ['headache'], other: '' },
      },
    ]);
    await store.close();
  });

  it('keeps a set-aside answer with its time when a new answer replaces it, and returns it on every load', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'words');
    const changed: ExerciseRef = { id: 'note', type: 'long-text', label: 'Note' };
    const savedAt = await store.save('default', 'lesson-a', changed, 'longer words');
    const loaded = await store.load('default', 'lesson-a', [changed]);
    expect(loaded.answers.note).toEqual({ value: 'longer words', updatedAt: savedAt });
    expect(loaded.setAside).toEqual([
      { exerciseId: 'note', reason: 'The exercise changed from short-text to long-text.', raw: 'words' },
    ]);
    expect(await store.history('default', 'lesson-a', 'note')).toEqual([]);
    const session = await store.session('default');
    expect((await session.lesson('lesson-a')).data.setAside).toEqual([
      expect.objectContaining({ exerciseId: 'note', raw: 'words', at: savedAt }),
    ]);
    await store.close();
  });
});
