import { addDays } from '../checkinDates';
import { daysBetween, type SelfCheckPoint, type TrendMetric, type TrendPoint } from './series';

/**
 * The one-sentence summary in words beside each chart ("Craving went from 7 to 3
 * over the last 4 weeks"). It compares the first and the last value given in the
 * span, so a person can check it against the table. Days without a check-in are
 * not mentioned: nothing here counts what was missed.
 */

/** The translation function: common/i18n keys with their values. */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** Words and number formats for one language. */
export interface SentenceWords {
  t: Translate;
  language: string;
}

/** A calendar day in words, such as "March 3, 2026" in English (the local day, never shifted by time zone). */
export function formatDay(day: string, language: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)),
  );
}

/** A value as written in a sentence or a table: whole numbers, or halves for hours of sleep. */
export function formatValue(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/**
 * "over the last 3 months" when the span reaches today or yesterday; otherwise
 * "between 3 March 2026 and 12 May 2026", so an old span is never called recent.
 */
export function periodWords(first: string, last: string, today: string, words: SentenceWords): string {
  const { t, language } = words;
  if (last < addDays(today, -1)) {
    return t('progress.period.between', { from: formatDay(first, language), to: formatDay(last, language) });
  }
  const days = daysBetween(first, today) + 1;
  if (days < 14) return t('progress.period.lastDays', { count: days });
  if (days < 61) return t('progress.period.lastWeeks', { count: Math.round(days / 7) });
  return t('progress.period.lastMonths', { count: Math.round(days / 30.44) });
}

/** The sentence for a span's first and last value, from the keys under `prefix` (none, one, same, went). */
function sentence(
  prefix: string,
  points: readonly TrendPoint[],
  today: string,
  words: SentenceWords,
  extra: Record<string, string> = {},
): string {
  const { t, language } = words;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return t(`${prefix}.none`, extra);
  const value = (v: number) => formatValue(v, language);
  if (points.length === 1) {
    return t(`${prefix}.one`, { ...extra, value: value(first.value), date: formatDay(first.date, language) });
  }
  const period = periodWords(first.date, last.date, today, words);
  if (first.value === last.value) return t(`${prefix}.same`, { ...extra, value: value(first.value), period });
  return t(`${prefix}.went`, { ...extra, from: value(first.value), to: value(last.value), period });
}

/** The summary sentence of one check-in metric's points (oldest first). */
export function trendSentence(
  metric: TrendMetric,
  points: readonly TrendPoint[],
  today: string,
  words: SentenceWords,
): string {
  return sentence(`progress.metrics.${metric}`, points, today, words);
}

/** The summary sentence of one self-check's results: scored results only, as incomplete forms have no total. */
export function selfCheckSentence(
  name: string,
  points: readonly SelfCheckPoint[],
  today: string,
  words: SentenceWords,
): string {
  const scored = points.flatMap((p) => (p.total === null ? [] : [{ date: p.date, value: p.total }]));
  return sentence('progress.selfCheck', scored, today, words, { name });
}
