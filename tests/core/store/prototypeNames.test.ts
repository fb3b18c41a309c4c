import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseRef } from '../../../common/exercises';
import { emptyLesson, lessonFileSchema } from '../../../core/store/lessonData';
import { newStore, removeDir, tempDir } from './storeHelpers';

/**
 * Exercise and lesson ids come from lesson files. Names that Object.prototype
 * already has must be ordinary keys: no spurious history or set-aside entry on a
 * first save, and a file holding them must read back as it was written.
 */

const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('names');
});
afterEach(() => removeDir(dataDir));

const exercise = (id: string): ExerciseRef => ({ id, type: 'short-text', label: `Exercise ${id}` });

describe.each(names)('an exercise with the id "%s"', (id) => {
  it('saves, loads, keeps history and restores like any other', async () => {
    const store = newStore(dataDir, { historyGapMs: 0 });
    const refs = [exercise(id), exercise('plain')];
    expect(await store.load('default', 'lesson-a', refs)).toEqual({ answers: {}, setAside: [] });
    await store.save('default', 'lesson-a', exercise(id), 'first');
    expect(await store.history('default', 'lesson-a', id)).toEqual([]);
    const session = await store.session('default');
    expect((await session.lesson('lesson-a')).data.setAside).toEqual([]);
    await store.save('default', 'lesson-a', exercise(id), 'second', true);
    await store.close();

    const again = newStore(dataDir);
    const loaded = await again.load('default', 'lesson-a', refs);
    expect(Object.keys(loaded.answers)).toEqual([id]);
    expect(Object.getOwnPropertyDescriptor(loaded.answers, id)?.value).toMatchObject({ value: 'second' });
    expect(loaded.setAside).toEqual([]);
    expect(again.notices).toEqual([]);
    const history = await again.history('default', 'lesson-a', id);
    expect(history.map((v) => v.value)).toEqual(['first']);
    await again.save('default', 'lesson-a', exercise(id), history[0]?.value, true);
    const restored = await again.load('default', 'lesson-a', refs);
    expect(Object.getOwnPropertyDescriptor(restored.answers, id)?.value).toMatchObject({ value: 'first' });
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('moves from a version 1 profile file with the rest of the answers', async () => {
    const answer = { type: 'short-text', value: 'old words', updatedAt: '2026-11-02T10:00:00.000Z' };
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      `{"schemaVersion":1,"profile":{"id":"default","name":"Me","createdAt":"2026-11-01T10:00:00.000Z"},"answers":{"lesson-a":{"${id}":${JSON.stringify(answer)}}},"setAside":[]}`,
    );
    const store = newStore(dataDir);
    const { answers } = await store.load('default', 'lesson-a', [exercise(id)]);
    expect(Object.getOwnPropertyDescriptor(answers, id)?.value).toMatchObject({ value: 'old words' });
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated']);
    await store.close();
  });

  it('is an ordinary key when a lesson file is read', () => {
    const file = JSON.parse(
      `{"schemaVersion":2,"lessonId":"a","answers":{"${id}":{"type":"short-text","value":"x","updatedAt":"2026-01-01T00:00:00.000Z"}},"setAside":[]}`,
    ) as unknown;
    const parsed = lessonFileSchema.parse(file);
    expect(Object.keys(parsed.answers)).toEqual([id]);
    expect(Object.getOwnPropertyDescriptor(parsed.answers, id)?.value).toMatchObject({ value: 'x' });
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(file);
  });
});

describe('a lesson with no answers yet', () => {
  it('has none under a prototype name', () => {
    const { answers } = emptyLesson('lesson-a');
    for (const id of names) expect(answers[id]).toBeUndefined();
    expect(lessonFileSchema.parse(emptyLesson('lesson-a')).answers.constructor).toBeUndefined();
  });

  it('"constructor" works as a lesson id too', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'constructor', exercise('constructor'), 'words');
    await store.close();
    const again = newStore(dataDir);
    const { answers } = await again.load('default', 'constructor', [exercise('constructor')]);
    expect(Object.getOwnPropertyDescriptor(answers, 'constructor')?.value).toMatchObject({ value: 'words' });
    expect(again.notices).toEqual([]);
    await again.close();
  });
});
