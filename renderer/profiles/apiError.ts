import { ApiFailure, detailsOf } from '../../common/result';

/** The person-facing message of a failed call, and how long to wait before trying again (for passcodes). */
export function describeFailure(error: unknown): { message: string; retryAfterMs: number } {
  if (error instanceof ApiFailure) {
    const details = detailsOf(error, 'forbidden');
    const wait = details !== undefined && 'retryAfterMs' in details ? (details.retryAfterMs ?? 0) : 0;
    return { message: error.message, retryAfterMs: wait };
  }
  return { message: error instanceof Error ? error.message : String(error), retryAfterMs: 0 };
}

/** Reads a chosen file as base64, for importProfile. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
