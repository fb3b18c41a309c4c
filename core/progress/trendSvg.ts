import { daysBetween, type DayRange, type TrendPoint } from '../../common/progress/series';
import { escapeHtml } from '../worksheet/printOptions';

/**
 * A small line chart as plain SVG markup for the printed care-team summary.
 * The screen draws its charts with recharts, which renders nothing on the
 * server (its series register in effects), so the printed summary draws its
 * own: static, scriptless, inside the print document's CSP, and black on white
 * so it survives a grey-scale printer. Each chart sits beside its table.
 */

const width = 640;
const height = 150;
const pad = { left: 36, right: 12, top: 10, bottom: 24 };

export interface TrendSvgOptions {
  range: DayRange;
  max: number;
  /** The chart's accessible name: its summary sentence. */
  label: string;
  /** The first and last day of the range in words, under the axis. */
  fromLabel: string;
  toLabel: string;
  /** Horizontal rules drawn at these values (band boundaries of a self-check). */
  rules?: readonly number[];
}

/** A line through the points with a dot at each, the axis from 0 to `max`. */
export function trendSvg(points: readonly TrendPoint[], options: TrendSvgOptions): string {
  const span = Math.max(1, daysBetween(options.range.from, options.range.to));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (date: string) => pad.left + (daysBetween(options.range.from, date) / span) * plotW;
  const y = (value: number) => pad.top + plotH - (value / options.max) * plotH;
  const coords = points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`);
  const rules = (options.rules ?? []).map(
    (v) =>
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#999" stroke-dasharray="3 3"/>`,
  );
  const text = (tx: number, ty: number, anchor: string, s: string) =>
    `<text x="${tx}" y="${ty}" text-anchor="${anchor}" font-size="10">${escapeHtml(s)}</text>`;
  return `<svg class="trend-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.label)}" xmlns="http://www.w3.org/2000/svg">
<rect x="${pad.left}" y="${pad.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#555" stroke-width="0.75"/>
${rules.join('\n')}
${text(pad.left - 4, pad.top + 4, 'end', String(options.max))}
${text(pad.left - 4, pad.top + plotH + 3, 'end', '0')}
${text(pad.left, height - 6, 'start', options.fromLabel)}
${text(width - pad.right, height - 6, 'end', options.toLabel)}
${coords.length > 1 ? `<polyline points="${coords.join(' ')}" fill="none" stroke="#111" stroke-width="1.5"/>` : ''}
${coords.map((c) => `<circle cx="${c.split(',')[0]}" cy="${c.split(',')[1]}" r="${points.length > 120 ? 1.2 : 2.5}" fill="#111"/>`).join('')}
</svg>`;
}
