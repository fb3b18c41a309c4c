import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ExerciseRef } from '../../../common/exercises';
import { emptyLesson, lessonFileSchema, storedAnswerSchema } from '../../../core/store/lessonData';
import { legacyProfileSchema } from '../../../core/store/profileFile';
import { newStore, removeDir, tempDir } from './storeHelpers';

/**
 * Exercise and lesson ids come from lesson files, and "constructor" passes the id
 * pattern. Names Object.prototype already has must be ordinary keys: no spurious
 * history or set-aside entry on a first save, and a file holding them reads back
 * as it was written. Names no id can be are refused, never written.
 */

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('names');
});
afterEach(() => removeDir(dataDir));

const exercise = (id: string): ExerciseRef => ({ id, type: 'short-text', label: `Exercise ${id}` });
const own = (record: object, key: string): unknown => Object.getOwnPropertyDescriptor(record, key)?.value;
const fileWith = (id: string): unknown =>
  JSON.parse(
    JSON.stringify(emptyLesson('a')).replace(
      '"answers":{}',
      `"answers":{"${id}":{"type":"short-text","value":"x","updatedAt":"2026-01-01T00:00:00.000Z"}}`,
    ),
  );

describe('the exercise id "constructor"', () => {
  it('saves, loads, keeps history and restores like any other', async () => {
    const store = newStore(dataDir, { historyGapMs: 0 });
    const refs = [exercise('constructor'), exercise('plain')];
    expect(await store.load('default', 'lesson-a', refs)).toEqual({ answers: {}, setAside: [] });
    await store.save('default', 'lesson-a', exercise('constructor'), 'first');
    expect(await store.history('default', 'lesson-a', 'constructor')).toEqual([]);
    const session = await store.session('default');
    expect((await session.lesson('lesson-a')).data.setAside).toEqual([]);
    await store.save('default', 'lesson-a', exercise('constructor'), 'second', true);
    await store.close();

    const again = newStore(dataDir);
    const loaded = await again.load('default', 'lesson-a', refs);
    expect(Object.keys(loaded.answers)).toEqual(['constructor']);
    expect(own(loaded.answers, 'constructor')).toMatchObject({ value: 'second' });
    expect(loaded.setAside).toEqual([]);
    expect(again.notices).toEqual([]);
    const history = await again.history('default', 'lesson-a', 'constructor');
    expect(history.map((v) => v.value)).toEqual(['first']);
    await again.save('default', 'lesson-a', exercise('constructor'), history[0]?.value, true);
    const restored = await again.load('default', 'lesson-a', refs);
    expect(own(restored.answers, 'constructor')).toMatchObject({ value: 'first' });
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('works as a lesson id too', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'constructor', exercise('constructor'), 'words');
    await store.close();
    const again = newStore(dataDir);
    const { answers } = await again.load('default', 'constructor', [exercise('constructor')]);
    expect(own(answers, 'constructor')).toMatchObject({ value: 'words' });
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('moves from a version 1 profile file with the rest of the answers', async () => {
    const answer = { type: 'short-text', value: 'old words', updatedAt: '2026-11-02T10:00:00.000Z' };
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    await writeFile(
      join(dataDir, 'profiles', 'default.json'),
      `{"schemaVersion":1,"profile":{"id":"default","name":"Me","createdAt":"2026-11-01T10:00:00.000Z"},"answers":{"lesson-a":{"constructor":${JSON.stringify(answer)}}},"setAside":[]}`,
    );
    const store = newStore(dataDir);
    const { answers } = await store.load('default', 'lesson-a', [exercise('constructor')]);
    expect(own(answers, 'constructor')).toMatchObject({ value: 'old words' });
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated']);
    await store.close();
  });
});

describe.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
  'a lesson file holding the key "%s"',
  (id) => {
    it('reads it as an ordinary key, and writes it back unchanged', () => {
      const parsed = lessonFileSchema.parse(fileWith(id));
      expect(Object.keys(parsed.answers)).toEqual([id]);
      expect(own(parsed.answers, id)).toMatchObject({ value: 'x' });
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(fileWith(id));
    });
  },
);

describe.each(['__proto__', 'toString', 'hasOwnProperty'])('the exercise id "%s", which no lesson can have', (id) => {
  it('is refused on save, and nothing is written', async () => {
    const store = newStore(dataDir);
    await expect(store.save('default', 'lesson-a', exercise(id), 'words')).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await store.history('default', 'lesson-a', id)).toEqual([]);
    expect(await store.load('default', 'lesson-a', [exercise(id)])).toEqual({ answers: {}, setAside: [] });
    expect(await readdir(join(dataDir, 'profiles', 'default')).then((f) => f.includes('lessons'))).toBe(false);
    await store.close();
  });
});

describe('a version 1 profile file holding the key "__proto__"', () => {
  it('keeps it as an ordinary key, so the load can set it aside instead of losing it', () => {
    const legacy = JSON.parse(
      `{"schemaVersion":1,"profile":{"id":"p","name":"Me","createdAt":""},"answers":{"lesson-a":{"__proto__":{"type":"short-text","value":"x","updatedAt":""}}},"setAside":[]}`,
    ) as unknown;
    const parsed = legacyProfileSchema.parse(legacy);
    expect(Object.keys(parsed.answers['lesson-a'] ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe('lesson data', () => {
  it('has no answer under a prototype name before any save', () => {
    const { answers } = emptyLesson('lesson-a');
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(answers[id]).toBeUndefined();
  });

  it('is described to JSON Schema exactly as a zod record is, so the stored-file snapshots do not change', () => {
    const plain = lessonFileSchema.extend({ answers: z.record(z.string(), storedAnswerSchema) });
    expect(z.toJSONSchema(lessonFileSchema)).toEqual(z.toJSONSchema(plain));
  });
});
