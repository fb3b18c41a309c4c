import type { AnswerStore } from '../../../core/store/answerStore';
import { CheckinFiles } from '../../../core/store/checkinFiles';
import { CheckinStore } from '../../../core/store/checkinStore';
import { SelfCheckStore } from '../../../core/store/selfCheckStore';

/** A clock standing still at noon, local time, on the day given, unless a test moves it. */
export function clockAt(day: string): { now: () => Date; set(day: string, hour?: number): void } {
  let current = noon(day);
  return {
    now: () => new Date(current),
    set(next: string, hour = 12) {
      current = noon(next, hour);
    },
  };
}

function noon(day: string, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 2026, (m ?? 1) - 1, d ?? 1, hour);
}

/** The check-in and self-check stores over one AnswerStore, on one clock. */
export function checkinStores(store: AnswerStore, now: () => Date) {
  const files = new CheckinFiles(store);
  return { files, checkins: new CheckinStore(files, now), selfChecks: new SelfCheckStore(files, now) };
}

/** PHQ-9 answers: each of items 1–9 set to `value`, unless `overrides` say otherwise. */
export function phqAnswers(value: number | null, overrides: Record<string, number | null> = {}) {
  const answers: Record<string, number | null> = {};
  for (let i = 1; i <= 9; i += 1) answers[`phq9-${i}`] = value;
  return { ...answers, ...overrides };
}
