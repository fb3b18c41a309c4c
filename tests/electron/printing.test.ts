import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printCsp } from '../../core/security/csp';

const electron = vi.hoisted(() => {
  type PrintCallback = (success: boolean, reason: string) => void;

  class FakeWindow {
    static created: FakeWindow[] = [];
    /** What the next print() reports, as Chromium would. */
    static printResult: [boolean, string] = [true, ''];
    static pdfError: Error | null = null;
    /** Called as the window loads a URL, to look at the app scheme at that moment. */
    static onLoad: ((url: string) => void) | null = null;
    destroyed = false;
    loadedUrl = '';
    readonly webContents = {
      printToPDF: vi.fn(async (_options: unknown) => {
        if (FakeWindow.pdfError !== null) throw FakeWindow.pdfError;
        return Buffer.from('%PDF-1.7');
      }),
      print: vi.fn((_options: unknown, callback: PrintCallback) => callback(...FakeWindow.printResult)),
    };
    readonly loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
      FakeWindow.onLoad?.(url);
    });
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.created.push(this);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }

  return {
    FakeWindow,
    module: {
      BrowserWindow: FakeWindow,
      app: { getPath: vi.fn((name: string) => `/home/pat/${name}`) },
      dialog: { showSaveDialog: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

import { createElectronAdapters } from '../../electron/printing';
import { PrintDocuments, resolveAppRequest } from '../../electron/protocol';

type FakeWindow = InstanceType<typeof electron.FakeWindow>;

const html = '<!doctype html><title>Worksheet</title><h1>Anger</h1>';
let printDocuments: PrintDocuments;

/** Serves a URL the way the app scheme would, to see what the print window saw. */
const served = (url: string) =>
  resolveAppRequest(url, 'GET', { rendererDir: '/nowhere', lessonModulePath: () => null, printDocuments });

beforeEach(() => {
  electron.FakeWindow.created = [];
  electron.FakeWindow.printResult = [true, ''];
  electron.FakeWindow.pdfError = null;
  electron.FakeWindow.onLoad = null;
  electron.module.dialog.showSaveDialog.mockReset();
  printDocuments = new PrintDocuments();
});

const adapters = () => createElectronAdapters({ version: '1.2.3', printDocuments });

function onlyWindow(): FakeWindow {
  expect(electron.FakeWindow.created).toHaveLength(1);
  return electron.FakeWindow.created[0] as FakeWindow;
}

describe('renderPdf', () => {
  it('prints a hidden, script-less window of the document to a tagged PDF', async () => {
    let seenWhileLoading: ReturnType<typeof served> | undefined;
    electron.FakeWindow.onLoad = (url) => {
      seenWhileLoading = served(url);
    };
    expect(await adapters().renderPdf(html, 'a4')).toEqual(Buffer.from('%PDF-1.7'));
    const win = onlyWindow();

    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
    });
    expect(seenWhileLoading).toMatchObject({ status: 200, body: html });
    expect(seenWhileLoading?.headers['Content-Security-Policy']).toBe(printCsp);
  });

  it('removes the document and destroys the window afterwards', async () => {
    await adapters().renderPdf(html, 'letter');
    const win = onlyWindow();
    expect(win.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/groundwork\/print\/[0-9a-f]{32}$/);
    expect(win.webContents.printToPDF.mock.calls[0]?.[0]).toMatchObject({ pageSize: 'Letter' });
    expect(served(win.loadedUrl).status).toBe(404);
    expect(win.isDestroyed()).toBe(true);
  });

  it('cleans up the same way when Chromium fails', async () => {
    electron.FakeWindow.pdfError = new Error('printing failed');
    await expect(adapters().renderPdf(html, 'letter')).rejects.toThrow('printing failed');
    const win = onlyWindow();
    expect(served(win.loadedUrl).status).toBe(404);
    expect(win.isDestroyed()).toBe(true);
  });
});

describe('chooseSavePath', () => {
  it('suggests the name in Documents, filtered to PDF', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/pat/Anger.pdf' });
    await expect(adapters().chooseSavePath('Anger.pdf')).resolves.toBe('/home/pat/Anger.pdf');
    expect(electron.module.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/pat/documents', 'Anger.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
  });

  it('answers null when the person cancels', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(adapters().chooseSavePath('Anger.pdf')).resolves.toBeNull();
  });

  it('offers an encrypted profile backup as a Groundwork backup, not a PDF', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/pat/mine' });
    await expect(adapters().chooseSavePath('groundwork-backup-2026-11-27.gwbackup')).resolves.toBe(
      '/home/pat/mine.gwbackup',
    );
    expect(electron.module.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ filters: [{ name: 'Groundwork backup', extensions: ['gwbackup'] }] }),
    );
  });

  it('adds .pdf when the name was typed without an extension', async () => {
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/pat/anger' });
    await expect(adapters().chooseSavePath('Anger.pdf')).resolves.toBe('/home/pat/anger.pdf');
  });
});

describe('print', () => {
  it('reports printed, through the system dialog, and cleans up', async () => {
    await expect(adapters().print(html, 'letter', 'Anger')).resolves.toEqual({ status: 'printed' });
    const win = onlyWindow();
    expect(win.webContents.print.mock.calls[0]?.[0]).toMatchObject({ silent: false, printBackground: true });
    expect(win.isDestroyed()).toBe(true);
    expect(served(win.loadedUrl).status).toBe(404);
  });

  it('reports cancelled when the person closes the dialog', async () => {
    electron.FakeWindow.printResult = [false, 'Print job canceled'];
    await expect(adapters().print(html, 'a4', 'Anger')).resolves.toEqual({ status: 'cancelled' });
  });

  it('fails with a plain message when the printer fails', async () => {
    electron.FakeWindow.printResult = [false, 'Print job failed'];
    await expect(adapters().print(html, 'a4', 'Anger')).rejects.toMatchObject({ code: 'export-failed' });
    expect(onlyWindow().isDestroyed()).toBe(true);
  });
});

describe('adapters', () => {
  it('say they are the Electron host, with the app version', () => {
    expect(adapters()).toMatchObject({ host: 'electron', version: '1.2.3' });
  });
});
