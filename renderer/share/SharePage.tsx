import { useEffect, useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharePreview, ShareRecord, ShareRequest } from '../../common/shareApi';
import { call } from '../api/client';
import { lessonsHref } from '../hooks/useHashRoute';
import './share.css';

/** Today and thirty days before, as local calendar days. */
function lastMonth(): { from: string; to: string } {
  const day = (d: Date): string =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const to = new Date();
  const from = new Date(to);
  from.setDate(from.getDate() - 30);
  return { from: day(from), to: day(to) };
}

type Step =
  { kind: 'choosing' } | { kind: 'previewed'; preview: SharePreview } | { kind: 'confirming'; preview: SharePreview };

/**
 * Sharing with the care team's health record: the person picks the days and
 * what to include, sees what would go, and then saves a FHIR file or, when the
 * clinic has a server, sends it after saying yes once more. Every send is listed.
 */
export function SharePage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [selection, setSelection] = useState<ShareRequest>(() => ({
    ...lastMonth(),
    worksheets: true,
    selfChecks: true,
    checkIns: true,
    notes: false,
  }));
  const [patientId, setPatientId] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [shares, setShares] = useState<ShareRecord[]>([]);

  useEffect(() => {
    void call('listShares', {}).then(
      (r) => setShares(r.shares),
      () => setShares([]),
    );
  }, []);

  const request = (): ShareRequest => ({
    ...selection,
    ...(patientId.trim() === '' ? {} : { patientId: patientId.trim() }),
  });
  const change = (next: Partial<ShareRequest>): void => {
    setSelection((s) => ({ ...s, ...next }));
    setStep({ kind: 'choosing' });
  };
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setMessage('');
    try {
      await work();
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const preview = (): Promise<void> =>
    run(async () => setStep({ kind: 'previewed', preview: await call('previewShare', request()) }));
  const save = (): Promise<void> =>
    run(async () => {
      const outcome = await call('exportShare', request());
      setMessage(
        outcome.status === 'saved' ? t('fhir.share.saved', { path: outcome.path }) : t('fhir.share.saveCancelled'),
      );
    });
  const send = (): Promise<void> =>
    run(async () => {
      const record = await call('sendShare', request());
      setShares((list) => [record, ...list]);
      setStep({ kind: 'choosing' });
      setMessage(
        record.status === 'sent'
          ? t('fhir.share.sent', { server: record.server })
          : record.status === 'refused'
            ? t('fhir.share.refused', { reasons: record.reasons.join('; ') })
            : t('fhir.share.unreachable'),
      );
    });

  const counts = step.kind === 'choosing' ? null : step.preview.counts;
  const server = step.kind === 'choosing' ? null : step.preview.server;
  const total = counts === null ? 0 : Object.values(counts).reduce((a, b) => a + b, 0);
  const date = (iso: string): string =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <div className="share-page">
      <a className="back-link" href={lessonsHref}>
        ← {t('lessons.back')}
      </a>
      <h1 tabIndex={-1}>{t('fhir.share.heading')}</h1>
      <p className="lead">{t('fhir.share.intro')}</p>
      <fieldset>
        <legend>{t('fhir.share.days')}</legend>
        <label htmlFor={`${id}-from`}>{t('fhir.share.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={selection.from}
          max={selection.to}
          onChange={(e) => change({ from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>{t('fhir.share.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={selection.to}
          min={selection.from}
          onChange={(e) => change({ to: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('fhir.share.include')}</legend>
        {(['worksheets', 'selfChecks', 'checkIns', 'notes'] as const).map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={selection[key]}
              disabled={key === 'notes' && !selection.checkIns}
              onChange={(e) => change({ [key]: e.target.checked })}
            />{' '}
            {t(`fhir.share.${key}`)}
          </label>
        ))}
      </fieldset>
      <div className="action-buttons">
        <button type="button" onClick={() => void preview()} disabled={busy}>
          {t('fhir.share.preview')}
        </button>
      </div>
      {counts !== null ? (
        <section aria-labelledby={`${id}-what`} className="share-preview">
          <h2 id={`${id}-what`}>{t('fhir.share.whatGoes')}</h2>
          {total === 0 ? (
            <p>{t('fhir.share.nothing')}</p>
          ) : (
            <ul>
              {Object.entries(counts).map(([type, count]) => (
                <li key={type}>{t(`fhir.share.count.${type}`, { count, defaultValue: `${type}: ${count}` })}</li>
              ))}
            </ul>
          )}
          {server?.acceptsPatientId ? (
            <p>
              <label htmlFor={`${id}-mrn`}>{t('fhir.share.patientId')}</label>
              <input
                id={`${id}-mrn`}
                value={patientId}
                maxLength={64}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={`${id}-mrn-hint`}
                onChange={(e) => setPatientId(e.target.value)}
              />
              <span id={`${id}-mrn-hint`} className="hint">
                {t('fhir.share.patientIdHint')}
              </span>
            </p>
          ) : null}
          <div className="action-buttons">
            <button type="button" onClick={() => void save()} disabled={busy || total === 0}>
              {t('fhir.share.save')}
            </button>
            {server !== null && step.kind === 'previewed' ? (
              <button
                type="button"
                onClick={() => setStep({ kind: 'confirming', preview: step.preview })}
                disabled={busy || total === 0}
              >
                {t('fhir.share.send')}
              </button>
            ) : null}
          </div>
          {server === null ? <p className="hint">{t('fhir.share.noServerHint')}</p> : null}
          {step.kind === 'confirming' && server !== null ? (
            <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="share-confirm dialog dialog-warning">
              <p id={`${id}-confirm`}>{t('fhir.share.confirm', { count: total, server: server.baseUrl })}</p>
              <div className="action-buttons">
                <button type="button" onClick={() => void send()} disabled={busy}>
                  {t('fhir.share.sendNow')}
                </button>
                <button type="button" onClick={() => setStep({ kind: 'previewed', preview: step.preview })}>
                  {t('fhir.share.notNow')}
                </button>
              </div>
            </div>
          ) : null}
        </section>
      ) : null}
      <p role="status" aria-live="polite" className="share-message">
        {busy ? t('app.loading') : message}
      </p>
      <section aria-labelledby={`${id}-sent`}>
        <h2 id={`${id}-sent`}>{t('fhir.share.history')}</h2>
        {shares.length === 0 ? (
          <p>{t('fhir.share.noHistory')}</p>
        ) : (
          <ul className="share-history">
            {shares.map((s) => (
              <li key={s.sentAt}>
                {t(`fhir.share.historyItem.${s.status}`, {
                  when: date(s.sentAt),
                  from: s.from,
                  to: s.to,
                  server: s.server,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
