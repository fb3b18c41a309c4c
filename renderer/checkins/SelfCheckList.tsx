import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferedSelfCheck } from '../../common/checkinApi';
import { getInstrument } from '../../common/instruments';
import { call } from '../api/client';
import { lessonsHref, selfCheckHref } from '../hooks/useHashRoute';
import './checkins.css';

/** What the card says about the last time, in plain words, never as a diagnosis. */
function LastTime({ offer }: { offer: OfferedSelfCheck }): JSX.Element {
  const { t } = useTranslation();
  const last = offer.lastResult;
  const instrument = getInstrument(offer.instrumentId);
  const band = instrument?.bands.find((b) => b.id === last?.bandId);
  return (
    <>
      {last === null ? <p>{t('instruments.common.neverDone')}</p> : null}
      {offer.lastCompletedAt === null ? null : (
        <p>{t('checkins.selfChecks.lastDone', { date: offer.lastCompletedAt.slice(0, 10) })}</p>
      )}
      {band === undefined ? null : <p>{t('checkins.selfChecks.lastResult', { label: t(band.labelKey) })}</p>}
      {last?.status === 'incomplete' ? <p>{t('checkins.selfChecks.lastIncomplete')}</p> : null}
      <p className="hint">
        {offer.due
          ? t('instruments.common.dueNow')
          : offer.dueOn === null
            ? null
            : t('instruments.common.dueOn', { date: offer.dueOn })}
      </p>
    </>
  );
}

/** The self-checks the clinic offers, each with when it was last done and whether it is ready. */
export function SelfCheckList(): JSX.Element {
  const { t } = useTranslation();
  const [offered, setOffered] = useState<OfferedSelfCheck[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    call('getSelfCheckStatus', {}).then(
      (r) => setOffered(r.offered),
      (error: Error) => setProblem(error.message),
    );
  }, []);

  return (
    <div className="self-checks">
      <h1 tabIndex={-1}>{t('checkins.selfChecks.heading')}</h1>
      <p className="lead">{t('checkins.selfChecks.intro')}</p>
      <p>{t('instruments.common.notADiagnosis')}</p>
      {problem === null ? null : (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {offered?.length === 0 ? <p>{t('checkins.selfChecks.none')}</p> : null}
      <ul className="self-check-cards">
        {(offered ?? []).map((offer) => {
          const instrument = getInstrument(offer.instrumentId);
          if (instrument === undefined) return null;
          const title = t(instrument.titleKey);
          return (
            <li key={offer.instrumentId} className="self-check-card">
              <h2>{title}</h2>
              <LastTime offer={offer} />
              <p className="hint">{t('checkins.selfChecks.everyDays', { count: offer.intervalDays })}</p>
              <a className="button" href={selfCheckHref(offer.instrumentId)}>
                {t('checkins.selfChecks.take', { title })}
              </a>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={lessonsHref}>{t('checkins.form.back')}</a>
      </p>
    </div>
  );
}
