import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('progress');
});
afterEach(() => removeDir(dataDir));

/** 26 lessons, as the core curriculum has, each with the helpers' four exercises. */
const lessons = Array.from({ length: 26 }, (_, i) => ({ id: `lesson-${i + 1}`, exercises }));

describe('worksheet progress for the lesson list', () => {
  it('says, per lesson, not started, started or complete, from what is stored', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-1', byId('note'), 'Tea');
    for (const id of ['note', 'story', 'level'] as const) {
      await store.save('default', 'lesson-2', byId(id), id === 'level' ? 0 : 'written');
    }
    await store.save('default', 'lesson-2', byId('signs'), { checked: ['headache'], other: '' });
    await store.save('default', 'lesson-3', byId('note'), '');
    await store.close();

    const again = newStore(dataDir);
    const progress = await again.progress('default', lessons.slice(0, 4));
    expect(progress).toEqual({
      'lesson-1': { status: 'started', answered: 1, total: 4 },
      'lesson-2': { status: 'complete', answered: 4, total: 4 },
      // Written, then cleared: nothing is answered.
      'lesson-3': { status: 'not-started', answered: 0, total: 4 },
      'lesson-4': { status: 'not-started', answered: 0, total: 4 },
    });
    await again.close();
  });

  it('with 26 lessons answered, reads each file once per unlock; later lists, after a save too, read none', async () => {
    const store = newStore(dataDir);
    for (const lesson of lessons) await store.save('default', lesson.id, byId('note'), `Answer for ${lesson.id}`);
    await store.close();

    const again = newStore(dataDir);
    await again.progress('default', []); // unlock, outside the measurement
    let started = performance.now();
    const first = await again.progress('default', lessons);
    const firstMs = performance.now() - started;
    expect(Object.values(first).every((p) => p.status === 'started')).toBe(true);

    await again.save('default', 'lesson-5', byId('story'), 'More');
    // With the files out of reach, the next list can only come from what the session already holds.
    const lessonsDir = join(dataDir, 'profiles', 'default', 'lessons');
    await rename(lessonsDir, `${lessonsDir}-away`);
    started = performance.now();
    const second = await again.progress('default', lessons);
    const secondMs = performance.now() - started;
    expect(second['lesson-5']).toEqual({ status: 'started', answered: 2, total: 4 });
    expect(Object.values(second).filter((p) => p.status === 'started')).toHaveLength(26);
    await rename(`${lessonsDir}-away`, lessonsDir);
    console.info(`progress of 26 answered lessons: first ${firstMs.toFixed(1)} ms, then ${secondMs.toFixed(2)} ms`);
    expect(secondMs).toBeLessThan(firstMs);
    await again.close();
  });
});
