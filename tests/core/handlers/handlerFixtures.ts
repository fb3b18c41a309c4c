import { join } from 'node:path';
import { Clinic } from '../../../core/clinic/clinic';
import { Curriculum } from '../../../core/curriculum/curriculum';
import type { AnswerStore } from '../../../core/store/answerStore';
import { newStore, removeDir, tempDir } from '../store/storeHelpers';

export const root = join(import.meta.dirname, '../../..');

/** A curriculum of the one fixture lesson (sample-lesson), a store with one open profile, in a temp folder. */
export interface HandlerWorld {
  work: string;
  curriculum: Curriculum;
  store: AnswerStore;
  clinic: Clinic;
  profileId: string;
  close(): Promise<void>;
}

export async function handlerWorld(): Promise<HandlerWorld> {
  const work = await tempDir('handlers');
  const curriculum = new Curriculum(
    [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    join(work, 'cache'),
  );
  const store = newStore(join(work, 'data'));
  await store.prepare();
  const { profile, key } = await store.profiles.create('Sam', null);
  await store.adopt(profile.id, key);
  return {
    work,
    curriculum,
    store,
    clinic: Clinic.none(),
    profileId: profile.id,
    close: async () => {
      await store.close();
      await removeDir(work);
    },
  };
}
