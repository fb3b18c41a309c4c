import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exerciseTypeNames, type ExerciseRef, type ExerciseType } from '../../common/exercises';
import { newStore, removeDir, tempDir } from '../core/store/storeHelpers';
import { samples } from './exerciseSamples';
import { toChoiceOptions } from '../../common/optionValue';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('exercise-store');
});
afterEach(() => removeDir(dataDir));

const refs: ExerciseRef[] = exerciseTypeNames.map((type) => samples[type].ref);

describe('every exercise type in the answer store', () => {
  it('saves a full answer of each type to disk and loads it back unchanged in a new store', async () => {
    const store = newStore(dataDir);
    for (const type of exerciseTypeNames)
      await store.save('default', 'gallery', samples[type].ref, samples[type].valid);
    await store.close();
    const again = newStore(dataDir);
    const loaded = await again.load('default', 'gallery', refs);
    expect(loaded.setAside).toEqual([]);
    for (const type of exerciseTypeNames)
      expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    await again.close();
  });

  it.each(exerciseTypeNames)('refuses to save malformed %s answers, leaving the stored one intact', async (type) => {
    const store = newStore(dataDir);
    const { ref, valid, malformed } = samples[type];
    await store.save('default', 'gallery', ref, valid);
    for (const bad of malformed) {
      await expect(store.save('default', 'gallery', ref, bad)).rejects.toMatchObject({ code: 'invalid-request' });
    }
    expect((await store.load('default', 'gallery', [ref])).answers[ref.id]?.value).toEqual(valid);
    await store.close();
  });

  it('keeps aside stored answers that no longer fit the lesson, reports them, and loads all the others', async () => {
    const store = newStore(dataDir);
    for (const type of exerciseTypeNames)
      await store.save('default', 'gallery', samples[type].ref, samples[type].valid);
    // The lesson is revised: a table gains a column, a choice is renamed, a scale becomes 0–100, a list becomes a
    // text, a checklist loses an option and its Other line, a timer gets shorter.
    const revised = refs.map((ref): ExerciseRef => {
      if (ref.type === 'table') return { ...ref, columns: ['Day', 'Plan', 'Who'] };
      if (ref.type === 'single-choice') return { ...ref, options: toChoiceOptions(['Morning', 'Late night']) };
      if (ref.type === 'scale') return { ...ref, max: 100 };
      if (ref.type === 'list-builder') return { ...ref, type: 'long-text' };
      if (ref.type === 'checklist')
        return { ...ref, options: toChoiceOptions(['Racing heart', 'Sweating']), other: false };
      if (ref.type === 'urge-surfing-timer') return { ...ref, checkIns: [1, 2, 3, 4] };
      return ref;
    });
    const changed = ['table', 'single-choice', 'scale', 'list-builder', 'checklist', 'urge-surfing-timer'];
    const loaded = await store.load('default', 'gallery', revised);
    expect(loaded.setAside.map((s) => [s.exerciseId, s.raw]).sort()).toEqual(
      changed.map((type) => [samples[type as ExerciseType].ref.id, samples[type as ExerciseType].valid]).sort(),
    );
    for (const s of loaded.setAside) expect(s.reason).toMatch(/no longer fits|changed/);
    const kept = exerciseTypeNames.filter((t) => !changed.includes(t));
    for (const type of kept) expect(loaded.answers[samples[type].ref.id]?.value).toEqual(samples[type].valid);
    // The set-aside answers are still on disk: the original lesson still loads them.
    expect((await store.load('default', 'gallery', refs)).setAside).toEqual([]);
    // A new answer to the revised checklist keeps the old one aside in the file, never dropped.
    const checklist = revised.find((r) => r.type === 'checklist') as ExerciseRef;
    await store.save('default', 'gallery', checklist, { checked: ['sweating'] });
    await store.close();
    const again = newStore(dataDir);
    const after = await again.load('default', 'gallery', revised);
    expect(after.setAside).toContainEqual(
      expect.objectContaining({ exerciseId: checklist.id, raw: samples.checklist.valid }),
    );
    await again.close();
  });

  it('refuses a checklist answer naming an option the lesson does not offer, and says which field', async () => {
    const store = newStore(dataDir);
    const { ref } = samples.checklist;
    await expect(store.save('default', 'gallery', ref, { checked: ['not an option'] })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/"CK" exercise \(checked\[0\]: is not one of the options in the lesson\)/),
    });
    await expect(store.save('default', 'gallery', samples.scale.ref, 11)).rejects.toMatchObject({
      message: expect.stringMatching(/\(the answer: must be a point on the 0–10 scale\)/),
    });
    expect((await store.load('default', 'gallery', [ref])).answers).toEqual({});
    await store.close();
  });
});
