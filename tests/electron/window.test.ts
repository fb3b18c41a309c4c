import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushDoneChannel, flushRequestChannel } from '../../common/api';

const electron = await vi.hoisted(async () => {
  // vi.hoisted runs before the imports above, so it loads what it needs itself.
  const { EventEmitter } = await import('node:events');
  let nextId = 1;

  class FakeContents extends EventEmitter {
    readonly id = nextId++;
    readonly send = vi.fn();
    destroyed = false;
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isCrashed(): boolean {
      return false;
    }
  }

  class FakeWindow extends EventEmitter {
    static created: FakeWindow[] = [];
    readonly webContents = new FakeContents();
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.created.push(this);
    }
    isDestroyed(): boolean {
      return this.closed;
    }
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.closed = true;
      this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
    }
  }

  const ipcMain = new EventEmitter();
  return {
    FakeWindow,
    ipcMain,
    module: {
      BrowserWindow: FakeWindow,
      ipcMain,
      webContents: {
        fromFrame: (frame: { owner?: FakeContents }) => frame.owner,
      },
    },
  };
});
vi.mock('electron', () => electron.module);

import { createMainWindow, flushRenderer, isAppWindowFrame, mainWindowOptions } from '../../electron/window';

type FakeWindow = InstanceType<typeof electron.FakeWindow>;

/** What the preload does when asked to flush: answer on the done channel as the given window. */
function answerFlush(from: FakeWindow): void {
  electron.ipcMain.emit(flushDoneChannel, { sender: from.webContents });
}

beforeEach(() => {
  electron.FakeWindow.created = [];
});

afterEach(() => {
  vi.useRealTimers();
  electron.ipcMain.removeAllListeners();
});

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates the page: context isolation, sandbox, no Node, no webview', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Answers are private: no spell checking, and no developer tools unless a development build asks.
      spellcheck: false,
      devTools: false,
    });
    expect(mainWindowOptions('/preload.cjs', true).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden until ready, titled Groundwork, at least 800 px wide', () => {
    expect(options).toMatchObject({ show: false, title: 'Groundwork', minWidth: 800 });
  });
});

describe('createMainWindow', () => {
  it('loads the app origin and shows the window when it is ready', () => {
    const win = createMainWindow('/preload.cjs') as unknown as FakeWindow;
    expect(win.options).toEqual(mainWindowOptions('/preload.cjs'));
    expect(win.loadURL).toHaveBeenCalledWith('app://groundwork/');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('holds the first close until the page confirms its saves', async () => {
    const win = createMainWindow('/preload.cjs') as unknown as FakeWindow;
    const other = new electron.FakeWindow({});
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledWith(flushRequestChannel);
    // A second close while waiting asks nothing new.
    win.close();
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    // Another window's "done" does not count.
    answerFlush(other);
    await Promise.resolve();
    expect(win.isDestroyed()).toBe(false);
    answerFlush(win);
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true));
    expect(electron.ipcMain.listenerCount(flushDoneChannel)).toBe(0);
  });

  it('closes anyway after 3 seconds when the page does not answer', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const win = createMainWindow('/preload.cjs') as unknown as FakeWindow;
    win.close();
    await vi.advanceTimersByTimeAsync(2900);
    expect(win.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(win.isDestroyed()).toBe(true);
    expect(electron.ipcMain.listenerCount(flushDoneChannel)).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('flushRenderer', () => {
  it('resolves at once when the page is already gone', async () => {
    const win = new electron.FakeWindow({});
    win.webContents.destroyed = true;
    await expect(flushRenderer(win as never)).resolves.toBe('gone');
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});

describe('isAppWindowFrame', () => {
  it('accepts frames of our windows only, and not after the window is gone', () => {
    const win = createMainWindow('/preload.cjs') as unknown as FakeWindow;
    const stranger = new electron.FakeWindow({});
    const frameOf = (w: FakeWindow): never => ({ owner: w.webContents }) as never;
    expect(isAppWindowFrame(frameOf(win))).toBe(true);
    expect(isAppWindowFrame(frameOf(stranger))).toBe(false);
    expect(isAppWindowFrame({} as never)).toBe(false);
    win.emit('close', { preventDefault: () => undefined });
    answerFlush(win);
    return vi.waitFor(() => expect(isAppWindowFrame(frameOf(win))).toBe(false));
  });
});
