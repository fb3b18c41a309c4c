import { ApiFailure } from '../../common/result';

/**
 * The words to show for a refused save: a request the API found invalid names
 * each wrong field in `details` ({ path, message }[]), so the first of those is
 * shown rather than the general "not valid".
 */
export function plainError(error: unknown): string {
  if (error instanceof ApiFailure && error.code === 'invalid-request' && Array.isArray(error.details)) {
    const first: unknown = error.details[0];
    if (typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string')
      return first.message;
  }
  return error instanceof Error ? error.message : String(error);
}
