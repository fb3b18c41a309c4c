import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { paperSizes, type PaperSize } from '../../common/api';
import { call } from '../api/client';

/** Shows a worksheet document in a hidden frame and opens the browser's print dialog for it. */
export function printInFrame(url: string): void {
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

interface WorksheetActionsProps {
  lessonId: string;
  /** Saves pending answers first, so a filled worksheet holds what is on screen. */
  flush: () => Promise<void>;
}

/** Save the worksheet as a PDF (filled or blank) or print it. */
export function WorksheetActions({ lessonId, flush }: WorksheetActionsProps): JSX.Element {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>('letter');
  const [largePrint, setLargePrint] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const run = async (kind: 'export' | 'print', filled: boolean): Promise<void> => {
    setBusy(true);
    setMessage(kind === 'export' ? t('worksheet.exporting') : '');
    try {
      if (filled) await flush();
      if (kind === 'export') {
        const outcome = await call('exportWorksheet', { lessonId, filled, paper, largePrint });
        setMessage(
          outcome.status === 'saved' ? t('worksheet.saved', { path: outcome.path }) : t('worksheet.cancelled'),
        );
      } else {
        const outcome = await call('printWorksheet', { lessonId, filled, paper, largePrint });
        if (outcome.status === 'opened') printInFrame(outcome.url);
      }
    } catch (error) {
      setMessage(t('worksheet.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="worksheet-actions" aria-label={t('worksheet.actions')}>
      <label className="paper-choice">
        {t('worksheet.paper')}
        <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
          {paperSizes.map((size) => (
            <option key={size} value={size}>
              {t(`worksheet.${size}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="large-print-choice">
        <input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.target.checked)} />
        {t('print.largePrint')}
      </label>
      <div className="action-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void run('export', true)}>
          {t('worksheet.exportFilled')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('export', false)}>
          {t('worksheet.exportBlank')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('print', true)}>
          {t('worksheet.print')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('print', false)}>
          {t('worksheet.printBlank')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="action-message">
        {message}
      </p>
    </section>
  );
}
