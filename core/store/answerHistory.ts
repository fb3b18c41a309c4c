import type { StoredAnswerRecord } from './lessonData';
import type { ProfileSession } from './profileSession';

/**
 * Saves while a person types come every few hundred milliseconds; keeping each
 * would bury the history in keystrokes. A version is kept when it has stood for
 * this long, which leaves one version per sitting.
 */
export const HISTORY_GAP_MS = 5 * 60_000;

/** One earlier version of an answer. */
export interface AnswerVersion {
  value: unknown;
  type: string;
  updatedAt: string;
  replacedAt: string;
}

/**
 * Keeps `previous` in the lesson's history (in the month it was saved) before a
 * new value replaces it. Written before the lesson file, so the old version is on
 * disk before anything overwrites it.
 */
export async function archiveVersion(
  session: ProfileSession,
  lessonId: string,
  exerciseId: string,
  previous: StoredAnswerRecord,
  replacedAt: string,
  force: boolean,
  gapMs = HISTORY_GAP_MS,
): Promise<void> {
  const age = Date.parse(replacedAt) - Date.parse(previous.updatedAt);
  if (!force && !(age >= gapMs)) return;
  const month = previous.updatedAt.slice(0, 7);
  const db = await session.history(lessonId, /^\d{4}-\d{2}$/.test(month) ? month : replacedAt.slice(0, 7));
  db.data.versions.push({
    exerciseId,
    type: previous.type,
    value: previous.value,
    updatedAt: previous.updatedAt,
    replacedAt,
  });
  await session.persist(db);
}

/** Earlier versions of one answer, newest first. */
export async function versionsOf(
  session: ProfileSession,
  lessonId: string,
  exerciseId: string,
): Promise<AnswerVersion[]> {
  const versions: AnswerVersion[] = [];
  for (const month of await session.historyMonths(lessonId)) {
    const db = await session.history(lessonId, month);
    for (const v of db.data.versions) {
      if (v.exerciseId === exerciseId)
        versions.push({ value: v.value, type: v.type, updatedAt: v.updatedAt, replacedAt: v.replacedAt });
    }
  }
  return versions.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
