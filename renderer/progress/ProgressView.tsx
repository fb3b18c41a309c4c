import type { JSX } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstrument, instrumentIds } from '../../common/instruments';
import { selfCheckSentence, trendSentence, type Translate } from '../../common/progress/sentence';
import {
  earliestDay,
  metricMax,
  metricSeries,
  rangeDaysOf,
  selfCheckSeries,
  trendMetrics,
  trendRanges,
  type TrendRange,
} from '../../common/progress/series';
import { CareSummaryForm } from './CareSummaryForm';
import { ProgressOverviewList } from './ProgressOverviewList';
import { TrendChart } from './TrendChart';
import { useProgress, type ProgressData } from './useProgress';
import './progress.css';

/** The progress screen: the overview, trend charts with tables, self-check scores, and the care-team summary. */
export function ProgressView(): JSX.Element {
  const { t } = useTranslation();
  const state = useProgress();
  return (
    <div className="progress-view">
      <h1 tabIndex={-1}>{t('progress.heading')}</h1>
      <p className="lead">{t('progress.intro')}</p>
      {state.status === 'loading' ? <p role="status">{t('progress.loading')}</p> : null}
      {state.status === 'failed' ? <p role="alert">{t('progress.failed', { message: state.message })}</p> : null}
      {state.status === 'ready' ? (
        <>
          <ProgressOverviewList overview={state.overview} />
          <Trends data={state} />
          <CareSummaryForm today={state.today} earliest={earliestDay(state.checkIns, state.selfChecks)} />
        </>
      ) : null}
    </div>
  );
}

function Trends({ data }: { data: ProgressData }): JSX.Element {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<TrendRange>('2w');
  const words = { t: i18n.t.bind(i18n) as Translate, language: i18n.language };
  const days = rangeDaysOf(range, data.today, earliestDay(data.checkIns, data.selfChecks));
  const today = data.today;
  return (
    <>
      <section className="progress-section" aria-labelledby="trends-heading">
        <h2 id="trends-heading">{t('progress.trends.heading')}</h2>
        <p>{t('progress.trends.intro')}</p>
        <fieldset className="range-choice">
          <legend>{t('progress.ranges.label')}</legend>
          {trendRanges.map((r) => (
            <label key={r}>
              <input type="radio" name="progress-range" checked={range === r} onChange={() => setRange(r)} />
              {t(`progress.ranges.${r}`)}
            </label>
          ))}
        </fieldset>
        <div className="trend-grid">
          {trendMetrics.map((metric) => {
            const points = metricSeries(data.checkIns, metric, days);
            const name = t(`progress.metrics.${metric}.name`);
            return (
              <TrendChart
                key={metric}
                name={name}
                sentence={trendSentence(metric, points, today, words)}
                range={days}
                max={metricMax[metric]}
                rows={points.map((p) => ({ key: p.date, date: p.date, value: p.value }))}
                valueHeading={metric === 'sleepHours' ? t('progress.trends.hours') : t('progress.trends.value')}
                tableLabel={t('progress.trends.table', { name })}
              />
            );
          })}
        </div>
      </section>
      <section className="progress-section" aria-labelledby="self-checks-heading">
        <h2 id="self-checks-heading">{t('progress.selfChecks.heading')}</h2>
        <p>{t('instruments.common.notADiagnosis')}</p>
        <div className="trend-grid">
          {instrumentIds.map((id) => {
            const instrument = getInstrument(id);
            if (instrument === undefined) return null;
            const points = selfCheckSeries(data.selfChecks, id, days);
            const name = t(instrument.titleKey);
            const band = (bandId: string | null) => {
              const found = instrument.bands.find((b) => b.id === bandId);
              return found === undefined ? t('progress.selfChecks.notScored') : t(found.labelKey);
            };
            return (
              <TrendChart
                key={id}
                name={name}
                sentence={selfCheckSentence(name, points, today, words)}
                range={days}
                max={instrument.scoring.total.max}
                rules={instrument.bands.slice(1).map((b) => b.min)}
                rows={points.map((p) => ({
                  key: p.id,
                  date: p.date,
                  value: p.total,
                  valueText: '–',
                  meaning: p.safetyFlag ? `${band(p.bandId)}. ${t('progress.selfChecks.followUp')}` : band(p.bandId),
                }))}
                valueHeading={t('progress.selfChecks.score')}
                meaningHeading={t('progress.selfChecks.band')}
                tableLabel={t('progress.selfChecks.table', { name })}
              />
            );
          })}
        </div>
      </section>
    </>
  );
}
