import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  let nextId = 1;
  type Rect = { x: number; y: number; width: number; height: number };

  class FakeWindow extends EventEmitter {
    static created: FakeWindow[] = [];
    readonly webContents = { id: nextId++, url: '', getURL: (): string => this.webContents.url };
    bounds: Rect = { x: 0, y: 0, width: 800, height: 600 };
    fullScreen = false;
    destroyed = false;
    visible = false;
    readonly focus = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.created.push(this);
    }
    loadURL = vi.fn(async (url: string) => {
      this.webContents.url = url;
      this.visible = true;
      this.emit('ready-to-show');
    });
    show(): void {
      this.visible = true;
    }
    isVisible(): boolean {
      return this.visible;
    }
    getBounds(): Rect {
      return this.bounds;
    }
    setBounds(bounds: Rect): void {
      this.bounds = bounds;
    }
    isFullScreen(): boolean {
      return this.fullScreen;
    }
    setFullScreen(on: boolean): void {
      this.fullScreen = on;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    close(): void {
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const displays = {
    list: [] as { id: number; bounds: Rect }[],
  };
  const matching = (rect: Rect) =>
    displays.list.find(
      (d) =>
        rect.x >= d.bounds.x &&
        rect.x < d.bounds.x + d.bounds.width &&
        rect.y >= d.bounds.y &&
        rect.y < d.bounds.y + d.bounds.height,
    ) ?? displays.list[0];

  return {
    FakeWindow,
    displays,
    module: {
      BrowserWindow: FakeWindow,
      screen: { getAllDisplays: () => displays.list, getDisplayMatching: matching },
      webContents: { fromFrame: (frame: { owner?: { id: number } }) => frame.owner },
      ipcMain: new EventEmitter(),
    },
  };
});
vi.mock('electron', () => electron.module);

import type { BrowserWindow, WebFrameMain } from 'electron';
import { audienceUrl, chooseDisplay, createAudienceWindows } from '../../electron/audienceWindow';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const tv = { id: 3, bounds: { x: 3360, y: 0, width: 1280, height: 720 } };

describe('chooseDisplay', () => {
  it('puts the audience on the first display that is not the presenter’s, or the only one there is', () => {
    expect(chooseDisplay([laptop], 1, null, 'auto')).toBe(0);
    expect(chooseDisplay([laptop, projector], 1, null, 'auto')).toBe(1);
    expect(chooseDisplay([projector, laptop], 1, null, 'auto')).toBe(0);
  });
  it('moves to the next display, wrapping round', () => {
    expect(chooseDisplay([laptop, projector, tv], 1, 2, 'next')).toBe(2);
    expect(chooseDisplay([laptop, projector, tv], 1, 3, 'next')).toBe(0);
  });
});

describe('createAudienceWindows', () => {
  let presenter: InstanceType<typeof electron.FakeWindow>;
  beforeEach(() => {
    electron.FakeWindow.created.length = 0;
    presenter = new electron.FakeWindow({});
    presenter.bounds = { x: 100, y: 100, width: 1100, height: 800 };
    electron.FakeWindow.created.length = 0;
  });
  const create = () => createAudienceWindows('/app/preload.cjs', () => presenter as unknown as BrowserWindow);

  it('opens full screen on the second display, sandboxed with the app’s preload, at the lesson’s audience route', async () => {
    electron.displays.list = [laptop, projector];
    const outcome = await create().open('how-stress-works', 'auto');
    expect(outcome).toEqual({ status: 'opened', fullScreen: true, displays: 2, display: 1 });
    const [win] = electron.FakeWindow.created;
    expect(win?.bounds).toEqual(projector.bounds);
    expect(win?.fullScreen).toBe(true);
    expect(win?.loadURL).toHaveBeenCalledWith('app://groundwork/#/present/how-stress-works/audience');
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('opens as an ordinary window beside the presenter when there is one display, and reuses it', async () => {
    electron.displays.list = [laptop];
    const audience = create();
    const outcome = await audience.open('how-stress-works', 'auto');
    expect(outcome).toMatchObject({ status: 'opened', fullScreen: false, displays: 1 });
    const [win] = electron.FakeWindow.created;
    expect(win?.fullScreen).toBe(false);
    expect(win?.bounds.width).toBeLessThanOrEqual(1280);
    await audience.open('how-stress-works', 'auto');
    expect(electron.FakeWindow.created).toHaveLength(1);
    expect(win?.loadURL).toHaveBeenCalledTimes(1);
    expect(win?.focus).toHaveBeenCalled();
  });

  it('moves to the next display on request, and closes with the presenter window', async () => {
    electron.displays.list = [laptop, projector, tv];
    const audience = create();
    await audience.open('how-stress-works', 'auto');
    const [win] = electron.FakeWindow.created;
    expect(await audience.open('how-stress-works', 'next')).toMatchObject({ display: 2, fullScreen: true });
    expect(win?.bounds).toEqual(tv.bounds);
    expect(await audience.open('how-stress-works', 'next')).toMatchObject({ display: 0, fullScreen: false });
    presenter.emit('closed');
    expect(win?.destroyed).toBe(true);
    expect(await audience.close()).toBe(false);
  });

  it('lets only the audience window’s own frame through the IPC sender check', async () => {
    electron.displays.list = [laptop, projector];
    const audience = create();
    const frame = (id: number) => ({ owner: { id } }) as unknown as WebFrameMain;
    expect(audience.isAudienceFrame(frame(999))).toBe(false);
    await audience.open('how-stress-works', 'auto');
    const win = electron.FakeWindow.created[0];
    expect(audience.isAudienceFrame(frame(win?.webContents.id ?? -1))).toBe(true);
    expect(audience.isAudienceFrame(frame(presenter.webContents.id))).toBe(false);
    expect(await audience.close()).toBe(true);
    expect(audience.isAudienceFrame(frame(win?.webContents.id ?? -1))).toBe(false);
    expect(audienceUrl('x')).toBe('app://groundwork/#/present/x/audience');
  });
});
