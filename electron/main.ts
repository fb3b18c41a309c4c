import { app, dialog, safeStorage, session, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { createI18n } from '../common/i18n/createI18n';
import { Clinic } from '../core/clinic/clinic';
import { capProblems } from '../core/clinic/clinicIssues';
import { loadClinicConfig } from '../core/clinic/loadClinicConfig';
import type { Service } from '../core/service';
import { createAudienceWindows } from './audienceWindow';
import { setupIpc } from './ipc';
import { createKeyStore } from './keyStore';
import { isDevToolsShortcut, setupMenu } from './menu';
import { appPaths } from './paths';
import { prepareRuntimeEnv } from './runtimeEnv';
import { createElectronAdapters } from './printing';
import { isAppUrl, PrintDocuments, registerAppScheme, setupProtocol } from './protocol';
import { createMainWindow, flushTimeoutMs, isAppWindowFrame } from './window';
import { createReminderScheduler } from './reminders';

const { t } = createI18n();

/**
 * Entry of the main process. Each concern lives in its own module with a
 * setupX(); this file only calls them in order and holds the app-wide rules:
 * one instance, no navigation away from the app, no popups, no permissions, and
 * every save on disk before the app quits.
 */

let mainWindow: BrowserWindow | null = null;

/** Opens a link in the person's browser, but only a well-formed https: URL. */
function openExternalIfSafe(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:') return;
  shell.openExternal(parsed.href).catch((error: unknown) => {
    console.error('groundwork: could not open link in the browser', error);
  });
}

/** Applied to every webContents, including hidden print windows. */
function secureWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain link to a help website should still reach the person, in their browser.
    openExternalIfSafe(event.url);
  });
  // will-navigate covers the main frame only; a frame inside the page (a print frame, or one a
  // lesson bug let in) must not leave the app either. Links opened in the browser stay will-navigate's job.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // A packaged app opens no developer tools: webPreferences.devTools is off, and the keys are refused too.
  contents.on('before-input-event', (event, input) => {
    if (app.isPackaged && isDevToolsShortcut(input)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

/** The app needs no camera, microphone, location, notifications or anything else. */
function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/**
 * Answers are private: the spell checker is off for the whole session, so no word
 * of an answer is checked, offered to "Add to dictionary" or sent to an operating
 * system's spelling service, and on Linux no dictionary is downloaded (the app
 * makes no network traffic). Answer fields also say spellcheck="false" and
 * autocomplete="off"; the README says what Chromium itself may still keep.
 */
function keepAnswersOutOfChromium(ses: Session): void {
  ses.setSpellCheckerEnabled(false);
}

/** Closes a window through its own close handler (which flushes the page), with a bound on the wait. */
function closeWindow(win: BrowserWindow): Promise<void> {
  if (win.isDestroyed()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, flushTimeoutMs + 2000);
    win.once('closed', () => {
      clearTimeout(timer);
      resolve();
    });
    win.close();
  });
}

/**
 * Holds the first quit until the window has handed over its pending saves and the
 * service has written every acknowledged save, then quits for real.
 */
function flushBeforeQuit(service: Service): void {
  let phase: 'running' | 'flushing' | 'ready' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'ready') return;
    event.preventDefault();
    if (phase === 'flushing') return;
    phase = 'flushing';
    const win = mainWindow;
    (win === null ? Promise.resolve() : closeWindow(win))
      .then(() => service.flush())
      .catch((error: unknown) => console.error('groundwork: could not finish saving before quitting', error))
      .finally(() => {
        phase = 'ready';
        app.quit();
      });
  });
}

function showMainWindow(preloadPath: string): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(preloadPath, undefined, !app.isPackaged);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const paths = appPaths();
  // The service (with esbuild and React) is imported only once the runtime settings they read on load are made.
  prepareRuntimeEnv({ isPackaged: app.isPackaged, appPath: app.getAppPath() });
  const { createService } = await import('../core/service');
  const { earlyStartAnswers, startBlock } = await import('../core/startPage');
  const clinic = new Clinic(await loadClinicConfig(paths.clinicLocations));
  for (const problem of capProblems(clinic.loaded.problems))
    console.error('groundwork: clinic configuration:', problem);
  const printDocuments = new PrintDocuments();
  // Facilitator mode's audience view: window.open is refused below, so the main process opens it.
  const audience = createAudienceWindows(
    paths.preloadPath,
    () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null),
    !app.isPackaged,
  );
  const service = createService({
    dataDir: paths.dataDir,
    cacheDir: paths.cacheDir,
    prebuilt: paths.prebuilt,
    lessonRoots: paths.lessonRoots,
    resourcesDir: paths.resourcesDir,
    programFile: paths.programFile,
    clinic,
    // Keys of profiles without a passcode go to the system's secure store (safeStorage) where there is one.
    store: { keyStore: createKeyStore(safeStorage, paths.dataDir) },
    adapters: {
      ...createElectronAdapters({
        version: app.getVersion(),
        printDocuments,
        parentWindow: () => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null),
      }),
      audienceWindow: audience,
      // Local notifications for the reminders a person set (electron/reminders.ts).
      reminders: createReminderScheduler(),
    },
  });
  // A filled worksheet waiting to print holds answers: it goes when the profile locks or another opens.
  service.store.onProfileChange(() => printDocuments.clear());
  setupMenu(app.isPackaged);
  denyAllPermissions(session.defaultSession);
  keepAnswersOutOfChromium(session.defaultSession);
  // The first screen's answers are read while the window is made (core/startPage.ts).
  const startAnswers = earlyStartAnswers((method, payload) => service.dispatch(method, payload));
  setupProtocol({
    rendererDir: paths.rendererDir,
    lessonModulePath: (hash) => service.curriculum.cache.modulePath(hash),
    printDocuments,
    pageRoot: async (acceptLanguage) => startBlock(await startAnswers(), acceptLanguage),
  });
  setupIpc(service, isAppWindowFrame, (frame) => audience.isAudienceFrame(frame));
  flushBeforeQuit(service);
  showMainWindow(paths.preloadPath);
  app.on('second-instance', () => showMainWindow(paths.preloadPath));
  app.on('activate', () => showMainWindow(paths.preloadPath));
}

function startFailed(error: unknown): void {
  console.error('groundwork: start-up failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(t('desktop.startFailedTitle'), t('desktop.startFailedBody', { detail }));
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  // Another Groundwork is running; it is brought to the front by its second-instance handler.
  app.quit();
} else {
  // Privileged schemes can only be registered before `ready`.
  registerAppScheme();
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(startFailed);
}
