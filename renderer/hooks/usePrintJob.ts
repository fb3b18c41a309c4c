import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOutcome, PaperSize, PrintOutcome } from '../../common/api';

/** Shows a print-ready document in a hidden frame and opens the browser's print dialog for it. */
function printInFrame(url: string): void {
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.src = url;
  frame.addEventListener('load', () => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  });
  document.body.append(frame);
}

/** What every print job asks: paper and type size. */
export interface PrintSettings {
  paper: PaperSize;
  largePrint: boolean;
}

/**
 * The state of saving a PDF or printing: paper and large-print choices, a busy
 * flag, and a message for a status line. `save` and `print` run one job and put
 * its outcome (saved where, cancelled, failed) into words; in the browser host a
 * print job comes back as a page to print, which opens the print dialog here.
 */
export function usePrintJob() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<PrintSettings>({ paper: 'letter', largePrint: false });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const attempt = async (job: () => Promise<void>, startMessage: string): Promise<void> => {
    setBusy(true);
    setMessage(startMessage);
    try {
      await job();
    } catch (error) {
      setMessage(t('worksheet.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const save = (job: () => Promise<ExportOutcome>): Promise<void> =>
    attempt(async () => {
      const outcome = await job();
      setMessage(outcome.status === 'saved' ? t('worksheet.saved', { path: outcome.path }) : t('worksheet.cancelled'));
    }, t('worksheet.exporting'));

  const print = (job: () => Promise<PrintOutcome>): Promise<void> =>
    attempt(async () => {
      const outcome = await job();
      if (outcome.status === 'opened') printInFrame(outcome.url);
    }, '');

  return { settings, setSettings, busy, message, setMessage, save, print };
}
