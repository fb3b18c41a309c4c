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
import { defaultCrisisLinesFor } from '../common/crisisLines';
import { baseLanguage, isLessonLanguage, type LessonLanguage } from '../common/language';
import { ApiFailure, fail, ok, type Result } from '../common/result';
import { createI18n } from '../common/i18n/createI18n';

/** Messages a person may see come from the i18n strings. */
const { t } = createI18n();
import { Clinic } from './clinic/clinic';
import { Curriculum, type LessonRoot } from './curriculum/curriculum';
import { AnswerStore, type AnswerStoreOptions } from './store/answerStore';
import { createDataApi } from './profiles/dataHandlers';
import type { Clock } from './profiles/idleLock';
import { renderPacketHtml } from './worksheet/renderWorksheet';
import { savePdf } from './worksheet/savePdf';
import { loadProgram } from './program/loadProgram';
import { presenterHandlers, type AudienceWindowAdapter } from './presenter/presenterHandlers';

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
  /** The presentation's audience window, where the host can open one itself (Electron); absent in the browser host. */
  audienceWindow?: AudienceWindowAdapter;
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
  /** The clinic's configuration: crisis numbers, branding, lesson folders and order. */
  clinic?: Clinic;
  /** curriculum/program.json: module overviews and suggested schedules. */
  programFile?: string;
  /** The answer store's key store (Electron: the system's secure store), passcode cost and writer. */
  store?: AnswerStoreOptions;
  /** Time for the idle lock; tests pass a fake clock. */
  clock?: Clock;
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
  const clinic = options.clinic ?? Clinic.none();
  const curriculum = new Curriculum([...options.lessonRoots, ...clinic.lessonRoots], options.cacheDir);
  // A clinic's idle-lock minutes become the default for new profiles (0 means the clinic sets none).
  const clinicLock = clinic.idleLockMinutes;
  const store = new AnswerStore(options.dataDir, {
    ...options.store,
    ...(clinicLock !== null && clinicLock > 0 ? { defaultLockAfterMinutes: clinicLock } : {}),
  });
  const { adapters } = options;
  const data = createDataApi(store, curriculum, {
    chooseSavePath: (name) => adapters.chooseSavePath(name),
    // The window stops its own idle timer when the clinic turns idle locking off; so does this process.
    idleLock: clinicLock !== 0,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });

  /** The language asked for, else the clinic's when lessons come in it, else English. */
  const languageOf = (asked: LessonLanguage | undefined): LessonLanguage =>
    asked ?? (isLessonLanguage(clinic.language) ? clinic.language : baseLanguage);
  /** Crisis lines in a language: the clinic's own where it sets them, else the built-in ones in that language. */
  const crisisLinesIn = (language: LessonLanguage) =>
    clinic.crisisLines(options.crisisLines ?? defaultCrisisLinesFor(language));

  /**
   * Renders the worksheets of the given lessons, in order, as one print-ready
   * document in the language asked for, whatever the profile's language.
   */
  const packetHtml = async (request: Request<'exportPacket'>) => {
    const language = languageOf(request.language);
    const entries = [];
    for (const lessonId of request.lessonIds) {
      const lesson = await curriculum.open(lessonId, language);
      const modulePath = curriculum.cache.modulePath(lesson.hash);
      if (modulePath === null) throw new ApiFailure('internal', t('errors.compiledMissing'));
      const answers = request.filled
        ? (await store.load(await data.activeProfileId(), lesson.frontmatter.id, lesson.exercises)).answers
        : {};
      entries.push({ lesson, modulePath, answers });
    }
    const html = await renderPacketHtml(
      entries,
      {
        filled: request.filled,
        paper: request.paper,
        largePrint: request.largePrint ?? false,
        crisisLines: crisisLinesIn(language),
        language,
        ...(clinic.name === null ? {} : { clinicName: clinic.name }),
      },
      options.resourcesDir,
    );
    const first = entries[0]?.lesson.frontmatter.title ?? 'worksheets';
    const name = entries.length === 1 ? first : `${first} and ${entries.length - 1} more`;
    return { html, name };
  };

  const exportPdf = (
    html: string,
    request: { paper: PaperSize; filled: boolean; largePrint?: boolean },
    name: string,
  ) =>
    savePdf(
      adapters,
      html,
      request.paper,
      safeFileName(`${name}${request.largePrint ? ' large print' : ''}`, request.filled),
    );
  const single = (request: Request<'exportWorksheet'>): Request<'exportPacket'> => {
    const { lessonId, ...rest } = request;
    return { ...rest, lessonIds: [lessonId] };
  };

  const handlers: Handlers = {
    ...data.handlers,
    async getAppInfo({ language }) {
      return {
        version: adapters.version,
        dataDir: options.dataDir,
        host: adapters.host,
        crisisLines: crisisLinesIn(languageOf(language)),
        clinic: clinic.info(await curriculum.list()),
        notices: store.notices.map((n) => n.message),
      };
    },
    async listLessons({ language }) {
      return { lessons: clinic.arrange(await curriculum.list(language)) };
    },
    async openLesson({ lessonId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      return {
        frontmatter: lesson.frontmatter,
        languages: curriculum.languagesOf(lessonId),
        exercises: lesson.exercises,
        moduleUrl: `/lessons/${lesson.hash}.mjs`,
      };
    },
    async loadAnswers({ lessonId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      const profileId = await data.activeProfileId();
      return { ...(await store.load(profileId, lessonId, lesson.exercises)), profileId };
    },
    async saveAnswer({ lessonId, exerciseId, value, profileId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      const exercise = lesson.exercises.find((e) => e.id === exerciseId);
      if (exercise === undefined) {
        throw new ApiFailure('not-found', t('errors.noExercise', { lesson: lesson.frontmatter.title, id: exerciseId }));
      }
      const active = await data.activeProfileId();
      // A save retried after a lock or a switch must never land in the next person's profile.
      if (profileId !== undefined && profileId !== active) {
        throw new ApiFailure('forbidden', t('errors.profileChanged'), {
          reason: 'profile-changed',
        });
      }
      return { savedAt: await store.save(active, lessonId, exercise, value) };
    },
    async exportWorksheet(request) {
      const { html, name } = await packetHtml(single(request));
      return exportPdf(html, request, name);
    },
    async exportPacket(request) {
      const { html, name } = await packetHtml(request);
      return exportPdf(html, request, name);
    },
    async printPacket(request) {
      const { html, name } = await packetHtml(request);
      return adapters.print(html, request.paper, name);
    },
    async getProgram() {
      return clinic.arrangeProgram(await loadProgram(options.programFile));
    },
    async printWorksheet(request) {
      const { html, name } = await packetHtml(single(request));
      return adapters.print(html, request.paper, name);
    },
    ...presenterHandlers({ curriculum, resourcesDir: options.resourcesDir, adapters }),
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
