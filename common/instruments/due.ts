/**
 * When an instrument is next due, from the last time it was completed and the
 * interval in days. Pure: the caller passes `now`, so tests and screens agree.
 *
 * Days are the person's calendar days, not 24-hour blocks: a check done on a
 * Monday afternoon with a 14-day interval is due from the start of the Monday two
 * weeks later, whatever time group meets. Daylight-saving changes do not shift it.
 */

export type DueStatus =
  /** Never completed: offer it. */
  | { due: true; reason: 'never-done' }
  /** The interval has passed: due since the start of `dueSince` (local time). */
  | { due: true; reason: 'interval-passed'; dueSince: Date }
  /** Not yet: due from the start of `dueOn` (local time), in `daysUntilDue` calendar days. */
  | { due: false; dueOn: Date; daysUntilDue: number };

const dayMs = 24 * 60 * 60 * 1000;

function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Calendar days from one local midnight to another; rounding absorbs a DST hour. */
function calendarDaysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / dayMs);
}

/**
 * Whether an instrument is due.
 * @param lastCompletedAt when it was last completed (scored, not merely started), or null if never
 * @param intervalDays how often it is offered, in days (a whole number from 1)
 * @param now the current time
 * @throws RangeError for an invalid date or interval
 */
export function dueStatus(lastCompletedAt: Date | null, intervalDays: number, now: Date): DueStatus {
  if (!Number.isInteger(intervalDays) || intervalDays < 1) throw new RangeError(`bad interval: ${intervalDays}`);
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');
  if (lastCompletedAt === null) return { due: true, reason: 'never-done' };
  if (Number.isNaN(lastCompletedAt.getTime())) throw new RangeError('lastCompletedAt is not a valid date');
  const last = startOfLocalDay(lastCompletedAt);
  const dueOn = new Date(last.getFullYear(), last.getMonth(), last.getDate() + intervalDays);
  if (now.getTime() >= dueOn.getTime()) return { due: true, reason: 'interval-passed', dueSince: dueOn };
  return { due: false, dueOn, daysUntilDue: calendarDaysBetween(startOfLocalDay(now), dueOn) };
}
