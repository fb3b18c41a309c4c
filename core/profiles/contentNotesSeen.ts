import { z } from 'zod';
import { slugSchema } from '../../common/ids';
import { limits } from '../../common/limits';

/** A content-note topic as stored: any slug, so a topic added to the lessons later does not change the file's shape. */
const MAX_TOPIC_CHARS = 40;
/** More topics than any lesson's note names (common/lessonSchema.ts has five). */
export const MAX_TOPICS_PER_NOTE = 8;

/**
 * The content notes a person has read and continued past: lesson id → the topics
 * the note named then. Keeping the topics, not just "seen", means a lesson whose
 * note later names a new topic (say, suicide) shows its note again.
 */
export const contentNotesSeenSchema = z
  .record(slugSchema({ max: limits.idChars }), z.array(slugSchema({ max: MAX_TOPIC_CHARS })).max(MAX_TOPICS_PER_NOTE))
  .refine((seen) => Object.keys(seen).length <= limits.lessons, 'more lessons than a curriculum holds');

export type ContentNotesSeen = z.infer<typeof contentNotesSeenSchema>;

/** Whether every topic the lesson's note names now was in the note the person read. */
export function noteSeen(seen: ContentNotesSeen | undefined, lessonId: string, topics: readonly string[]): boolean {
  const read = Object.hasOwn(seen ?? {}, lessonId) ? seen?.[lessonId] : undefined;
  return read !== undefined && topics.every((topic) => read.includes(topic));
}

/**
 * `seen` with this lesson's note marked as read; null when there is nothing to
 * keep (the lesson has no note) or no room (a lesson beyond the bound: its note
 * simply shows again next time, which is the safe way to fail).
 */
export function withNoteSeen(
  seen: ContentNotesSeen | undefined,
  lessonId: string,
  topics: readonly string[],
): ContentNotesSeen | null {
  const current = seen ?? {};
  if (topics.length === 0 || topics.length > MAX_TOPICS_PER_NOTE) return null;
  if (!Object.hasOwn(current, lessonId) && Object.keys(current).length >= limits.lessons) return null;
  return { ...current, [lessonId]: [...topics] };
}
