import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseRef } from '../../../common/exercises';
import { byId, exercises, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('progress');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeDir(dataDir);
});

const lessonsFolder = (): string => join(dataDir, 'profiles', 'default', 'lessons');

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

describe('which lessons the progress list reads', () => {
  it('opens only lessons with a .gw file, not one with no file or a file of another kind', async () => {
    const first = newStore(dataDir);
    await first.save('default', 'lesson-1', byId('note'), 'Tea');
    await first.close();
    // Three characters after the id, as ".gw" is, but not a lesson file.
    await writeFile(join(lessonsFolder(), 'lesson-2.gz'), 'not a lesson');

    const store = newStore(dataDir);
    const session = await store.session('default');
    const progress = await store.progress('default', lessons.slice(0, 3));
    expect(progress).toEqual({
      'lesson-1': { status: 'started', answered: 1, total: 4 },
      'lesson-2': { status: 'not-started', answered: 0, total: 4 },
      'lesson-3': { status: 'not-started', answered: 0, total: 4 },
    });
    expect(['lesson-1', 'lesson-2', 'lesson-3'].map((id) => session.isOpen(id))).toEqual([true, false, false]);
    await store.close();
  });

  it('counts answers a lesson holds in the session before they reach the disk', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    const db = await session.lesson('lesson-9');
    db.data.answers.note = { type: 'short-text', value: 'Held', updatedAt: '2026-03-01T10:00:00.000Z' };
    expect(await store.progress('default', [{ id: 'lesson-9', exercises }])).toEqual({
      'lesson-9': { status: 'started', answered: 1, total: 4 },
    });
    await store.close();
  });

  it('does not count an answer whose exercise has since changed type', async () => {
    const store = newStore(dataDir);
    await store.save('default', 'lesson-1', byId('note'), 'Tea');
    await store.save('default', 'lesson-1', byId('story'), 'A long story');
    const changed: ExerciseRef[] = [
      { id: 'note', type: 'long-text', label: 'Note' },
      { id: 'story', type: 'long-text', label: 'Story' },
    ];
    expect(await store.progress('default', [{ id: 'lesson-1', exercises: changed }])).toEqual({
      'lesson-1': { status: 'started', answered: 1, total: 2 },
    });
    await store.close();
  });

  it('leaves out a lesson it cannot read and lists the rest; only an unexpected failure is logged', async () => {
    const first = newStore(dataDir);
    for (const id of ['lesson-1', 'lesson-3']) await first.save('default', id, byId('note'), 'Tea');
    await first.close();
    // lesson-2: a folder where its file should be. lesson-3: saved by a newer Groundwork, which says so itself.
    await mkdir(join(lessonsFolder(), 'lesson-2.gw'));
    const newer = join(lessonsFolder(), 'lesson-3.gw');
    const bytes = await readFile(newer);
    bytes.writeUInt16BE(99, 4);
    await writeFile(newer, bytes);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const store = newStore(dataDir);
    const progress = await store.progress('default', lessons.slice(0, 4));
    expect(progress).toEqual({
      'lesson-1': { status: 'started', answered: 1, total: 4 },
      'lesson-4': { status: 'not-started', answered: 0, total: 4 },
    });
    expect(logged.mock.calls).toEqual([
      ['groundwork: progress of lesson-2 could not be read', expect.objectContaining({ problem: 'unreadable' })],
    ]);
    await store.close();
  });
});
