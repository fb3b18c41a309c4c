import type { LessonProblem } from './api';
import type { CheckInRefusal } from './checkinApi';
import type { ProfileProblem } from './dataApi';
import type { AnswerProblem } from './instruments';

/**
 * What each error code carries besides its message, for the screen that acts on
 * it: a discriminated union keyed by code (and, within a code, by `reason`), so
 * a reader checks `error.code` and `details.reason` instead of re-casting
 * `details: unknown`. A new reason starts here; the compiler then shows every
 * place that throws or reads it.
 */

/** One field of a request or an answer that failed its check. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ErrorDetailsByCode {
  'invalid-request':
    | { reason: 'invalid-fields'; issues: FieldIssue[] }
    /** Another profile already has this name. */
    | { reason: 'name-taken' }
    /** A check-in's or self-check's day that cannot be used (common/checkinApi.ts). */
    | { reason: CheckInRefusal }
    /** Self-check answers that do not fit the instrument: which items and why. */
    | { reason: 'answers-do-not-fit'; problems: AnswerProblem[] }
    /** A self-check result saved again as another instrument. */
    | { reason: 'other-instrument' };
  'unknown-method': never;
  forbidden:
    /** No profile is open, or the open one is locked: the picker or lock screen takes over. */
    | { reason: 'locked' | 'not-open' | 'no-profile' | 'passcode-required' }
    /** A save meant for the profile that was open before a lock or a switch. */
    | { reason: 'profile-changed' }
    /** Too many wrong passcodes: try again after `retryAfterMs`. */
    | { reason: 'wait'; retryAfterMs: number }
    /** The passcode did not fit; a profile's own passcode also says how long the next try must wait. */
    | { reason: 'wrong-passcode'; retryAfterMs?: number }
    /** The profile's record cannot be used; it is listed for attention, never opened. */
    | { reason: 'needs-attention'; problem: ProfileProblem }
    /** The clinic turned reminders off (clinic.json). */
    | { reason: 'reminders-off' };
  'not-found': /** A self-check the clinic does not offer. */ { reason: 'not-offered' };
  /** Where the author's lesson file is wrong. */
  'lesson-broken': LessonProblem;
  'storage-failed':
    /** A file saved by a newer Groundwork: kept as it is, never overwritten. */
    | { reason: 'newer-version' }
    /** A profile folder by this id is already on disk. */
    | { reason: 'profile-exists' }
    /** The disk refused a write; `cause` is the system's words, for the log. */
    | { reason: 'write-failed'; cause: string };
  'export-failed': /** A FHIR bundle that failed R4 validation: where and what, for the clinic to report. */
  { problems: string[] };
  cancelled: never;
  internal: never;
}

/** The details an error with code `C` may carry. */
export type ErrorDetails<C extends keyof ErrorDetailsByCode = keyof ErrorDetailsByCode> = ErrorDetailsByCode[C];

/** A schema's issues (zod's, or any with a path and a message) as the FieldIssues an error carries. */
export function fieldIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
}
