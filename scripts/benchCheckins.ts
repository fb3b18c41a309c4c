import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { addDays, localDay, monthOf } from '../common/checkinDates';
import { AnswerStore } from '../core/store/answerStore';
import type { CheckInRecord } from '../core/store/checkinData';
import { CheckinFiles, openMonth } from '../core/store/checkinFiles';
import { CheckinStore } from '../core/store/checkinStore';
import type { Report } from './benchData';

const YEARS_OF_DAYS = 5 * 365 + 1;
const SAVES = 200;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A full check-in for a day, every field answered, with a note of the longest kind people write. */
function dailyCheckIn(date: string, i: number): CheckInRecord {
  const at = `${date}T20:00:00.000Z`;
  return {
    date,
    mood: i % 11,
    craving: (i * 3) % 11,
    stress: (i * 7) % 11,
    sleepHours: 6 + (i % 5) / 2,
    sleepQuality: i % 5,
    used: i % 40 === 0 ? 'yes' : 'no',
    skills: ['paced-breathing', 'urge-surfing', 'asking-for-help'],
    ownSkills: ['Walked the dog'],
    note: 'Went to group, called my sister after, slept better than last week. '.repeat(4).slice(0, 280),
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Fills a profile with a check-in on every day of the `days` before today, written
 * month by month through the profile's session (the same encrypted month files a
 * save writes), so a bench or test can start from years of use in seconds.
 */
export async function fillCheckIns(store: AnswerStore, profileId: string, days = YEARS_OF_DAYS): Promise<void> {
  const session = await store.session(profileId);
  const today = localDay(new Date());
  let day = addDays(today, -days);
  for (let i = 0; day < today; i += 1, day = addDays(day, 1)) {
    const month = await openMonth(session, monthOf(day));
    month.data.checkIns.push(dailyCheckIn(day, i));
    if (monthOf(addDays(day, 1)) !== monthOf(day) || addDays(day, 1) === today) await session.persist(month);
  }
}

/**
 * `npm run bench` row for issue 13: saving today's check-in in a profile holding
 * five years of daily check-ins, opened fresh as after a restart. The target is a
 * p95 under 15 ms: a save rewrites one month's file, however many years there are.
 */
export async function benchCheckIns(dataDir: string, report: Report): Promise<void> {
  const fill = new AnswerStore(join(dataDir, 'checkins-5y'), { defaultProfile: true });
  await fill.prepare();
  await fillCheckIns(fill, 'default');
  await fill.close();
  if (process.platform !== 'win32') spawnSync('sync');

  const store = new AnswerStore(join(dataDir, 'checkins-5y'), { defaultProfile: true });
  const checkins = new CheckinStore(new CheckinFiles(store));
  const today = localDay(new Date());
  const samples: number[] = [];
  for (let i = 0; i < SAVES; i += 1) {
    // Today's check-in changed again and again, and now and then yesterday's filled in late.
    const date = i % 10 === 9 ? addDays(today, -1) : today;
    const start = performance.now();
    await checkins.save('default', { date, mood: i % 11, craving: (i * 3) % 11, note: `typing ${i}` });
    samples.push(performance.now() - start);
  }
  const listed = await checkins.list('default');
  await store.close();
  const extra = `, ${listed.length} check-ins`;
  report('save a check-in, 5 years of daily check-ins (p50)', percentile(samples, 50), undefined, extra);
  report('save a check-in, 5 years of daily check-ins (p95)', percentile(samples, 95), 15, extra);
}
