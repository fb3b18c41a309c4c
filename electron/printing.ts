import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import type { PaperSize, PrintOutcome } from '../common/api';
import { createI18n } from '../common/i18n/createI18n';
import { ApiFailure } from '../common/result';
import type { HostAdapters } from '../core/service';
import { PrintDocuments } from './protocol';

const { t } = createI18n();

export interface ElectronAdapterOptions {
  version: string;
  /** The store the app scheme serves `/print/<token>` from. */
  printDocuments: PrintDocuments;
  /** The window dialogs belong to, so they open over it; null for a free-standing dialog. */
  parentWindow?: () => BrowserWindow | null;
}

const pageSize = (paper: PaperSize): 'A4' | 'Letter' => (paper === 'a4' ? 'A4' : 'Letter');

/**
 * Loads a print-ready document into a hidden window and hands the window to
 * `use`. The window has no preload and no JavaScript (the document needs none,
 * and its CSP allows none). The document and the window are removed in `finally`
 * whatever happens, so a failed export leaves nothing behind.
 */
async function withPrintWindow<T>(
  printDocuments: PrintDocuments,
  html: string,
  title: string,
  use: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const token = printDocuments.add(html);
  const win = new BrowserWindow({
    show: false,
    title,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    await win.loadURL(PrintDocuments.url(token));
    return await use(win);
  } finally {
    printDocuments.remove(token);
    if (!win.isDestroyed()) win.destroy();
  }
}

function print(win: BrowserWindow, paper: PaperSize): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    win.webContents.print({ silent: false, printBackground: true, pageSize: pageSize(paper) }, (success, reason) => {
      if (success) resolve({ status: 'printed' });
      // Chromium reports a closed print dialog as a failure whose reason mentions cancelling.
      else if (/cancel/i.test(reason)) resolve({ status: 'cancelled' });
      else reject(new ApiFailure('export-failed', t('desktop.printFailed', { reason })));
    });
  });
}

/**
 * The Electron side of the service: PDFs through Chromium's `printToPDF` (tagged,
 * with an outline from the headings, so screen readers can follow them), the
 * system save dialog, and the system print dialog.
 */
export function createElectronAdapters(options: ElectronAdapterOptions): HostAdapters {
  const { printDocuments } = options;
  const parent = (): BrowserWindow | null => options.parentWindow?.() ?? null;

  return {
    host: 'electron',
    version: options.version,

    renderPdf(html, paper) {
      return withPrintWindow(printDocuments, html, t('desktop.printWindowTitle'), (win) =>
        win.webContents.printToPDF({
          pageSize: pageSize(paper),
          printBackground: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          preferCSSPageSize: true,
        }),
      );
    },

    async chooseSavePath(suggestedName) {
      // PDFs (worksheets, guides) and encrypted profile backups both come through here.
      const extension = extname(suggestedName).slice(1) || 'pdf';
      const backup = extension === 'gwbackup';
      const saveOptions: SaveDialogOptions = {
        title: t(backup ? 'desktop.saveBackup' : 'desktop.savePdf'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: t(backup ? 'desktop.backupFiles' : 'desktop.pdfFiles'), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result =
        owner === null ? await dialog.showSaveDialog(saveOptions) : await dialog.showSaveDialog(owner, saveOptions);
      if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
      // Some Linux dialogs return the name as typed, without the extension the filter implies.
      return extname(result.filePath) === '' ? `${result.filePath}.${extension}` : result.filePath;
    },

    print(html, paper, title) {
      return withPrintWindow(printDocuments, html, title, (win) => print(win, paper));
    },
  };
}
