import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  earliestDay,
  metricMax,
  metricSeries,
  rangeDaysOf,
  selfCheckSeries,
} from '../../../common/progress/series';
import { checkIn, result } from './progressFixtures';

describe('rangeDaysOf', () => {
  it('counts today in two weeks and in three months (13 weeks)', () => {
    expect(rangeDaysOf('2w', '2026-03-14', null)).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(rangeDaysOf('3m', '2026-03-31', null)).toEqual({ from: '2025-12-31', to: '2026-03-31' });
  });

  it('starts "all" at the earliest day, or today when there is nothing yet', () => {
    expect(rangeDaysOf('all', '2026-03-14', '2021-01-02')).toEqual({ from: '2021-01-02', to: '2026-03-14' });
    expect(rangeDaysOf('all', '2026-03-14', null)).toEqual({ from: '2026-03-14', to: '2026-03-14' });
    // A check-in for tomorrow (allowed for time zones) does not make the span start after it ends.
    expect(rangeDaysOf('all', '2026-03-14', '2026-03-15')).toEqual({ from: '2026-03-14', to: '2026-03-14' });
  });
});

describe('metricSeries', () => {
  const checkIns = [
    checkIn('2026-03-05', { craving: 3, sleepHours: 6.5 }),
    checkIn('2026-03-01', { craving: 7, mood: 4 }),
    checkIn('2026-03-03', { mood: 0, craving: null }),
    checkIn('2026-02-27', { craving: 9 }),
  ];

  it('gives the days with a value, oldest first, leaving skipped answers and missed days out', () => {
    const range = { from: '2026-03-01', to: '2026-03-14' };
    expect(metricSeries(checkIns, 'craving', range)).toEqual([
      { date: '2026-03-01', value: 7 },
      { date: '2026-03-05', value: 3 },
    ]);
    // A 0 is an answer, kept; a skipped question is not a 0.
    expect(metricSeries(checkIns, 'mood', range)).toEqual([
      { date: '2026-03-01', value: 4 },
      { date: '2026-03-03', value: 0 },
    ]);
    expect(metricSeries(checkIns, 'sleepHours', range)).toEqual([{ date: '2026-03-05', value: 6.5 }]);
    expect(metricSeries(checkIns, 'stress', range)).toEqual([]);
  });

  it('keeps both ends of the range and nothing outside it', () => {
    expect(metricSeries(checkIns, 'craving', { from: '2026-02-27', to: '2026-03-01' }).map((p) => p.date)).toEqual([
      '2026-02-27',
      '2026-03-01',
    ]);
  });
});

describe('selfCheckSeries', () => {
  it('gives one instrument in the range, unscored when incomplete, marked when item 9 was ever raised', () => {
    const results = [
      result('phq-9', '2026-03-10', 12, 'moderate', { flagsSeen: ['safety'] }),
      result('gad-7', '2026-03-10', 4, 'minimal'),
      result('phq-9', '2026-03-01', null, null, { missingItemIds: ['phq9-3'] }),
      result('phq-9', '2026-01-01', 20, 'severe'),
    ];
    expect(selfCheckSeries(results, 'phq-9', { from: '2026-02-01', to: '2026-03-14' })).toEqual([
      { id: '2026-03-01-00000005', date: '2026-03-01', total: null, bandId: null, safetyFlag: false },
      { id: '2026-03-10-00000005', date: '2026-03-10', total: 12, bandId: 'moderate', safetyFlag: true },
    ]);
  });
});

describe('selfCheckSeries on one day', () => {
  it('keeps two results of the same day in the order they were saved', () => {
    const results = [
      result('phq-9', '2026-03-10', 12, 'moderate', { id: '2026-03-10-00000002' }),
      result('phq-9', '2026-03-10', 9, 'mild', { id: '2026-03-10-00000001' }),
    ];
    expect(selfCheckSeries(results, 'phq-9', { from: '2026-03-01', to: '2026-03-14' }).map((p) => p.total)).toEqual([
      9, 12,
    ]);
  });
});

describe('metricMax', () => {
  it('tops the chart at 10 for ratings and 24 hours for sleep', () => {
    expect(metricMax).toEqual({ mood: 10, craving: 10, stress: 10, sleepHours: 24 });
  });
});

describe('earliestDay and daysBetween', () => {
  it('finds the first day of either kind of record', () => {
    expect(earliestDay([checkIn('2026-03-02')], [result('gad-7', '2026-02-20', 3, 'minimal')])).toBe('2026-02-20');
    expect(earliestDay([], [])).toBeNull();
    expect(
      earliestDay(
        [checkIn('2026-02-01'), checkIn('2026-03-09')],
        [result('gad-7', '2026-02-20', 3, 'minimal'), result('gad-7', '2026-03-01', 3, 'minimal')],
      ),
    ).toBe('2026-02-01');
  });

  it('counts whole days across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(new RangeError('not a calendar date: 2026-02-30'));
    expect(() => daysBetween('2026-03-01', '2026-13-01')).toThrow(new RangeError('not a calendar date: 2026-13-01'));
  });
});
