import type { CheckIn, SelfCheckResult } from '../checkinApi';
import { addDays, startOfDay } from '../checkinDates';

/**
 * The series behind the progress charts (issue 13), pure so the screen, the
 * care-team summary and the tests read the same points. A day without a
 * check-in, or a question skipped, is simply absent: never a zero, never a gap
 * to be counted against the person.
 */

/** The check-in answers drawn as trends, in the order the screen shows them. */
export const trendMetrics = ['mood', 'craving', 'stress', 'sleepHours'] as const;
export type TrendMetric = (typeof trendMetrics)[number];

/** The time spans a person can look at. */
export const trendRanges = ['2w', '3m', 'all'] as const;
export type TrendRange = (typeof trendRanges)[number];

/** Days in each span, counting today: two weeks, and thirteen weeks for "3 months". */
const rangeDays: Record<Exclude<TrendRange, 'all'>, number> = { '2w': 14, '3m': 91 };

/** Highest value of each metric, for the chart's axis: ratings 0–10, sleep 0–24 hours. */
export const metricMax: Record<TrendMetric, number> = { mood: 10, craving: 10, stress: 10, sleepHours: 24 };

export interface DayRange {
  from: string;
  to: string;
}

/** One point of a trend: a day and the value given that day. */
export interface TrendPoint {
  date: string;
  value: number;
}

/**
 * The first and last day of a span ending today. "all" starts at the earliest
 * day given (the first check-in or self-check), or today when there is none.
 */
export function rangeDaysOf(range: TrendRange, today: string, earliest: string | null): DayRange {
  if (range === 'all') return { from: earliest !== null && earliest < today ? earliest : today, to: today };
  return { from: addDays(today, -(rangeDays[range] - 1)), to: today };
}

const inRange = (date: string, range: DayRange): boolean => date >= range.from && date <= range.to;

/** The points of one metric within a range, oldest first; days without a value are left out. */
export function metricSeries(checkIns: readonly CheckIn[], metric: TrendMetric, range: DayRange): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const checkIn of checkIns) {
    const value = checkIn[metric];
    if (value !== null && inRange(checkIn.date, range)) points.push({ date: checkIn.date, value });
  }
  return points.sort((a, b) => a.date.localeCompare(b.date));
}

/** One self-check result as the chart and its table show it. */
export interface SelfCheckPoint {
  id: string;
  date: string;
  /** Null when the form was left incomplete: no score, no band. */
  total: number | null;
  bandId: string | null;
  /** PHQ-9 item 9 was answered above 0 at some save of this result. */
  safetyFlag: boolean;
}

/** One instrument's results within a range, oldest first (incomplete ones included, unscored). */
export function selfCheckSeries(
  results: readonly SelfCheckResult[],
  instrumentId: string,
  range: DayRange,
): SelfCheckPoint[] {
  return results
    .filter((r) => r.instrumentId === instrumentId && inRange(r.date, range))
    .map((r) => ({
      id: r.id,
      date: r.date,
      total: r.status === 'complete' ? r.total : null,
      bandId: r.status === 'complete' ? r.bandId : null,
      safetyFlag: r.flagsSeen.includes('safety'),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The earliest day with a check-in or a self-check, or null when there is none. */
export function earliestDay(checkIns: readonly CheckIn[], results: readonly SelfCheckResult[]): string | null {
  let earliest: string | null = null;
  for (const { date } of [...checkIns, ...results]) if (earliest === null || date < earliest) earliest = date;
  return earliest;
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = startOfDay(from);
  const b = startOfDay(to);
  if (a === null || b === null) throw new RangeError(`not a calendar date: ${a === null ? from : to}`);
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
