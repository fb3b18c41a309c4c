import { z } from 'zod';
import type { ContentNote, LessonFrontmatter } from './lessonSchema';
import { lessonLanguages, type LessonLanguage } from './language';
import { exerciseIdSchema, type AnswerValue, type ExerciseRef } from './exercises';
import type { Result } from './result';
import type { ClinicInfo } from './clinic';
import { dataRequestSchemas, type DataResponses } from './dataApi';
import { checkinRequestSchemas, type CheckinResponses } from './checkinApi';
import { reminderRequestSchemas, type ReminderResponses } from './reminders';
import { progressRequestSchemas, type ProgressResponses } from './progressApi';
import { shareRequestSchemas, type ShareResponses } from './shareApi';
import type { Program } from './programSchema';
import type { LessonProgress } from './progress';
import { flushDoneChannel, flushRequestChannel, ipcChannel, methods, type Method } from './channels';
import { slugSchema } from './ids';
import { limits } from './limits';

/**
 * The one contract between the renderer and the main process (or the development
 * host). Each method has a request schema, checked at run time on the trusted side,
 * and a response type. The preload, the IPC handlers, the HTTP host and the
 * renderer's client are all typed from this file.
 */

const lessonId = slugSchema({ max: limits.idChars });

/** The language a lesson is asked for in; a lesson without that version comes in English. */
const language = z.enum(lessonLanguages).optional();

export const paperSizes = ['letter', 'a4'] as const;
export type PaperSize = (typeof paperSizes)[number];

const worksheetRequest = z.strictObject({
  lessonId,
  filled: z.boolean(),
  paper: z.enum(paperSizes),
  /** Body text of at least 18 pt. */
  largePrint: z.boolean().optional(),
  /** The language of the worksheet and its page headers, whatever the profile's language. */
  language,
});

/** Several lessons' worksheets in one PDF, each starting on a new page, in the order given. */
const packetRequest = z.strictObject({
  lessonIds: z.array(lessonId).min(1).max(200),
  filled: z.boolean(),
  paper: z.enum(paperSizes),
  largePrint: z.boolean().optional(),
  language,
});

export const requestSchemas = {
  // Profiles, passcodes, history, storage status and backup files (common/dataApi.ts).
  ...dataRequestSchemas,
  // Daily check-ins, self-checks, the person's own plans, lesson activity (common/checkinApi.ts).
  ...checkinRequestSchemas,
  // Reminders to check in and to practise (common/reminders.ts).
  ...reminderRequestSchemas,
  // The progress overview and the care-team summary (common/progressApi.ts).
  ...progressRequestSchemas,
  /** language: the crisis lines come in it (the clinic's own lines are shown as the clinic wrote them). */
  getAppInfo: z.strictObject({ language }),
  listLessons: z.strictObject({ language }),
  openLesson: z.strictObject({ lessonId, language }),
  loadAnswers: z.strictObject({ lessonId, language }),
  // Sharing with the care team's health record (common/shareApi.ts).
  ...shareRequestSchemas,
  /** profileId: the profile the answers were loaded for; a save meant for another person is refused. */
  saveAnswer: z.strictObject({
    lessonId,
    exerciseId: exerciseIdSchema,
    value: z.unknown(),
    profileId: z.string().max(limits.idChars).optional(),
    language,
  }),
  /** Worksheet progress of every lesson for the open profile, for the lesson list. */
  getLessonProgress: z.strictObject({}),
  exportWorksheet: worksheetRequest,
  printWorksheet: worksheetRequest,
  getProgram: z.strictObject({ language }),
  exportPacket: packetRequest,
  printPacket: packetRequest,
  exportFacilitatorGuide: z.strictObject({ lessonId, paper: z.enum(paperSizes), language }),
  /** "auto": open (or bring forward) on a second display when there is one; "next": move it to the next display. */
  openAudienceWindow: z.strictObject({ lessonId, display: z.enum(['auto', 'next']), language }),
  closeAudienceWindow: z.strictObject({}),
} as const satisfies { [M in Method]: z.ZodType };

export { methods, ipcChannel, flushRequestChannel, flushDoneChannel, type Method };
export type Request<M extends Method> = z.infer<(typeof requestSchemas)[M]>;

export interface CrisisLine {
  name: string;
  /** What to dial or text, as shown to a person. */
  contact: string;
  detail: string;
}

export interface AppInfo {
  version: string;
  /** Folder where answers are kept, shown so people know where their data lives. */
  dataDir: string;
  /** Which host serves the API: the Electron app or the browser development host. */
  host: 'electron' | 'browser';
  crisisLines: CrisisLine[];
  /** The clinic's configuration in force, where it was read from, and any problems with it. */
  clinic: ClinicInfo;
  /** Plain-words messages about the person's data, such as a damaged file that was kept aside. */
  notices: string[];
}

/** Where and why a lesson failed to compile, pointing at the author's file. */
export interface LessonProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface LessonSummary {
  id: string;
  title: string;
  module: string;
  order: number;
  summary: string;
  minutes: number;
  contentNotes: ContentNote[];
}

export type LessonListItem =
  | ({
      status: 'ok';
      file: string;
      /** The language of the title and summary shown. */
      language: LessonLanguage;
      /** Every language the lesson can be opened in. */
      languages: LessonLanguage[];
    } & LessonSummary)
  | { status: 'broken'; file: string; id: string | null; language: LessonLanguage; problem: LessonProblem };

export interface OpenedLesson {
  /** `frontmatter.language` is the language served: English when the lesson lacks the one asked for. */
  frontmatter: LessonFrontmatter;
  /** Every language the lesson can be opened in. */
  languages: LessonLanguage[];
  exercises: ExerciseRef[];
  /** Same-origin URL of the compiled lesson module, loaded with import(). */
  moduleUrl: string;
}

export interface StoredAnswer {
  value: AnswerValue;
  updatedAt: string;
}

/** An answer kept on disk that no longer fits its exercise: never dropped, shown to the person. */
export interface SetAsideAnswer {
  exerciseId: string;
  reason: string;
  raw: unknown;
}

export interface LessonAnswers {
  /** The profile these answers belong to; saves send it back. */
  profileId?: string;
  /** The open profile has read this lesson's content note (as it reads now): it need not stand before the lesson. */
  contentNoteSeen?: boolean;
  answers: Record<string, StoredAnswer>;
  setAside: SetAsideAnswer[];
}

export type ExportOutcome = { status: 'saved'; path: string } | { status: 'cancelled' };
export type PrintOutcome = { status: 'printed' } | { status: 'cancelled' } | { status: 'opened'; url: string };

export interface Responses
  extends DataResponses, CheckinResponses, ReminderResponses, ProgressResponses, ShareResponses {
  getAppInfo: AppInfo;
  listLessons: { lessons: LessonListItem[] };
  openLesson: OpenedLesson;
  loadAnswers: LessonAnswers;
  saveAnswer: { savedAt: string };
  /** By lesson id; a lesson whose answers cannot be read right now is left out. */
  getLessonProgress: { profileId: string; lessons: Record<string, LessonProgress> };
  exportWorksheet: ExportOutcome;
  printWorksheet: PrintOutcome;
  getProgram: Program;
  exportPacket: ExportOutcome;
  printPacket: PrintOutcome;
  exportFacilitatorGuide: ExportOutcome;
  openAudienceWindow: AudienceWindowOutcome;
  closeAudienceWindow: { closed: boolean };
}

/**
 * Where the audience view of a presentation opened. "unsupported": this host has
 * no window of its own to offer (the browser host), so the page opens one itself.
 */
export type AudienceWindowOutcome =
  { status: 'opened'; fullScreen: boolean; displays: number; display: number } | { status: 'unsupported' };

/** What the renderer can call: one async function per method, answering a Result. */
export type GroundworkApi = {
  [M in Method]: (request: Request<M>) => Promise<Result<Responses[M]>>;
};

/**
 * The object the preload exposes as `window.groundwork`: the API plus one event,
 * sent by the main process before the window closes so pending saves are flushed.
 */
export interface GroundworkBridge extends GroundworkApi {
  onFlushRequest(listener: () => Promise<void>): () => void;
}
