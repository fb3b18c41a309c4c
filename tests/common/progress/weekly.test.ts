import { describe, expect, it } from 'vitest';
import { weeklyAverages } from '../../../common/progress/weekly';
import { checkIn } from './progressFixtures';

describe('weeklyAverages', () => {
  it('averages each answer by week from Monday, leaving skipped answers blank and missed weeks out', () => {
    const rows = weeklyAverages(
      [
        checkIn('2026-03-02', { mood: 4, craving: 7, sleepHours: 6 }),
        checkIn('2026-03-04', { mood: 5, craving: null, sleepHours: 7.5 }),
        checkIn('2026-03-08', { mood: 6 }), // Sunday: still the week of 2 March
        checkIn('2026-03-23', { stress: 0 }),
        checkIn('2026-02-27', { mood: 1 }), // before the range
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(rows).toEqual([
      { weekOf: '2026-03-02', checkIns: 3, mood: 5, craving: 7, stress: null, sleepHours: 6.8 },
      { weekOf: '2026-03-23', checkIns: 1, mood: null, craving: null, stress: 0, sleepHours: null },
    ]);
  });

  it('keeps check-ins on the range’s first and last days, none outside, and lists weeks oldest first', () => {
    const rows = weeklyAverages(
      [
        checkIn('2026-03-31', { mood: 8 }),
        checkIn('2026-04-01', { mood: 1 }),
        checkIn('2026-03-01', { mood: 2 }),
        checkIn('2026-02-28', { mood: 9 }),
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(rows.map((r) => [r.weekOf, r.mood])).toEqual([
      ['2026-02-23', 2],
      ['2026-03-30', 8],
    ]);
  });
});
