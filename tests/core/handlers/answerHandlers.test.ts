import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../common/result';
import { answerHandlers } from '../../../core/handlers/answerHandlers';
import { handlerWorld, type HandlerWorld } from './handlerFixtures';

let world: HandlerWorld;
beforeEach(async () => {
  world = await handlerWorld();
});
afterEach(() => world.close());

const handlersFor = (w: HandlerWorld, active: () => Promise<string> = async () => w.profileId) =>
  answerHandlers({ curriculum: w.curriculum, store: w.store, activeProfileId: active });

describe('answer handlers', () => {
  it('saves an answer to the open profile and loads it back, saying whose answers they are', async () => {
    const handlers = handlersFor(world);
    await handlers.saveAnswer({ lessonId: 'sample-lesson', exerciseId: 'level', value: 4 });
    const loaded = await handlers.loadAnswers({ lessonId: 'sample-lesson' });
    expect(loaded).toMatchObject({ profileId: world.profileId, answers: { level: { value: 4 } } });
  });

  it('refuses an exercise the lesson does not have', async () => {
    await expect(
      handlersFor(world).saveAnswer({ lessonId: 'sample-lesson', exerciseId: 'nope', value: 'x' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a save meant for another profile, and writes nothing', async () => {
    const handlers = handlersFor(world);
    await expect(
      handlers.saveAnswer({ lessonId: 'sample-lesson', exerciseId: 'level', value: 4, profileId: 'someone-else' }),
    ).rejects.toMatchObject({ code: 'forbidden', details: { reason: 'profile-changed' } });
    expect((await handlers.loadAnswers({ lessonId: 'sample-lesson' })).answers).toEqual({});
  });

  it('passes on the refusal when no profile is open', async () => {
    const locked = handlersFor(world, async () => {
      throw new ApiFailure('forbidden', 'Locked.', { reason: 'locked' });
    });
    await expect(locked.loadAnswers({ lessonId: 'sample-lesson' })).rejects.toMatchObject({
      details: { reason: 'locked' },
    });
  });
});
