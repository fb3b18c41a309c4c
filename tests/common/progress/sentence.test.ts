import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../common/i18n/createI18n';
import { formatDay, selfCheckSentence, trendSentence } from '../../../common/progress/sentence';
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
