import type { CrisisLine, PaperSize, PrintOutcome } from '../common/api';
import { createI18n } from '../common/i18n/createI18n';
import type { Result } from '../common/result';
import { Clinic } from './clinic/clinic';
import { Curriculum, type LessonRoot } from './curriculum/curriculum';
import { answerHandlers } from './handlers/answerHandlers';
import { appInfoHandlers } from './handlers/appInfoHandlers';
import { createDispatch } from './handlers/dispatch';
import type { Handlers } from './handlers/handlerTypes';
import { lessonHandlers } from './handlers/lessonHandlers';
import { worksheetHandlers } from './handlers/worksheetHandlers';
import { presenterHandlers, type AudienceWindowAdapter } from './presenter/presenterHandlers';
import { createDataApi } from './profiles/dataHandlers';
import type { Clock } from './profiles/idleLock';
import { AnswerStore, type AnswerStoreOptions } from './store/answerStore';
import { createCheckinApi } from './checkins/checkinHandlers';
import { createReminderApi } from './reminders/reminderHandlers';
import type { ReminderPlan } from './reminders/scheduler';
import { progressHandlers } from './progress/progressHandlers';
import { shareHandlers } from './fhir/shareHandlers';
import { shareLog } from './fhir/shareLog';
import { answeredWorksheets } from './fhir/shareWorksheets';
import { slowLimits } from './slowLimits';

export type { Handlers } from './handlers/handlerTypes';

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
  /** The main process's reminder scheduler (electron/reminders.ts); the browser host shows notices in its window. */
  reminders?: { update(plan: ReminderPlan): void };
}

export interface ServiceOptions {
  dataDir: string;
  /** Where compiled lessons are cached, by content hash. */
  cacheDir: string;
  /** The core lessons compiled at build time (out/lessons), and where the compiler's sources are to tell a stale build. */
  prebuilt?: { dir: string; sourceRoot: string | null };
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

export interface Service {
  handlers: Handlers;
  curriculum: Curriculum;
  store: AnswerStore;
  /** Validates a request from an untrusted caller and runs it; never throws. */
  dispatch(method: string, payload: unknown): Promise<Result<unknown>>;
  /** Resolves once every acknowledged save is on disk. */
  flush(): Promise<void>;
}

/** Words for FHIR resources (check-in measure names, band labels) come from the i18n strings. */
const { t } = createI18n();

export function createService(options: ServiceOptions): Service {
  const clinic = options.clinic ?? Clinic.none();
  const curriculum = new Curriculum(
    [...options.lessonRoots, ...clinic.lessonRoots],
    options.cacheDir,
    options.prebuilt,
  );
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
  // Undefined: the built-in helplines in each language (common/crisisLines.ts).
  const crisisLines = options.crisisLines;
  const activeProfileId = () => data.activeProfileId();
  const checkins = createCheckinApi({ store, curriculum, clinic, activeProfileId });
  const reminders = createReminderApi({
    dataDir: options.dataDir,
    clinic,
    ...(adapters.reminders === undefined ? {} : { scheduler: adapters.reminders }),
  });
  // Reminders saved before a restart are scheduled again as the app starts.
  void reminders.start();
  const progress = progressHandlers(
    { store, curriculum, clinic, activeProfileId, checkins: checkins.handlers },
    {
      renderPdf: (html, paper) => adapters.renderPdf(html, paper),
      chooseSavePath: (name) => adapters.chooseSavePath(name),
      print: (html, paper, title) => adapters.print(html, paper, title),
      resourcesDir: options.resourcesDir,
      crisisLines: clinic.crisisLines(crisisLines),
    },
  );

  // One file per domain (core/handlers/, core/profiles/dataHandlers.ts, core/presenter/presenterHandlers.ts);
  // a new method goes in its domain's file, and `Handlers` checks that every method has one.
  const handlers: Handlers = {
    ...data.handlers,
    ...appInfoHandlers({
      host: adapters.host,
      version: adapters.version,
      dataDir: options.dataDir,
      clinic,
      crisisLines,
      curriculum,
      store,
    }),
    ...lessonHandlers({
      curriculum,
      clinic,
      ...(options.programFile === undefined ? {} : { programFile: options.programFile }),
    }),
    ...answerHandlers({
      curriculum,
      store,
      activeProfileId,
      lessonOpened: (profileId, lessonId) => checkins.lessonOpened(profileId, lessonId),
    }),
    ...worksheetHandlers({
      curriculum,
      store,
      clinic,
      crisisLines,
      resourcesDir: options.resourcesDir,
      activeProfileId,
      adapters,
    }),
    ...presenterHandlers({ curriculum, resourcesDir: options.resourcesDir, adapters }),
    ...checkins.handlers,
    ...reminders.handlers,
    ...progress,
    ...shareHandlers({
      resourcesDir: options.resourcesDir,
      t,
      language: () => clinic.lessonLanguage(),
      now: () => new Date(),
      activeProfileId,
      worksheets: async () => answeredWorksheets(curriculum, store, await activeProfileId()),
      async checkinRange(from, to) {
        const range = await checkins.handlers.getCheckinRange({ from, to });
        return { checkIns: range.checkIns, selfChecks: range.selfChecks };
      },
      clinicServer: () => clinic.fhirServer(),
      chooseSavePath: (name) => adapters.chooseSavePath(name),
      shareLog: shareLog(store, activeProfileId),
      fetch: (...args) => fetch(...args),
      sendTimeoutMs: slowLimits.fhirSendMs,
    }),
  };
  const dispatch = createDispatch(handlers);

  return { handlers, curriculum, store, dispatch, flush: () => store.flush() };
}
