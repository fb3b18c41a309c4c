import type { JSX } from 'react';
import type { i18n } from 'i18next';
import type { CheckIn, SelfCheckResult } from '../../common/checkinApi';
import { localDay } from '../../common/checkinDates';
import { getInstrument, instrumentIds } from '../../common/instruments';
import type { LessonProgress } from '../../common/progress/overview';
import type { CareSummaryPart } from '../../common/progressApi';
import {
  formatDay,
  formatValue,
  selfCheckSentence,
  trendSentence,
  type Translate,
} from '../../common/progress/sentence';
import { metricMax, metricSeries, selfCheckSeries, trendMetrics, type DayRange } from '../../common/progress/series';
import { weeklyAverages } from '../../common/progress/weekly';
import { trendSvg } from './trendSvg';

/** Everything the summary's own pages show; the plans are the plan lesson's printed worksheet, added after. */
export interface CareSummaryContent {
  range: DayRange;
  today: string;
  include: ReadonlySet<CareSummaryPart>;
  checkIns: readonly CheckIn[];
  selfChecks: readonly SelfCheckResult[];
  lessonsCompleted: readonly LessonProgress[];
  clinicName: string | null;
}

function Svg({ markup }: { markup: string }): JSX.Element {
  // Built by trendSvg with every text escaped; React cannot render SVG from a string otherwise.
  return <div className="trend-figure" dangerouslySetInnerHTML={{ __html: markup }} />;
}

function CheckInTrends({ content, i18n }: { content: CareSummaryContent; i18n: i18n }): JSX.Element {
  const t = i18n.t.bind(i18n) as Translate;
  const words = { t, language: i18n.language };
  const value = (v: number | null) => (v === null ? '' : formatValue(v, i18n.language));
  const weeks = weeklyAverages(content.checkIns, content.range);
  return (
    <section className="care-section">
      <h2>{t('progress.summary.trendsHeading')}</h2>
      <p>{t('progress.summary.trendsIntro')}</p>
      {trendMetrics.map((metric) => {
        const points = metricSeries(content.checkIns, metric, content.range);
        const sentence = trendSentence(metric, points, content.range.to, words);
        return (
          <div className="care-trend" key={metric}>
            <h3>{t(`progress.metrics.${metric}.name`)}</h3>
            <p>{sentence}</p>
            {points.length > 0 ? (
              <Svg
                markup={trendSvg(points, {
                  range: content.range,
                  max: metricMax[metric],
                  label: sentence,
                  fromLabel: formatDay(content.range.from, i18n.language),
                  toLabel: formatDay(content.range.to, i18n.language),
                })}
              />
            ) : null}
          </div>
        );
      })}
      {weeks.length > 0 ? (
        <table className="care-table">
          <caption>{t('progress.summary.weeklyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.summary.weekOf')}</th>
              <th scope="col">{t('progress.summary.checkIns')}</th>
              {trendMetrics.map((m) => (
                <th scope="col" key={m}>
                  {t(`progress.metrics.${m}.name`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekOf}>
                <th scope="row">{formatDay(w.weekOf, i18n.language)}</th>
                <td>{w.checkIns}</td>
                {trendMetrics.map((m) => (
                  <td key={m}>{value(w[m])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function SelfCheckScores({ content, i18n }: { content: CareSummaryContent; i18n: i18n }): JSX.Element {
  const t = i18n.t.bind(i18n) as Translate;
  const words = { t, language: i18n.language };
  return (
    <section className="care-section">
      <h2>{t('progress.summary.selfChecksHeading')}</h2>
      <p>{t('instruments.common.notADiagnosis')}</p>
      {instrumentIds.map((id) => {
        const instrument = getInstrument(id);
        const points = selfCheckSeries(content.selfChecks, id, content.range);
        if (instrument === undefined || points.length === 0) return null;
        const name = t(instrument.titleKey);
        const bandLabel = (bandId: string | null) => {
          const band = instrument.bands.find((b) => b.id === bandId);
          return band === undefined ? t('progress.summary.notScored') : t(band.labelKey);
        };
        const scored = points.flatMap((p) => (p.total === null ? [] : [{ date: p.date, value: p.total }]));
        const sentence = selfCheckSentence(name, points, content.range.to, words);
        return (
          <div className="care-trend" key={id}>
            <h3>{name}</h3>
            <p>{sentence}</p>
            {scored.length > 1 ? (
              <Svg
                markup={trendSvg(scored, {
                  range: content.range,
                  max: instrument.scoring.total.max,
                  label: sentence,
                  fromLabel: formatDay(content.range.from, i18n.language),
                  toLabel: formatDay(content.range.to, i18n.language),
                  rules: instrument.bands.slice(1).map((b) => b.min),
                })}
              />
            ) : null}
            <table className="care-table">
              <thead>
                <tr>
                  <th scope="col">{t('progress.summary.date')}</th>
                  <th scope="col">{t('progress.summary.score')}</th>
                  <th scope="col">{t('progress.summary.band')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{formatDay(p.date, i18n.language)}</th>
                    <td>
                      {p.total === null
                        ? '–'
                        : t('progress.summary.scoreOf', { total: p.total, max: instrument.scoring.total.max })}
                    </td>
                    <td>{bandLabel(p.bandId)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function SafetyMarks({ content, i18n }: { content: CareSummaryContent; i18n: i18n }): JSX.Element {
  const t = i18n.t.bind(i18n);
  const marked = instrumentIds.flatMap((id) =>
    selfCheckSeries(content.selfChecks, id, content.range)
      .filter((p) => p.safetyFlag)
      .map((p) => ({ ...p, instrumentId: id })),
  );
  return (
    <section className="care-section">
      <h2>{t('progress.summary.safetyHeading')}</h2>
      {marked.length === 0 ? (
        <p>{t('progress.summary.safetyNone')}</p>
      ) : (
        <ul>
          {marked.map((p) => (
            <li key={p.id}>
              <strong>{formatDay(p.date, i18n.language)}</strong> ({t(getInstrument(p.instrumentId)?.titleKey ?? '')}):{' '}
              {t('instruments.safety.summaryMark')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LessonsCompleted({ content, i18n }: { content: CareSummaryContent; i18n: i18n }): JSX.Element {
  const t = i18n.t.bind(i18n);
  return (
    <section className="care-section">
      <h2>{t('progress.summary.lessonsHeading')}</h2>
      {content.lessonsCompleted.length === 0 ? (
        <p>{t('progress.summary.lessonsNone')}</p>
      ) : (
        <ul>
          {content.lessonsCompleted.map((l) => (
            <li key={l.lessonId}>
              {l.lastAnsweredAt === null
                ? l.title
                : t('progress.summary.lessonDone', {
                    title: l.title,
                    date: formatDay(localDay(new Date(l.lastAnsweredAt)), i18n.language),
                  })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The summary's own pages: title and dates, then each part the person chose, in a fixed order. */
export function CareSummaryBody({ content, i18n }: { content: CareSummaryContent; i18n: i18n }): JSX.Element {
  const t = i18n.t.bind(i18n);
  const day = (d: string) => formatDay(d, i18n.language);
  const has = (part: CareSummaryPart) => content.include.has(part);
  return (
    <article className="care-summary">
      <header className="sheet-header">
        <p className="sheet-brand">{content.clinicName ?? t('app.name')}</p>
        <h1>{t('progress.summary.title')}</h1>
        <p>{t('progress.summary.dates', { from: day(content.range.from), to: day(content.range.to) })}</p>
        <p className="care-made">{t('progress.summary.made', { date: day(content.today) })}</p>
      </header>
      {has('checkIns') ? <CheckInTrends content={content} i18n={i18n} /> : null}
      {has('selfChecks') ? <SelfCheckScores content={content} i18n={i18n} /> : null}
      {has('safetyMarks') ? <SafetyMarks content={content} i18n={i18n} /> : null}
      {has('lessons') ? <LessonsCompleted content={content} i18n={i18n} /> : null}
      {content.include.size === 0 ? <p>{t('progress.summary.nothingChosen')}</p> : null}
    </article>
  );
}
