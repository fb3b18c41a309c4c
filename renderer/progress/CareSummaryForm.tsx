import type { JSX } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../common/checkinDates';
import { careSummaryParts, type CareSummaryPart } from '../../common/progressApi';
import { call } from '../api/client';
import { PrintChoices } from '../components/PrintChoices';
import { usePrintJob } from '../hooks/usePrintJob';

/**
 * The care-team summary: dates and parts chosen by the person, then a PDF saved
 * where they choose or a print, on the same path as worksheet packets. The
 * default span is the last four weeks; every part starts chosen but the
 * follow-up marks and the plans, which hold the most private words.
 */
export function CareSummaryForm({ today, earliest }: { today: string; earliest: string | null }): JSX.Element {
  const { t } = useTranslation();
  const job = usePrintJob();
  const [from, setFrom] = useState(() => addDays(today, -27));
  const [to, setTo] = useState(today);
  const [parts, setParts] = useState<Set<CareSummaryPart>>(() => new Set(['checkIns', 'selfChecks', 'lessons']));
  const problem =
    parts.size === 0 ? t('progress.careForm.chooseOne') : from > to ? t('progress.careForm.badDates') : null;
  const request = () => ({
    from,
    to,
    include: careSummaryParts.filter((p) => parts.has(p)),
    paper: job.settings.paper,
    largePrint: job.settings.largePrint,
  });
  const toggle = (part: CareSummaryPart, on: boolean) =>
    setParts((current) => {
      const next = new Set(current);
      if (on) next.add(part);
      else next.delete(part);
      return next;
    });
  return (
    <section className="progress-section care-form" aria-labelledby="care-heading">
      <h2 id="care-heading">{t('progress.careForm.heading')}</h2>
      <p>{t('progress.careForm.intro')}</p>
      <div className="care-dates">
        <label>
          {t('progress.careForm.from')}
          <input
            type="date"
            value={from}
            min={earliest ?? undefined}
            max={today}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label>
          {t('progress.careForm.to')}
          <input type="date" value={to} max={today} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <fieldset>
        <legend>{t('progress.careForm.include')}</legend>
        {careSummaryParts.map((part) => (
          <label key={part} className="care-part">
            <input type="checkbox" checked={parts.has(part)} onChange={(e) => toggle(part, e.target.checked)} />
            {t(`progress.careForm.parts.${part}`)}
          </label>
        ))}
      </fieldset>
      <div className="worksheet-actions">
        <PrintChoices settings={job.settings} onChange={job.setSettings} />
        <button
          type="button"
          className="primary"
          disabled={job.busy || problem !== null}
          onClick={() => void job.save(() => call('exportCareSummary', request()))}
        >
          {t('progress.careForm.save')}
        </button>
        <button
          type="button"
          disabled={job.busy || problem !== null}
          onClick={() => void job.print(() => call('printCareSummary', request()))}
        >
          {t('progress.careForm.print')}
        </button>
      </div>
      {problem === null ? null : <p className="care-problem">{problem}</p>}
      <p role="status" aria-live="polite" className="action-message">
        {job.message}
      </p>
    </section>
  );
}
