import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ExerciseRef } from '../common/exercises';
import { AnswerStore } from '../core/store/answerStore';

/** Adds one row to the benchmark table (scripts/bench.ts). */
export type Report = (measure: string, ms: number, target?: number, extra?: string) => void;

const DAYS = 5 * 365 + 1;
const LESSONS = 60;
const ANSWERS_PER_LESSON = 8;
const DAILY_EXERCISES = 5;
const filler = 'I noticed my shoulders were tight after the phone call, so I took a walk and called my sponsor. ';
const longText = (i: number): ExerciseRef => ({ id: `ex-${i}`, type: 'long-text', label: 'Answer' });

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Fills one profile with five years of daily use: every lesson answered, and a
 * daily check-in answered each day for five years, whose earlier days are the
 * answer's history (one encrypted file per month).
 */
async function fillProfile(store: AnswerStore, profileId: string): Promise<void> {
  for (let lesson = 0; lesson < LESSONS; lesson += 1) {
    for (let i = 0; i < ANSWERS_PER_LESSON; i += 1) {
      await store.save(profileId, `lesson-${lesson}`, longText(i), `${filler.repeat(3)} ${lesson}/${i}`);
    }
  }
  const session = await store.session(profileId);
  const start = Date.parse('2021-01-01T18:00:00Z');
  for (let day = 0; day < DAYS; day += 1) {
    const at = new Date(start + day * 86_400_000).toISOString();
    const monthFile = await session.history('daily-check-in', at.slice(0, 7));
    for (let i = 0; i < DAILY_EXERCISES; i += 1) {
      monthFile.data.versions.push({
        exerciseId: `ex-${i}`,
        type: 'long-text',
        value: `${filler} day ${day}`,
        updatedAt: at,
        replacedAt: at,
      });
    }
    const last =
      day === DAYS - 1 || new Date(start + (day + 1) * 86_400_000).toISOString().slice(0, 7) !== at.slice(0, 7);
    if (last) await session.persist(monthFile);
  }
  for (let i = 0; i < DAILY_EXERCISES; i += 1)
    await store.save(profileId, 'daily-check-in', longText(i), `${filler} today`);
}

/** Save latency of one answer (typing in the daily check-in), sampled over many saves. */
async function measureSaves(store: AnswerStore, profileId: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const start = performance.now();
    await store.save(profileId, 'daily-check-in', longText(i % DAILY_EXERCISES), `${filler} typing ${i}`);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * `npm run bench` rows for the data store: save p95 in a profile holding five
 * years of daily entries, with 1 and with 20 such profiles on the computer. The
 * target is under 15 ms either way: a save rewrites one small lesson file, so the
 * figure must not grow with the number of profiles or years.
 */
export async function benchData(dataDir: string, report: Report): Promise<void> {
  const counts = [1, 20];
  const measured = new Map<number, string>();
  for (const profiles of counts) {
    const store = new AnswerStore(join(dataDir, `profiles-${profiles}`), { defaultProfile: true });
    await store.prepare();
    let last = 'default';
    for (let p = 0; p < profiles; p += 1) {
      last = p === 0 ? 'default' : (await store.profiles.create(`Person ${p}`, null)).profile.id;
      await fillProfile(store, last);
      await store.lock(last);
    }
    measured.set(profiles, last);
    await store.close();
  }
  // Let the disk finish writing the fill before timing, so both figures see the same quiet disk.
  if (process.platform !== 'win32') spawnSync('sync');
  const stores = new Map<number, AnswerStore>();
  for (const profiles of counts) {
    // The person at the keyboard: the last profile made, opened fresh as after a restart.
    const store = new AnswerStore(join(dataDir, `profiles-${profiles}`), { defaultProfile: true });
    const start = performance.now();
    await store.load(measured.get(profiles) ?? 'default', 'daily-check-in', [0, 1, 2, 3, 4].map(longText));
    report(`open a profile and load a lesson, 5 years of data, ${profiles} profile(s)`, performance.now() - start);
    stores.set(profiles, store);
  }
  // Rounds alternate between the two computers, so noise on a shared machine falls on both alike.
  const samples = new Map<number, number[]>(counts.map((c) => [c, []]));
  for (let round = 0; round < 4; round += 1) {
    for (const profiles of counts) {
      const store = stores.get(profiles);
      if (store !== undefined)
        samples.get(profiles)?.push(...(await measureSaves(store, measured.get(profiles) ?? '')));
    }
  }
  for (const profiles of counts) {
    const all = samples.get(profiles) ?? [];
    report(`save one answer, 5 years of daily entries, ${profiles} profile(s) (p50)`, percentile(all, 50));
    report(`save one answer, 5 years of daily entries, ${profiles} profile(s) (p95)`, percentile(all, 95), 15);
    await stores.get(profiles)?.close();
  }
}
