import { describe, expect, it } from 'vitest';
import { ApiFailure, fail, ok } from '../../common/result';

describe('results of API calls', () => {
  it('carries a value on success', () => {
    expect(ok({ saved: 2 })).toEqual({ ok: true, value: { saved: 2 } });
  });

  it('carries a code and words for a person on failure, with details only when given', () => {
    expect(fail('not-found', 'No such lesson.')).toStrictEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such lesson.' },
    });
  });

  it('names an ApiFailure as such in logs and stack traces', () => {
    const failure = new ApiFailure('storage-failed', 'The disk is full.');
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toBe('ApiFailure: The disk is full.');
    expect(failure.stack?.startsWith('ApiFailure: The disk is full.')).toBe(true);
  });
});
