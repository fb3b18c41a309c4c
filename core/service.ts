import type { z } from 'zod';
import {
  methods,
  requestSchemas,
  type CrisisLine,
  type Method,
  type PaperSize,
  type PrintOutcome,
  type Request,
  type Responses,
} from '../common/api';
import { defaultCrisisLines } from '../common/crisisLines';
import { ApiFailure, fail, ok, type Result } from '../common/result';
import { Curriculum, type LessonRoot } from './curriculum/curriculum';
import { AnswerStore, DEFAULT_PROFILE_ID } from './store/answerStore';
import { writeFileAtomic } from './store/durableFile';
import { renderWorksheetHtml } from './worksheet/renderWorksheet';
import { loadProgram } from './program/loadProgram';

/** What differs between the Electron app and the browser development host. */
export interface HostAdapters {
  host: 'electron' | 'browser';
  version: string;
  /** Turns a print-ready HTML document into PDF bytes. */
  renderPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Prints a print-ready document through the system's print dialog. */
  print(html: string, paper: PaperSize, title: string): Promise<PrintOutcome>;
}

export interface ServiceOptions {
  dataDir: string;
  /** Where compiled lessons are cached, by content hash. */
  cacheDir: string;
  lessonRoots: LessonRoot[];
  /** Folder holding fonts/ for printed worksheets. */
  resourcesDir: string;
  adapters: HostAdapters;
  crisisLines?: CrisisLine[];
  /** curriculum/program.json: module overviews and suggested schedules. */
  programFile?: string;
}

/** The handlers behind every API method, with requests already validated. */
export type Handlers = { [M in Method]: (request: Request<M>) => Promise<Responses[M]> };

export interface Service {
  handlers: Handlers;
  curriculum: Curriculum;
  store: AnswerStore;
  /** Validates a request from an untrusted caller and runs it; never throws. */
  dispatch(method: string, payload: unknown): Promise<Result<unknown>>;
  /** Resolves once every acknowledged save is on disk. */
  flush(): Promise<void>;
}

function safeFileName(title: string, filled: boolean): string {
  const base =
    title
      .replace(/[^A-Za-z0-9 -]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'worksheet';
  return `${base}${filled ? '' : '-blank'}.pdf`;
}

export function createService(options: ServiceOptions): Service {
  const curriculum = new Curriculum(options.lessonRoots, options.cacheDir);
  const store = new AnswerStore(options.dataDir);
  const { adapters } = options;
  const profileId = DEFAULT_PROFILE_ID;

  const worksheetHtml = async (request: Request<'exportWorksheet'>) => {
    const lesson = await curriculum.open(request.lessonId);
    const modulePath = curriculum.cache.modulePath(lesson.hash);
    if (modulePath === null) throw new ApiFailure('internal', 'The compiled lesson could not be found.');
    const answers = request.filled
      ? (await store.load(profileId, lesson.frontmatter.id, lesson.exercises)).answers
      : {};
    const html = await renderWorksheetHtml({
      lesson,
      modulePath,
      answers,
      filled: request.filled,
      paper: request.paper,
      resourcesDir: options.resourcesDir,
    });
    return { html, lesson };
  };

  const handlers: Handlers = {
    async getAppInfo() {
      return {
        version: adapters.version,
        dataDir: options.dataDir,
        host: adapters.host,
        crisisLines: options.crisisLines ?? defaultCrisisLines,
        notices: store.notices.map((n) => n.message),
      };
    },
    async listLessons() {
      return { lessons: await curriculum.list() };
    },
    async openLesson({ lessonId }) {
      const lesson = await curriculum.open(lessonId);
      return { frontmatter: lesson.frontmatter, exercises: lesson.exercises, moduleUrl: `/lessons/${lesson.hash}.mjs` };
    },
    async loadAnswers({ lessonId }) {
      const lesson = await curriculum.open(lessonId);
      return store.load(profileId, lessonId, lesson.exercises);
    },
    async saveAnswer({ lessonId, exerciseId, value }) {
      const lesson = await curriculum.open(lessonId);
      const exercise = lesson.exercises.find((e) => e.id === exerciseId);
      if (exercise === undefined) {
        throw new ApiFailure('not-found', `The lesson "${lesson.frontmatter.title}" has no exercise "${exerciseId}".`);
      }
      return { savedAt: await store.save(profileId, lessonId, exercise, value) };
    },
    async exportWorksheet(request) {
      const { html, lesson } = await worksheetHtml(request);
      let pdf: Uint8Array;
      try {
        pdf = await adapters.renderPdf(html, request.paper);
      } catch (error) {
        throw new ApiFailure('export-failed', `The PDF could not be made: ${(error as Error).message}`);
      }
      const path = await adapters.chooseSavePath(safeFileName(lesson.frontmatter.title, request.filled));
      if (path === null) return { status: 'cancelled' };
      try {
        await writeFileAtomic(path, pdf);
      } catch (error) {
        throw new ApiFailure('export-failed', `The PDF could not be saved to ${path}: ${(error as Error).message}`);
      }
      return { status: 'saved', path };
    },
    async getProgram() {
      return loadProgram(options.programFile);
    },
    async printWorksheet(request) {
      const { html, lesson } = await worksheetHtml(request);
      return adapters.print(html, request.paper, lesson.frontmatter.title);
    },
  };

  const dispatch = async (method: string, payload: unknown): Promise<Result<unknown>> => {
    if (!(methods as readonly string[]).includes(method))
      return fail('unknown-method', `There is no API method "${method}".`);
    const schema = requestSchemas[method as Method] as z.ZodType;
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail(
        'invalid-request',
        `The request to ${method} was not valid.`,
        parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      );
    }
    try {
      const handler = handlers[method as Method] as (request: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.message, error.details);
      console.error(`groundwork: ${method} failed`, error);
      return fail('internal', 'Something went wrong inside the app. Your saved answers are safe; please try again.');
    }
  };

  return { handlers, curriculum, store, dispatch, flush: () => store.flush() };
}
