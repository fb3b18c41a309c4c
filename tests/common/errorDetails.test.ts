import { describe, expect, expectTypeOf, it } from 'vitest';
import { fieldIssues, type ErrorDetails } from '../../common/errorDetails';
import { ApiFailure, detailsOf, fail, type ApiError } from '../../common/result';

describe('typed error details', () => {
  it('gives a reader the details of the code it asks for, and nothing for another code', () => {
    const wait = new ApiFailure('forbidden', 'Wait a moment.', { reason: 'wait', retryAfterMs: 2_000 });
    expect(detailsOf(wait, 'forbidden')).toEqual({ reason: 'wait', retryAfterMs: 2_000 });
    expect(detailsOf(wait, 'storage-failed')).toBeUndefined();
    expect(detailsOf(new Error('plain'), 'forbidden')).toBeUndefined();
    expect(detailsOf({ code: 'forbidden', details: { reason: 'locked' } }, 'forbidden')).toBeUndefined();
  });

  it('narrows details by code, so a screen reads a reason without a cast', () => {
    const { error } = fail('forbidden', 'Locked.', { reason: 'locked' });
    expect(error).toEqual({ code: 'forbidden', message: 'Locked.', details: { reason: 'locked' } });
    if (error.code === 'forbidden') {
      expectTypeOf(error.details).toEqualTypeOf<ErrorDetails<'forbidden'> | undefined>();
      expect(error.details?.reason).toBe('locked');
    }
    expectTypeOf<Extract<ApiError, { code: 'storage-failed' }>['details']>().toEqualTypeOf<
      ErrorDetails<'storage-failed'> | undefined
    >();
  });

  it('refuses, at compile time, a reason its code does not have', () => {
    // @ts-expect-error profile-changed is a forbidden reason, not a storage one
    void new ApiFailure('storage-failed', 'x', { reason: 'profile-changed' });
    // @ts-expect-error a wait says how long
    void new ApiFailure('forbidden', 'x', { reason: 'wait' });
    // @ts-expect-error not-found carries no details
    void fail('not-found', 'x', { reason: 'locked' });
    expect(fail('not-found', 'x')).toEqual({ ok: false, error: { code: 'not-found', message: 'x' } });
  });

  it('keeps each issue path as JSON can carry it', () => {
    const symbol = Symbol('odd');
    expect(fieldIssues([{ path: ['checked', 0, symbol], message: 'is picked twice' }])).toEqual([
      { path: ['checked', 0, 'Symbol(odd)'], message: 'is picked twice' },
    ]);
  });
});
