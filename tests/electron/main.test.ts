import { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushDoneChannel, flushRequestChannel, ipcChannel, methods } from '../../common/api';

const electron = await vi.hoisted(async () => {
  // vi.hoisted runs before the imports above, so it loads what it needs itself.
  const { EventEmitter } = await import('node:events');
  const calls: string[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let nextId = 1;

  class FakeWindow extends EventEmitter {
    static created: FakeWindow[] = [];
    readonly webContents = Object.assign(new EventEmitter(), {
      id: nextId++,
      send: vi.fn(),
      isDestroyed: () => false,
      isCrashed: () => false,
      // A print dialog that stays open: the print job waits, as it does while a person chooses a printer.
      print: vi.fn(),
    });
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    closed = false;
    readonly destroy = vi.fn(() => {
      this.closed = true;
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      calls.push('new BrowserWindow');
      FakeWindow.created.push(this);
    }
    isDestroyed(): boolean {
      return this.closed;
    }
    isMinimized(): boolean {
      return false;
    }
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.closed = true;
      calls.push('window closed');
      this.emit('closed');
    }
  }

  const app = Object.assign(new EventEmitter(), {
    lock: true,
    // As in the installed app; tests of development behaviour set it to false for a moment.
    isPackaged: true,
    requestSingleInstanceLock: vi.fn((): boolean => app.lock),
    whenReady: vi.fn(() => ready),
    quit: vi.fn(() => calls.push('app.quit')),
    exit: vi.fn(),
    getVersion: () => '0.1.0',
    getPath: (name: string) => `/home/pat/.config/${name}`,
    getAppPath: () => '/opt/groundwork/app',
  });
  const ipcMain = Object.assign(new EventEmitter(), { handle: vi.fn() });
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn((_handler: unknown) => calls.push('permissions')),
      setPermissionCheckHandler: vi.fn((_handler: unknown) => undefined),
      setSpellCheckerEnabled: vi.fn((_enabled: boolean) => undefined),
    },
  };
  const service = {
    dispatch: vi.fn(),
    flush: vi.fn(async () => {
      calls.push('service.flush');
    }),
    curriculum: { cache: { modulePath: (hash: string) => `/cache/${hash}.mjs` } },
    store: { onProfileChange: vi.fn((_listener: () => void) => () => undefined) },
  };

  return {
    calls,
    markReady: () => markReady(),
    FakeWindow,
    service,
    createService: vi.fn((_options: unknown) => service),
    module: {
      app,
      ipcMain,
      session,
      BrowserWindow: FakeWindow,
      shell: { openExternal: vi.fn(async () => undefined) },
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
      // No secure store: the key store falls back to the data folder's key file.
      safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text' },
      webContents: { fromFrame: () => undefined },
      // Reminders (electron/reminders.ts): none are set, so no notification is ever shown.
      Notification: Object.assign(vi.fn(), { isSupported: () => false }),
      powerMonitor: { on: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
        handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) =>
          calls.push('protocol.handle'),
        ),
      },
      Menu: {
        buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
        setApplicationMenu: vi.fn((_menu: unknown) => calls.push('setApplicationMenu')),
      },
    },
  };
});
vi.mock('electron', () => electron.module);
vi.mock('../../core/service', () => ({ createService: electron.createService }));

const { app, ipcMain, Menu, protocol, session, shell } = electron.module;

/** A webContents as the security rules see it. */
function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn((_handler: unknown) => undefined) });
  const listener = app.listeners('web-contents-created')[0] as (event: unknown, contents: unknown) => void;
  listener({}, contents);
  return contents;
}

function navigate(
  contents: EventEmitter,
  event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
  url: string,
  isMainFrame = true,
) {
  const details = { url, isMainFrame, preventDefault: vi.fn() };
  contents.emit(event, details);
  return details.preventDefault;
}

beforeAll(async () => {
  vi.stubEnv('GROUNDWORK_DATA_DIR', '');
  await import('../../electron/main');
});

beforeEach(() => {
  shell.openExternal.mockClear();
});

describe('start-up order', () => {
  it('takes the single-instance lock and registers the scheme before ready', async () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged']);
    electron.markReady();
    await vi.waitFor(() => expect(electron.FakeWindow.created).toHaveLength(1));
    expect(electron.calls).toEqual([
      'registerSchemesAsPrivileged',
      'setApplicationMenu',
      'permissions',
      'protocol.handle',
      'new BrowserWindow',
    ]);
  });

  it('builds the service from the app folders and version', () => {
    expect(electron.createService).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: '/home/pat/.config/userData',
        cacheDir: '/home/pat/.config/userData/cache/lessons',
        // Packaged: the precompiled lessons come from the same build as the code, so there are no sources to compare.
        prebuilt: { dir: '/opt/groundwork/app/out/lessons', sourceRoot: null },
        lessonRoots: [{ dir: '/opt/groundwork/app/curriculum/lessons', label: 'curriculum/lessons' }],
        adapters: expect.objectContaining({ host: 'electron', version: '0.1.0' }),
      }),
    );
  });

  it('registers an IPC handler for every method and opens the window on the app origin', () => {
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(methods.map(ipcChannel).sort());
    const win = electron.FakeWindow.created[0];
    expect(win?.loadURL).toHaveBeenCalledWith('app://groundwork/');
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});

describe('developer tools in the packaged app', () => {
  it('opens the window without developer tools and sets a menu without them', () => {
    const prefs = electron.FakeWindow.created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const menu = Menu.setApplicationMenu.mock.calls[0]?.[0] as { template: unknown[] };
    expect(JSON.stringify(menu.template)).not.toMatch(/toggleDevTools|forceReload|"reload"|viewMenu/i);
  });

  it('refuses F12, Ctrl+Shift+I and Cmd+Option+I, and lets other keys through', () => {
    const contents = fakeContents();
    const press = (input: Record<string, unknown>) => {
      const event = { preventDefault: vi.fn() };
      const key = { type: 'keyDown', key: '', code: '', control: false, shift: false, alt: false, meta: false };
      contents.emit('before-input-event', event, { ...key, ...input });
      return event.preventDefault;
    };
    expect(press({ key: 'F12', code: 'F12' })).toHaveBeenCalled();
    expect(press({ key: 'I', code: 'KeyI', control: true, shift: true })).toHaveBeenCalled();
    expect(press({ key: 'J', code: 'KeyJ', control: true, shift: true })).toHaveBeenCalled();
    expect(press({ key: 'ˆ', code: 'KeyI', meta: true, alt: true })).toHaveBeenCalled();
    expect(press({ key: 'c', code: 'KeyC', control: true })).not.toHaveBeenCalled();
    expect(press({ key: 'I', code: 'KeyI', shift: true })).not.toHaveBeenCalled();
    expect(press({ key: 'ArrowRight', code: 'ArrowRight' })).not.toHaveBeenCalled();
    // A development build keeps them.
    app.isPackaged = false;
    try {
      expect(press({ key: 'F12', code: 'F12' })).not.toHaveBeenCalled();
    } finally {
      app.isPackaged = true;
    }
  });
});

describe('answers and Chromium', () => {
  it('turns the spell checker off for the session and the window', () => {
    expect(session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const prefs = electron.FakeWindow.created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs.spellcheck).toBe(false);
  });

  it('drops a worksheet waiting to print when the profile locks or another opens', async () => {
    const { adapters } = electron.createService.mock.calls[0]?.[0] as unknown as {
      adapters: { print(html: string, paper: string, title: string): Promise<unknown> };
    };
    const serve = protocol.handle.mock.calls[0]?.[1];
    const onProfileChange = electron.service.store.onProfileChange.mock.calls[0]?.[0];
    if (serve === undefined || onProfileChange === undefined) throw new Error('not wired');
    const before = electron.FakeWindow.created.length;
    void adapters.print('<p>my answer</p>', 'letter', 'Worksheet');
    await vi.waitFor(() => expect(electron.FakeWindow.created.length).toBe(before + 1));
    const printWindow = electron.FakeWindow.created.at(-1);
    await vi.waitFor(() => expect(printWindow?.webContents.print).toHaveBeenCalled());
    const url = printWindow?.loadURL.mock.calls[0]?.[0] ?? '';
    expect(url).toMatch(/^app:\/\/groundwork\/print\/[0-9a-f]{32}$/);
    // Still there while the print dialog is open (HEAD asks without taking it)...
    expect((await serve(new Request(url, { method: 'HEAD' }))).status).toBe(200);
    onProfileChange();
    // ...and gone once the profile locks.
    expect((await serve(new Request(url))).status).toBe(404);
  });
});

describe('navigation', () => {
  it('allows navigation within the app origin', () => {
    const contents = fakeContents();
    expect(navigate(contents, 'will-navigate', 'app://groundwork/#/lesson/anger')).not.toHaveBeenCalled();
    expect(navigate(contents, 'will-redirect', 'app://groundwork/index.html')).not.toHaveBeenCalled();
  });

  it('keeps every frame on the app origin (will-frame-navigate), opening nothing in the browser', () => {
    const contents = fakeContents();
    expect(navigate(contents, 'will-frame-navigate', 'app://groundwork/print/x', false)).not.toHaveBeenCalled();
    for (const url of ['https://988lifeline.org/', 'http://example.org/', 'file:///etc/passwd', 'app://evil/']) {
      expect(navigate(contents, 'will-frame-navigate', url, false), url).toHaveBeenCalled();
      expect(navigate(contents, 'will-frame-navigate', url, true), url).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation to any other origin, opening only https links in the browser', () => {
    const contents = fakeContents();
    for (const url of [
      'https://988lifeline.org/',
      'http://example.org/',
      'file:///etc/passwd',
      'app://evil/',
      'javascript:alert(1)',
    ]) {
      expect(navigate(contents, 'will-navigate', url), url).toHaveBeenCalled();
      expect(navigate(contents, 'will-redirect', url), url).toHaveBeenCalled();
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://988lifeline.org/');
  });

  it('refuses to attach webviews', () => {
    const contents = fakeContents();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.org' });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  const openHandler = () => {
    const contents = fakeContents();
    return contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => { action: string };
  };

  it('denies every new window and opens https links in the browser', () => {
    expect(openHandler()({ url: 'https://988lifeline.org/chat' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://988lifeline.org/chat');
  });

  it('opens nothing for http, file, javascript or malformed URLs', () => {
    const handler = openHandler();
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
      '',
      'app://groundwork/',
    ]) {
      expect(handler({ url }), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as unknown as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as unknown as (
      ...args: unknown[]
    ) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://groundwork', {}), permission).toBe(false);
    }
  });
});

describe('quitting', () => {
  it('holds the first quit until the page and the service have flushed, then quits', async () => {
    const win = electron.FakeWindow.created[0];
    if (win === undefined) throw new Error('no window');
    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(flushRequestChannel);
    expect(electron.service.flush).not.toHaveBeenCalled();

    // A second quit while flushing is held too, without starting over.
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();

    ipcMain.emit(flushDoneChannel, { sender: win.webContents });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(win.isDestroyed()).toBe(true);
    expect(electron.service.flush).toHaveBeenCalledTimes(1);
    // The page's last saves reach the service before the service writes them out.
    expect(electron.calls.slice(-3)).toEqual(['window closed', 'service.flush', 'app.quit']);

    const last = { preventDefault: vi.fn() };
    app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});

describe('second instance', () => {
  it('quits at once without registering anything when another instance holds the lock', async () => {
    vi.resetModules();
    app.lock = false;
    app.quit.mockClear();
    protocol.registerSchemesAsPrivileged.mockClear();
    const listenersBefore = app.listenerCount('web-contents-created');
    await import('../../electron/main');
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(listenersBefore);
  });
});
