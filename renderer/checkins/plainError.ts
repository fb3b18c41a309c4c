import { detailsOf } from '../../common/result';

/**
 * The words to show for a refused save: a request the API found invalid names
 * each wrong field in its typed details (`invalid-fields`), so the first of those
 * is shown rather than the general "not valid".
 */
export function plainError(error: unknown): string {
  const details = detailsOf(error, 'invalid-request');
  if (details?.reason === 'invalid-fields') {
    const first = details.issues[0];
    if (first !== undefined) return first.message;
  }
  return error instanceof Error ? error.message : String(error);
}
