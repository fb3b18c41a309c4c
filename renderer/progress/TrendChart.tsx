import type { JSX } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { addDays } from '../../common/checkinDates';
import { daysBetween, type DayRange } from '../../common/progress/series';
import { formatDay, formatValue } from '../../common/progress/sentence';

/** One row of a chart's table: a day, its value in words, and what the value means (a self-check's band). */
export interface ChartRow {
  key: string;
  date: string;
  value: number | null;
  /** Shown in place of a value when there is none (an incomplete self-check). */
  valueText?: string;
  meaning?: string;
}

export interface TrendChartProps {
  /** The chart's heading. */
  name: string;
  /** The one-sentence summary, which also names the chart for screen readers. */
  sentence: string;
  range: DayRange;
  max: number;
  rows: readonly ChartRow[];
  /** Column headings of the table. */
  valueHeading: string;
  meaningHeading?: string;
  tableLabel: string;
  /** Dashed lines at these values: where a self-check's bands change. */
  rules?: readonly number[];
}

/**
 * A line chart drawn by recharts as inline SVG (no script evaluation, so it
 * runs under the app's CSP, and it prints), with its summary sentence and a
 * table of the same points. The line's colour comes from the design tokens
 * through `currentColor`; the dots, the axis labels and the table carry the
 * meaning, never the colour alone.
 */
export function TrendChart(props: TrendChartProps): JSX.Element {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language;
  const points = props.rows.flatMap((r) =>
    r.value === null ? [] : [{ x: daysBetween(props.range.from, r.date), value: r.value, date: r.date }],
  );
  const span = Math.max(1, daysBetween(props.range.from, props.range.to));
  const dayOf = (x: number) => formatDay(addDays(props.range.from, x), language);
  // Axis ticks in short words ("Sep 4"), so both ends fit; the table and tooltip give the full date.
  const shortDay = (x: number) => {
    const [y, m, d] = addDays(props.range.from, x).split('-').map(Number);
    return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
    );
  };
  return (
    <section className="trend" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.name}</h3>
      <p className="trend-sentence">{props.sentence}</p>
      {points.length > 0 ? (
        <div className="trend-chart" role="img" aria-label={props.sentence}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--line)" strokeDasharray="2 4" />
              <XAxis
                dataKey="x"
                type="number"
                domain={[0, span]}
                ticks={[0, Math.round(span / 2), span]}
                tickFormatter={shortDay}
                padding={{ left: 12, right: 24 }}
                stroke="var(--muted)"
              />
              <YAxis
                domain={[0, props.max]}
                ticks={[0, Math.round(props.max / 2), props.max]}
                width={36}
                stroke="var(--muted)"
              />
              {(props.rules ?? []).map((v) => (
                <ReferenceLine key={v} y={v} stroke="var(--muted)" strokeDasharray="6 4" />
              ))}
              <Tooltip
                labelFormatter={(x) => dayOf(Number(x))}
                formatter={(v) => [formatValue(Number(v), language), props.valueHeading]}
              />
              <Line
                dataKey="value"
                stroke="currentColor"
                strokeWidth={2}
                dot={{ r: 3, fill: 'currentColor' }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      {props.rows.length > 0 ? (
        <details className="trend-table">
          <summary>{props.tableLabel}</summary>
          {/* A long table scrolls in its own box, reachable by keyboard, so the charts beside it stay in view. */}
          <div
            className="trend-table-scroll"
            role="region"
            aria-label={t('progress.trends.tableOf', { name: props.name })}
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">{props.name}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.trends.date')}</th>
                  <th scope="col">{props.valueHeading}</th>
                  {props.meaningHeading === undefined ? null : <th scope="col">{props.meaningHeading}</th>}
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{formatDay(r.date, language)}</th>
                    <td>{r.value === null ? (r.valueText ?? '') : formatValue(r.value, language)}</td>
                    {props.meaningHeading === undefined ? null : <td>{r.meaning ?? ''}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
