import type { ErrorDetails } from './errorDetails';

/**
 * Every API call answers with a Result instead of throwing, so that errors cross
 * the IPC and HTTP boundaries as data with a stable code the renderer can act on.
 */
export const errorCodes = [
  'invalid-request',
  'unknown-method',
  'forbidden',
  'not-found',
  'lesson-broken',
  'storage-failed',
  'export-failed',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * A failure that the renderer can show: `message` is plain words for a person,
 * `details` what a screen acts on, typed by `code` (common/errorDetails.ts):
 * checking `code` narrows `details`.
 */
export type ApiError = {
  [C in ErrorCode]: { code: C; message: string; details?: ErrorDetails<C> };
}[ErrorCode];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<C extends ErrorCode>(
  code: C,
  message: string,
  details?: ErrorDetails<C>,
): { ok: false; error: ApiError } {
  const error = (details === undefined ? { code, message } : { code, message, details }) as ApiError;
  return { ok: false, error };
}

/** An Error that carries an ApiError, thrown inside services and turned back into a Result at the edge. */
export class ApiFailure<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details?: ErrorDetails<C>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The details of `error` when it is an ApiFailure with `code`; undefined for anything else. */
export function detailsOf<C extends ErrorCode>(error: unknown, code: C): ErrorDetails<C> | undefined {
  return error instanceof ApiFailure && error.code === code
    ? (error.details as ErrorDetails<C> | undefined)
    : undefined;
}
