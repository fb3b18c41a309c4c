import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseRef } from '../../../common/exercises';
import { AnswerStore } from '../../../core/store/answerStore';

const exercises: ExerciseRef[] = [
  { id: 'note', type: 'short-text', label: 'Note' },
  { id: 'story', type: 'long-text', label: 'Story' },
  { id: 'level', type: 'scale', label: 'Level' },
  { id: 'signs', type: 'checklist', label: 'Signs' },
];
const byId = (id: string): ExerciseRef => exercises.find((e) => e.id === id) as ExerciseRef;

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'groundwork-store-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('AnswerStore', () => {
  it('saves answers of every type to disk and loads them in a new instance', async () => {
    const store = new AnswerStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'hello');
    await store.save('default', 'lesson-a', byId('story'), 'line one\nline two');
    await store.save('default', 'lesson-a', byId('level'), 7);
    await store.save('default', 'lesson-a', byId('signs'), { checked: ['Headache'], other: 'Jaw' });

    const onDisk = JSON.parse(await readFile(join(dataDir, 'profiles', 'default.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
    expect(onDisk.answers['lesson-a'].level).toMatchObject({ type: 'scale', value: 7 });

    const loaded = await new AnswerStore(dataDir).load('default', 'lesson-a', exercises);
    expect(Object.fromEntries(Object.entries(loaded.answers).map(([k, v]) => [k, v.value]))).toEqual({
      note: 'hello',
      story: 'line one\nline two',
      level: 7,
      signs: { checked: ['Headache'], other: 'Jaw' },
    });
    expect(loaded.setAside).toEqual([]);
  });

  it('keeps each profile in its own file', async () => {
    const store = new AnswerStore(dataDir);
    await store.save('ana', 'lesson-a', byId('note'), 'mine');
    await store.save('ben', 'lesson-a', byId('note'), 'his');
    expect((await readdir(join(dataDir, 'profiles'))).sort()).toEqual(['ana.json', 'ben.json']);
    expect((await store.load('ana', 'lesson-a', exercises)).answers.note?.value).toBe('mine');
  });

  it.each([
    ['a scale above its range', 'level', 11],
    ['text for a scale', 'level', 'seven'],
    ['a checklist as a string', 'signs', 'Headache'],
    ['an over-long short answer', 'note', 'x'.repeat(2001)],
  ])('refuses %s with a typed error and writes nothing', async (_name, id, value) => {
    const store = new AnswerStore(dataDir);
    await expect(store.save('default', 'lesson-a', byId(id), value)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(readFile(join(dataDir, 'profiles', 'default.json'))).rejects.toThrow();
  });

  it('sets aside stored answers that no longer fit, keeps them in the file, and still loads the rest', async () => {
    const store = new AnswerStore(dataDir);
    await store.save('default', 'lesson-a', byId('note'), 'fine');
    await store.save('default', 'lesson-a', byId('level'), 4);
    const path = join(dataDir, 'profiles', 'default.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.answers['lesson-a'].level.value = 'very high';
    file.answers['lesson-a'].gone = { type: 'short-text', value: 'old exercise', updatedAt: '2026-01-01T00:00:00Z' };
    await writeFile(path, JSON.stringify(file));

    const fresh = new AnswerStore(dataDir);
    const loaded = await fresh.load('default', 'lesson-a', exercises);
    expect(loaded.answers.note?.value).toBe('fine');
    expect(loaded.setAside.map((s) => [s.exerciseId, s.raw])).toEqual([
      ['level', 'very high'],
      ['gone', 'old exercise'],
    ]);
    // Answering again moves the old value into the file's set-aside list instead of losing it.
    await fresh.save('default', 'lesson-a', byId('level'), 6);
    const after = JSON.parse(await readFile(path, 'utf8'));
    expect(after.answers['lesson-a'].level.value).toBe(6);
    expect(after.setAside).toEqual([expect.objectContaining({ exerciseId: 'level', raw: 'very high' })]);
    expect(after.answers['lesson-a'].gone.value).toBe('old exercise');
  });

  it('keeps a damaged file aside, starts fresh, and says so', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const path = join(dataDir, 'profiles', 'default.json');
    await writeFile(path, '{"schemaVersion":1,"answers":{"lesson-a":{"note":{"ty');
    const store = new AnswerStore(dataDir);
    const loaded = await store.load('default', 'lesson-a', exercises);
    expect(loaded.answers).toEqual({});
    const files = await readdir(join(dataDir, 'profiles'));
    const kept = files.find((f) => f.startsWith('default.json.damaged-'));
    expect(kept).toBeDefined();
    expect(await readFile(join(dataDir, 'profiles', kept ?? ''), 'utf8')).toContain('"ty');
    expect(store.notices[0]?.message).toMatch(/damaged.*kept as/);
  });

  it('refuses to overwrite a file written by a newer version', async () => {
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const path = join(dataDir, 'profiles', 'default.json');
    const newer = JSON.stringify({ schemaVersion: 99, profile: {}, answers: { x: 1 } });
    await writeFile(path, newer);
    const store = new AnswerStore(dataDir);
    await expect(store.save('default', 'lesson-a', byId('note'), 'hello')).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(store.notices[0]?.message).toMatch(/newer version/);
  });

  it('leaves no temporary files behind after many saves', async () => {
    const store = new AnswerStore(dataDir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.save('default', 'lesson-a', byId('note'), `v${i}`)));
    await store.flush();
    expect(await readdir(join(dataDir, 'profiles'))).toEqual(['default.json']);
    const onDisk = JSON.parse(await readFile(join(dataDir, 'profiles', 'default.json'), 'utf8'));
    expect(onDisk.answers['lesson-a'].note.value).toBe('v49');
  });
});
