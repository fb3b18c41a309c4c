import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfCheckResult } from '../../common/checkinApi';
import type { Instrument } from '../../common/instruments';
import { selfChecksHref } from '../hooks/useHashRoute';

/**
 * A saved self-check: its band in plain words with what it means and "talk with
 * your care team", or, when questions were left out, that it is kept unscored.
 */
export function SelfCheckResultView({
  instrument,
  result,
}: {
  instrument: Instrument;
  result: SelfCheckResult;
}): JSX.Element {
  const { t } = useTranslation();
  const band = instrument.bands.find((b) => b.id === result.bandId);
  const safety = instrument.flags.find((f) => f.id === 'safety');
  return (
    <section className="self-check-result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1}>
        {t('checkins.selfChecks.resultHeading')}
      </h2>
      <p>{t('checkins.selfChecks.doneOn', { date: result.date })}</p>
      {result.status === 'complete' && band !== undefined ? (
        <>
          <p className="band-label">{t(band.labelKey)}</p>
          <p>{t(band.meaningKey)}</p>
          <p className="hint">
            {t('instruments.common.scoreOutOf', { total: result.total, max: instrument.scoring.total.max })}
          </p>
        </>
      ) : (
        <p>{t('instruments.common.incomplete')}</p>
      )}
      <p>{t('instruments.common.notADiagnosis')}</p>
      <p>
        <strong>{t('instruments.common.talkWithCareTeam')}</strong>
      </p>
      {safety !== undefined && result.flagsSeen.includes('safety') ? (
        <p className="safety-mark">{t('checkins.selfChecks.safetyMarked', { mark: t(safety.summaryKey) })}</p>
      ) : null}
      <p>
        <a href={selfChecksHref}>{t('checkins.selfChecks.again')}</a>
      </p>
    </section>
  );
}
