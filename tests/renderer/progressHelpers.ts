import type { Page } from '@playwright/test';
import { addDays, localDay } from '../../common/checkinDates';

/** Today on this machine: the host runs beside the test, on the same clock and time zone. */
export const today = localDay(new Date());

/** Calls the host's API from inside the page (same origin, as the app itself calls it); throws on a failed Result. */
export async function api(page: Page, method: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    async ([m, body]) => {
      const response = await fetch(`/api/${m}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(`${m}: ${result.error?.message ?? 'failed'}`);
      return result.value;
    },
    [method, request] as const,
  );
}

/** Craving on the day `daysAgo` days before today: 7 ninety days back, falling evenly to 3 today. */
export const cravingOn = (daysAgo: number): number => Math.round(3 + (4 * daysAgo) / 89);

/** 90 days of check-ins ending today, through the API. */
export async function ninetyDaysOfCheckIns(page: Page): Promise<void> {
  for (let daysAgo = 89; daysAgo >= 0; daysAgo -= 1) {
    const craving = cravingOn(daysAgo);
    await api(page, 'saveCheckIn', {
      date: addDays(today, -daysAgo),
      mood: 10 - craving,
      craving,
      stress: 5,
      sleepHours: 6 + (daysAgo % 3) * 0.5,
    });
  }
}

const phq = (values: number[]) => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));
const gad = (values: number[]) => Object.fromEntries(values.map((v, i) => [`gad7-${i + 1}`, v]));

/** Six self-checks with known totals and bands: [instrument, days ago, total, band label]. */
export const selfChecks = [
  ['phq-9', 84, phq([2, 2, 2, 2, 2, 2, 2, 2, 2]), 18, 'Many signs of low mood'],
  ['phq-9', 56, phq([1, 1, 1, 1, 1, 1, 1, 1, 0]), 8, 'Some signs of low mood'],
  ['phq-9', 14, phq([1, 1, 1, 1, 0, 0, 0, 0, 0]), 4, 'Few or no signs of low mood'],
  ['gad-7', 80, gad([3, 3, 3, 3, 3, 3, 3]), 21, 'Many signs of worry and anxiety'],
  ['gad-7', 40, gad([2, 2, 2, 2, 2, 2, 2]), 14, 'A fair number of signs of worry and anxiety'],
  ['gad-7', 7, gad([1, 1, 1, 1, 1, 0, 0]), 5, 'Some signs of worry and anxiety'],
] as const;

/** The six self-checks above, through the API. */
export async function sixSelfChecks(page: Page): Promise<void> {
  for (const [instrumentId, daysAgo, answers] of selfChecks) {
    await api(page, 'saveSelfCheck', { instrumentId, date: addDays(today, -daysAgo), answers });
  }
}
