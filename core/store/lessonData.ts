import { z } from 'zod';
import { nameRecord, nameRecordSchema } from '../../common/nameRecord';

/**
 * Version of the profile-folder layout and of every encrypted file in it.
 * 1 was one plain JSON file per profile (core/store/profileFile.ts); 2 is a folder
 * per profile with one encrypted file per lesson. Migrations are in migrations.ts.
 */
export const DATA_SCHEMA_VERSION = 2;

export const storedAnswerSchema = z.object({
  type: z.string(),
  value: z.unknown(),
  updatedAt: z.string(),
});

export const setAsideRecordSchema = z.object({
  exerciseId: z.string(),
  reason: z.string(),
  raw: z.unknown(),
  at: z.string(),
});

/**
 * One lesson's answers in one profile. A keystroke's save rewrites only this
 * small file, however many years of other lessons the profile holds.
 */
export const lessonFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  lessonId: z.string(),
  /** exerciseId → the current answer (no prototype: any id is an ordinary key). */
  answers: nameRecordSchema(storedAnswerSchema),
  /** Answers that stopped fitting their exercise, kept instead of being dropped. */
  setAside: z.array(setAsideRecordSchema),
});

export const historyVersionSchema = z.object({
  exerciseId: z.string(),
  type: z.string(),
  value: z.unknown(),
  /** When this version was saved. */
  updatedAt: z.string(),
  /** When a newer version replaced it. */
  replacedAt: z.string(),
});

/** Earlier versions of a lesson's answers, one file per month so old months are never rewritten. */
export const historyFileSchema = z.object({
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  lessonId: z.string(),
  month: z.string(),
  versions: z.array(historyVersionSchema),
});

export type StoredAnswerRecord = z.infer<typeof storedAnswerSchema>;
export type LessonFile = z.infer<typeof lessonFileSchema>;
export type HistoryFile = z.infer<typeof historyFileSchema>;
export type HistoryVersion = z.infer<typeof historyVersionSchema>;

/** Lesson and exercise ids become file names: only these characters are allowed. */
export const safeNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const emptyLesson = (lessonId: string): LessonFile => ({
  schemaVersion: DATA_SCHEMA_VERSION,
  lessonId,
  answers: nameRecord(),
  setAside: [],
});
