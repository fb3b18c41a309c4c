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

/** A failure that the renderer can show: `message` is plain words for a person. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Machine-readable detail, such as the field that failed validation. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): { ok: false; error: ApiError } {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

/** An Error that carries an ApiError, thrown inside services and turned back into a Result at the edge. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
