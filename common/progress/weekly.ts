import type { CheckIn } from '../checkinApi';
import { weekStart } from './overview';
import { trendMetrics, type DayRange, type TrendMetric } from './series';

/**
 * Check-ins by week, for the care-team summary's table: a week a person did not
 * check in is not listed, and an answer skipped all week shows as a blank, never 0.
 */
export type WeekRow = {
  /** Monday of the week. */
  weekOf: string;
  /** Days with a check-in that week, within the range. */
  checkIns: number;
} & Record<TrendMetric, number | null>;

/** The average of each metric by week (to one decimal), oldest week first. */
export function weeklyAverages(checkIns: readonly CheckIn[], range: DayRange): WeekRow[] {
  const weeks = new Map<string, { count: number; sums: Map<TrendMetric, { sum: number; n: number }> }>();
  for (const checkIn of checkIns) {
    if (checkIn.date < range.from || checkIn.date > range.to) continue;
    const key = weekStart(checkIn.date);
    let week = weeks.get(key);
    if (week === undefined) weeks.set(key, (week = { count: 0, sums: new Map() }));
    week.count += 1;
    for (const metric of trendMetrics) {
      const value = checkIn[metric];
      if (value === null) continue;
      const total = week.sums.get(metric) ?? { sum: 0, n: 0 };
      week.sums.set(metric, { sum: total.sum + value, n: total.n + 1 });
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekOf, week]) => {
      const average = (metric: TrendMetric): number | null => {
        const total = week.sums.get(metric);
        return total === undefined ? null : Math.round((total.sum / total.n) * 10) / 10;
      };
      return {
        weekOf,
        checkIns: week.count,
        mood: average('mood'),
        craving: average('craving'),
        stress: average('stress'),
        sleepHours: average('sleepHours'),
      };
    });
}
