/**
 * Calendar days for check-ins and self-checks: a day is a date in the person's
 * local time, written YYYY-MM-DD, never a moment. Pure, with `now` passed in, so
 * the screen, the store and the tests agree.
 */

/** How far ahead of the host's clock a day may be: a person travelling, or a clock set in another time zone. */
export const FUTURE_TOLERANCE_DAYS = 1;
/** How far back a day may be: no profile holds a check-in from before Groundwork could have been used. */
export const MAX_PAST_YEARS = 10;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local midnight that starts a day; null for a string that is not a real calendar date. */
export function startOfDay(day: string): Date | null {
  const match = pattern.exec(day);
  if (match === null) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, date);
  // new Date rolls 2026-02-30 over to March: a real date reads back the same.
  if (start.getFullYear() !== year || start.getMonth() !== month - 1 || start.getDate() !== date) return null;
  return start;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2026-02-29 is not). */
export function isCalendarDay(day: string): boolean {
  return startOfDay(day) !== null;
}

/**
 * Whether a range's first day is not after its last. Only real days are compared: a badly
 * written one is refused by its own check, and its text says nothing about the order.
 */
export function daysInOrder(from: string, to: string): boolean {
  return !isCalendarDay(from) || !isCalendarDay(to) || from <= to;
}

/** The day `days` calendar days after `day` (negative: before). Throws RangeError for a date that is not real. */
export function addDays(day: string, days: number): string {
  const start = startOfDay(day);
  if (start === null) throw new RangeError(`not a calendar date: ${day}`);
  return localDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
}

/** Why a day cannot hold a check-in or self-check, by the host's clock. */
export type DayProblem = 'not-a-date' | 'future' | 'too-early';

/**
 * Null when `day` can hold a check-in at `now`: a real date, not after tomorrow
 * (one day of tolerance for time zones), and not more than MAX_PAST_YEARS back.
 */
export function dayProblem(day: string, now: Date): DayProblem | null {
  if (!isCalendarDay(day)) return 'not-a-date';
  const today = localDay(now);
  if (day > addDays(today, FUTURE_TOLERANCE_DAYS)) return 'future';
  const earliest = localDay(new Date(now.getFullYear() - MAX_PAST_YEARS, now.getMonth(), now.getDate()));
  if (day < earliest) return 'too-early';
  return null;
}

/** The month file a day belongs in: YYYY-MM. */
export const monthOf = (day: string): string => day.slice(0, 7);
/** The year file a day belongs in: YYYY. */
export const yearOf = (day: string): string => day.slice(0, 4);
