import { z } from 'zod';
import { nameRecord, nameRecordSchema } from '../../common/nameRecord';
import { exerciseTypeNames, exerciseTypes } from '../../common/exercises';
import { historyRowIds, lessonRowIds } from './steps/v3RowIds';
import { historyOptionValues, lessonOptionValues } from './steps/v4OptionValues';
import { defineStoredFile } from './upgrade';

/**
 * Version of the profile-folder layout: 1 was one plain JSON file per profile
 * (core/store/profileFile.ts), 2 is a folder per profile with one encrypted file
 * per lesson (migrations.ts moves one to the other). Each kind of file in the
 * folder has its own version and upgrade steps (upgrade.ts).
 */
export const DATA_SCHEMA_VERSION = 2;

/**
 * Version of lesson files. 2: the first encrypted layout. 3: rows of row exercises have ids.
 * 4: choices are stored by value, not by the words shown.
 */
export const LESSON_FILE_VERSION = 4;
/** Version of history files, which store answers as lesson files do: bumped together. */
export const HISTORY_FILE_VERSION = 4;

/** Each exercise type's answer: stored inside lesson and history files, so part of their shape. */
export const answerShapes: Readonly<Record<string, z.ZodType>> = Object.fromEntries(
  exerciseTypeNames.map((type) => [`answer:${type}`, exerciseTypes[type].answer]),
);

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
  schemaVersion: z.literal(LESSON_FILE_VERSION),
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
  schemaVersion: z.literal(HISTORY_FILE_VERSION),
  lessonId: z.string(),
  month: z.string(),
  versions: z.array(historyVersionSchema),
});

export const lessonFileType = defineStoredFile({
  name: 'lesson',
  version: LESSON_FILE_VERSION,
  oldest: 2,
  schema: lessonFileSchema,
  inner: answerShapes,
  steps: [lessonRowIds, lessonOptionValues],
});

export const historyFileType = defineStoredFile({
  name: 'history',
  version: HISTORY_FILE_VERSION,
  oldest: 2,
  schema: historyFileSchema,
  inner: answerShapes,
  steps: [historyRowIds, historyOptionValues],
});

export type StoredAnswerRecord = z.infer<typeof storedAnswerSchema>;
export type LessonFile = z.infer<typeof lessonFileSchema>;
export type HistoryFile = z.infer<typeof historyFileSchema>;
export type HistoryVersion = z.infer<typeof historyVersionSchema>;

export const emptyLesson = (lessonId: string): LessonFile => ({
  schemaVersion: LESSON_FILE_VERSION,
  lessonId,
  answers: nameRecord(),
  setAside: [],
});

export const emptyHistory = (lessonId: string, month: string): HistoryFile => ({
  schemaVersion: HISTORY_FILE_VERSION,
  lessonId,
  month,
  versions: [],
});
