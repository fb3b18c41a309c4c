import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import {
  formatDay,
  formatValue,
  periodWords,
  selfCheckSentence,
  trendSentence,
} from '../../../common/progress/sentence';
import type { Translate } from '../../../common/progress/sentence';

const i18n = createI18n('en');
const words = { t: i18n.t.bind(i18n) as Translate, language: 'en' };
const today = '2026-03-28';

describe('trendSentence', () => {
  it('says where a rating went over the last weeks, in the words of the issue', () => {
    const points = [
      { date: '2026-03-01', value: 7 },
      { date: '2026-03-10', value: 9 },
      { date: '2026-03-28', value: 3 },
    ];
    expect(trendSentence('craving', points, today, words)).toBe('Craving went from 7 to 3 over the last 4 weeks.');
  });

  it('uses days under two weeks and months from about two months, counting today', () => {
    expect(
      trendSentence(
        'mood',
        [
          { date: '2026-03-25', value: 4 },
          { date: '2026-03-27', value: 6 },
        ],
        today,
        words,
      ),
    ).toBe('Mood went from 4 to 6 over the last 4 days.');
    expect(
      trendSentence(
        'stress',
        [
          { date: '2025-12-29', value: 8 },
          { date: '2026-03-28', value: 5 },
        ],
        today,
        words,
      ),
    ).toBe('Stress went from 8 to 5 over the last 3 months.');
  });

  it('names the dates when the last value is older than yesterday, so an old span is not called recent', () => {
    const points = [
      { date: '2026-01-05', value: 6 },
      { date: '2026-02-02', value: 7.5 },
    ];
    expect(trendSentence('sleepHours', points, today, words)).toBe(
      'Sleep went from 6 to 7.5 hours a night between January 5, 2026 and February 2, 2026.',
    );
  });

  it('says when the first and last values are the same, without calling it a trend', () => {
    const points = [
      { date: '2026-03-15', value: 5 },
      { date: '2026-03-20', value: 9 },
      { date: '2026-03-27', value: 5 },
    ];
    expect(trendSentence('mood', points, today, words)).toBe(
      'Mood was 5 at the start and at the end, over the last 2 weeks.',
    );
  });

  it('has a plain sentence for one value and for none, counting nothing missed', () => {
    expect(trendSentence('craving', [{ date: '2026-03-02', value: 0 }], today, words)).toBe(
      'Craving was 0 on March 2, 2026.',
    );
    const none = trendSentence('stress', [], today, words);
    expect(none).toBe('No stress ratings in this time yet.');
    expect(none).not.toMatch(/miss|streak|fail|only/i);
  });
});

describe('selfCheckSentence', () => {
  it('compares scored results only: an incomplete form has no score to compare', () => {
    const points = [
      { id: 'a', date: '2026-01-02', total: 18, bandId: 'moderately-severe', safetyFlag: false },
      { id: 'b', date: '2026-02-20', total: 11, bandId: 'moderate', safetyFlag: false },
      { id: 'c', date: '2026-03-27', total: null, bandId: null, safetyFlag: false },
    ];
    expect(selfCheckSentence('Mood check (PHQ-9)', points, today, words)).toBe(
      'Mood check (PHQ-9) score went from 18 to 11 between January 2, 2026 and February 20, 2026.',
    );
    expect(selfCheckSentence('Mood check (PHQ-9)', points.slice(2), today, words)).toBe(
      'No scored Mood check (PHQ-9) in this time yet.',
    );
  });
});

describe('formatDay', () => {
  it('writes the calendar day itself, whatever the time zone', () => {
    expect(formatDay('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('December 31, 2026');
  });
});

describe('periodWords', () => {
  const period = (first: string, last: string) => periodWords(first, last, today, words);

  it('calls a span recent when it reaches today or yesterday, and names the dates when it ends earlier', () => {
    expect(period('2026-03-20', '2026-03-27')).toBe('over the last 9 days');
    expect(period('2026-03-20', '2026-03-26')).toBe('between March 20, 2026 and March 26, 2026');
  });

  it('counts days up to 13, weeks from 14 days up to 60, and months from 61', () => {
    expect(period('2026-03-28', '2026-03-28')).toBe('over the last day');
    expect(period('2026-03-16', '2026-03-28')).toBe('over the last 13 days');
    expect(period('2026-03-15', '2026-03-28')).toBe('over the last 2 weeks');
    // 60 days: 8.6 weeks, rounded.
    expect(period('2026-01-28', '2026-03-28')).toBe('over the last 9 weeks');
    // 61 days: 2.0 months.
    expect(period('2026-01-27', '2026-03-28')).toBe('over the last 2 months');
    expect(period('2025-03-28', '2026-03-28')).toBe('over the last 12 months');
  });
});

describe('in Spanish', () => {
  const es = createI18n('es');
  const palabras = { t: es.t.bind(es) as Translate, language: 'es' };

  it('writes numbers and days the Spanish way', () => {
    expect(formatValue(7.5, 'es')).toBe('7,5');
    expect(formatDay('2026-03-02', 'es')).toBe('2 de marzo de 2026');
    expect(periodWords('2026-01-05', '2026-02-02', today, palabras)).toBe(
      'entre el 5 de enero de 2026 y el 2 de febrero de 2026',
    );
  });
});

describe('formatValue', () => {
  it('keeps one decimal at most, for hours of sleep', () => {
    expect(formatValue(7, 'en')).toBe('7');
    expect(formatValue(6.5, 'en')).toBe('6.5');
    expect(formatValue(7.25, 'en')).toBe('7.3');
  });
});

describe('selfCheckSentence, one result and the same score', () => {
  const point = (id: string, date: string, total: number) => ({ id, date, total, bandId: 'mild', safetyFlag: false });

  it('names the self-check in every sentence', () => {
    expect(selfCheckSentence('Worry check (GAD-7)', [point('a', '2026-03-02', 6)], today, words)).toBe(
      'Worry check (GAD-7) score was 6 on March 2, 2026.',
    );
    expect(
      selfCheckSentence(
        'Worry check (GAD-7)',
        [point('a', '2026-03-02', 6), point('b', '2026-03-27', 6)],
        today,
        words,
      ),
    ).toBe('Worry check (GAD-7) score was 6 at the start and at the end, over the last 4 weeks.');
  });
});
