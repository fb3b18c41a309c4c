import {
  BrowserWindow,
  ipcMain,
  webContents,
  type BrowserWindowConstructorOptions,
  type IpcMainEvent,
  type WebFrameMain,
} from 'electron';
import { flushDoneChannel, flushRequestChannel } from '../common/api';
import { createI18n } from '../common/i18n/createI18n';
import { appHomeUrl } from './protocol';

const { t } = createI18n();

/** How long a closing window waits for the renderer to save before closing anyway. */
export const flushTimeoutMs = 3000;

/** Ids of the webContents of the app's own windows (not print windows). */
const appContents = new Set<number>();

/**
 * Options of the app's window: the page runs sandboxed with no Node, talks to the
 * main process only through the preload's bridge, and cannot open webviews or
 * load insecure content. It stays hidden until its first paint to avoid a flash.
 * Developer tools only in a development build (`devTools`), never when packaged.
 * No spell checking: answers are private (see keepAnswersOutOfChromium in main.ts).
 */
export function mainWindowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    title: t('app.name'),
    width: 1100,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
      navigateOnDragDrop: false,
    },
  };
}

/** True when `frame` belongs to one of the app's windows (used by the IPC sender check). */
export function isAppWindowFrame(frame: WebFrameMain): boolean {
  const owner = webContents.fromFrame(frame);
  return owner !== undefined && appContents.has(owner.id);
}

/**
 * Asks the window's page to save what it holds and resolves when it says it is
 * done, after `timeoutMs`, or at once if the page is gone.
 */
export function flushRenderer(win: BrowserWindow, timeoutMs = flushTimeoutMs): Promise<'done' | 'timeout' | 'gone'> {
  const contents = win.webContents;
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve('gone');
  return new Promise((resolve) => {
    const finish = (how: 'done' | 'timeout'): void => {
      clearTimeout(timer);
      ipcMain.removeListener(flushDoneChannel, onDone);
      resolve(how);
    };
    const onDone = (event: IpcMainEvent): void => {
      if (event.sender.id === contents.id) finish('done');
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    ipcMain.on(flushDoneChannel, onDone);
    contents.send(flushRequestChannel);
  });
}

/**
 * Opens the app's window on `app://groundwork/`. Closing is held back once so the
 * page can send its pending saves (the debounce of a half-typed answer) before
 * the window goes away.
 */
export function createMainWindow(preloadPath: string, timeoutMs = flushTimeoutMs, devTools = false): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, devTools));
  const id = win.webContents.id;
  appContents.add(id);
  win.webContents.once('destroyed', () => appContents.delete(id));
  win.once('ready-to-show', () => win.show());

  let state: 'open' | 'flushing' | 'flushed' = 'open';
  win.on('close', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void flushRenderer(win, timeoutMs).then((how) => {
      if (how === 'timeout') console.warn('groundwork: the window did not confirm its saves in time; closing anyway');
      state = 'flushed';
      if (!win.isDestroyed()) win.close();
    });
  });

  void win.loadURL(appHomeUrl).catch((error: unknown) => {
    console.error('groundwork: could not load the app page', error);
  });
  return win;
}
