import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { usePrintJob } from '../hooks/usePrintJob';
import { PrintChoices } from './PrintChoices';
import { useLanguage } from '../language/LanguageProvider';
import { FileDown, Printer } from 'lucide-react';
import { Icon } from './Icon';

interface WorksheetActionsProps {
  lessonId: string;
  /** Saves pending answers first, so a filled worksheet holds what is on screen. */
  flush: () => Promise<void>;
}

/** Save the worksheet as a PDF (filled or blank) or print it. */
export function WorksheetActions({ lessonId, flush }: WorksheetActionsProps): JSX.Element {
  const { t } = useTranslation();
  const job = usePrintJob();
  const { language } = useLanguage();
  const request = async (filled: boolean) => {
    if (filled) await flush();
    // The worksheet comes in the language on screen.
    return { lessonId, filled, language, ...job.settings };
  };

  return (
    <section className="worksheet-actions" aria-label={t('worksheet.actions')}>
      <PrintChoices settings={job.settings} onChange={job.setSettings} />
      <div className="action-buttons">
        <button
          type="button"
          className="primary"
          disabled={job.busy}
          onClick={() => void job.save(async () => call('exportWorksheet', await request(true)))}
        >
          <Icon icon={FileDown} />
          {t('worksheet.exportFilled')}
        </button>
        <button
          type="button"
          disabled={job.busy}
          onClick={() => void job.save(async () => call('exportWorksheet', await request(false)))}
        >
          <Icon icon={FileDown} />
          {t('worksheet.exportBlank')}
        </button>
        <button
          type="button"
          disabled={job.busy}
          onClick={() => void job.print(async () => call('printWorksheet', await request(true)))}
        >
          <Icon icon={Printer} />
          {t('worksheet.print')}
        </button>
        <button
          type="button"
          disabled={job.busy}
          onClick={() => void job.print(async () => call('printWorksheet', await request(false)))}
        >
          <Icon icon={Printer} />
          {t('worksheet.printBlank')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="action-message">
        {job.message}
      </p>
    </section>
  );
}
