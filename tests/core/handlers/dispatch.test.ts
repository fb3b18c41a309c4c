import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../../common/result';
import { createDispatch } from '../../../core/handlers/dispatch';
import type { Handlers } from '../../../core/handlers/handlerTypes';

/** Only the handlers a test calls; dispatch never touches the others. */
const handlersWith = (some: Partial<Handlers>): Handlers => some as Handlers;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dispatch', () => {
  it('refuses a method the API does not have, even one every object has', async () => {
    const dispatch = createDispatch(handlersWith({}));
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('names the refused fields and never runs the handler', async () => {
    const openLesson = vi.fn();
    const result = await createDispatch(handlersWith({ openLesson }))('openLesson', { lessonId: 'A/B' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: { reason: 'invalid-fields', issues: [{ path: ['lessonId'] }] } },
    });
    expect(openLesson).not.toHaveBeenCalled();
  });

  it('runs the handler on the parsed request, taking a missing payload as empty', async () => {
    const listLessons = vi.fn(async () => ({ lessons: [] }));
    expect(await createDispatch(handlersWith({ listLessons }))('listLessons', undefined)).toEqual({
      ok: true,
      value: { lessons: [] },
    });
    expect(listLessons).toHaveBeenCalledWith({});
  });

  it('passes a typed failure on with its code and details', async () => {
    const saveAnswer = async () => {
      throw new ApiFailure('forbidden', 'Another profile is open.', { reason: 'profile-changed' });
    };
    const result = await createDispatch(handlersWith({ saveAnswer }))('saveAnswer', {
      lessonId: 'a',
      exerciseId: 'b',
      value: 1,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Another profile is open.', details: { reason: 'profile-changed' } },
    });
  });

  it('logs any other failure and shows the person none of its words', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const getProgram = async () => {
      throw new Error('EACCES /secret/path');
    };
    const result = await createDispatch(handlersWith({ getProgram }))('getProgram', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });
});
