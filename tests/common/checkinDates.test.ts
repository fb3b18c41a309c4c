import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayProblem, isCalendarDay, localDay, monthOf, startOfDay, yearOf } from '../../common/checkinDates';

// Moments are built from local parts (new Date(y, m, d, h, min)), so these tests
// read the same calendar day in any time zone; the clock-change tests pick theirs.

describe('localDay', () => {
  it('writes the local day of a moment as YYYY-MM-DD, with leading zeros', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localDay(new Date(999, 8, 9, 12, 0))).toBe('0999-09-09');
  });
});

describe('startOfDay and isCalendarDay', () => {
  it('gives the local midnight that starts a real day', () => {
    expect(startOfDay('2026-03-14')).toEqual(new Date(2026, 2, 14));
    expect(startOfDay('2028-02-29')).toEqual(new Date(2028, 1, 29));
  });

  it.each(['2026-03-14', '2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '2026-04-30'])(
    'takes %s as a calendar day',
    (day) => {
      expect(isCalendarDay(day)).toBe(true);
    },
  );

  it.each([
    ['a day February does not have', '2026-02-30'],
    ['a leap day in a year without one', '2026-02-29'],
    ['a leap day in a century year that is not a leap year', '2100-02-29'],
    ['the 31st of a 30-day month', '2026-04-31'],
    ['a thirteenth month', '2026-13-01'],
    ['a month zero', '2026-00-15'],
    ['a day zero', '2026-03-00'],
    ['a day 99', '2026-01-99'],
  ])('refuses %s (%s) instead of rolling it into another day', (_name, day) => {
    expect(startOfDay(day)).toBeNull();
    expect(isCalendarDay(day)).toBe(false);
  });

  it('refuses a year before 100 rather than reading it as a year of the 1900s', () => {
    // new Date(50, 2, 14) is 14 March 1950: a day must read back as the one written.
    expect(startOfDay('0050-03-14')).toBeNull();
    expect(isCalendarDay('0099-12-31')).toBe(false);
  });

  it.each([
    ['day-month-year order', '14/03/2026'],
    ['no leading zeros', '2026-3-14'],
    ['a time after it', '2026-03-14T00:00'],
    ['nothing', ''],
  ])('returns null, without throwing, for a day written with %s', (_name, day) => {
    expect(startOfDay(day)).toBeNull();
    expect(isCalendarDay(day)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-14', 1, '2026-03-15'],
    ['2026-03-14', 0, '2026-03-14'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-14', 365, '2027-03-14'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-03-14', -3650, '2016-03-16'],
  ])('moves %s by %i days to %s, across month and year ends', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('throws a RangeError naming a day that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(new RangeError('not a calendar date: 2026-02-30'));
    expect(() => addDays('14/03/2026', 1)).toThrow(RangeError);
  });
});

describe('days across a clock change', () => {
  const zone = process.env.TZ;
  const inZone = (tz: string): void => {
    process.env.TZ = tz;
  };
  beforeAll(() => inZone('America/New_York'));
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('counts the 25-hour day when clocks go back as one day', () => {
    inZone('America/New_York'); // clocks go back at 02:00 on 1 November 2026
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-11-02', -1)).toBe('2026-11-01');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
  });

  it('counts the 23-hour day when clocks go forward as one day', () => {
    inZone('America/New_York'); // clocks go forward at 02:00 on 8 March 2026
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-03-09', -1)).toBe('2026-03-08');
  });

  it('keeps a day whose midnight the clock skips', () => {
    inZone('America/Santiago'); // clocks go from 00:00 to 01:00 on 6 September 2026
    expect(isCalendarDay('2026-09-06')).toBe(true);
    expect(localDay(startOfDay('2026-09-06') ?? new Date(0))).toBe('2026-09-06');
    expect(addDays('2026-09-05', 1)).toBe('2026-09-06');
    expect(addDays('2026-09-06', 1)).toBe('2026-09-07');
  });
});

describe('dayProblem', () => {
  const now = new Date(2026, 2, 14, 23, 30); // late on Saturday 14 March 2026, local time

  it('accepts today, yesterday and tomorrow (a clock in another time zone)', () => {
    expect(dayProblem('2026-03-14', now)).toBeNull();
    expect(dayProblem('2026-03-13', now)).toBeNull();
    expect(dayProblem('2026-03-15', now)).toBeNull();
  });

  it('refuses the day after tomorrow and later as the future', () => {
    expect(dayProblem('2026-03-16', now)).toBe('future');
    expect(dayProblem('2027-01-01', now)).toBe('future');
  });

  it('accepts a day exactly ten years back, and refuses the day before it as too early', () => {
    expect(dayProblem('2016-03-14', now)).toBeNull();
    expect(dayProblem('2016-03-13', now)).toBe('too-early');
    expect(dayProblem('1999-12-31', now)).toBe('too-early');
  });

  it('refuses a day that does not exist before judging when it is', () => {
    expect(dayProblem('2026-02-30', now)).toBe('not-a-date');
    expect(dayProblem('2099-02-30', now)).toBe('not-a-date');
    expect(dayProblem('14/03/2026', now)).toBe('not-a-date');
  });

  it('reads the day of `now` in local time, just after midnight too', () => {
    const justAfterMidnight = new Date(2026, 2, 14, 0, 5);
    expect(dayProblem('2026-03-15', justAfterMidnight)).toBeNull();
    expect(dayProblem('2026-03-16', justAfterMidnight)).toBe('future');
  });

  it('lets tomorrow run into the next year on New Year’s Eve', () => {
    const newYearsEve = new Date(2026, 11, 31, 12, 0);
    expect(dayProblem('2027-01-01', newYearsEve)).toBeNull();
    expect(dayProblem('2027-01-02', newYearsEve)).toBe('future');
  });

  it('counts ten years back from a leap day to the first of March', () => {
    // 29 February 2018 does not exist, so the earliest day rolls on to 1 March.
    const leapDay = new Date(2028, 1, 29, 9, 0);
    expect(dayProblem('2018-03-01', leapDay)).toBeNull();
    expect(dayProblem('2018-02-28', leapDay)).toBe('too-early');
  });
});

describe('monthOf and yearOf', () => {
  it('name the month and year files a day belongs in', () => {
    expect(monthOf('2026-03-14')).toBe('2026-03');
    expect(yearOf('2026-03-14')).toBe('2026');
    expect(monthOf('2027-12-31')).toBe('2027-12');
    expect(yearOf('2027-12-31')).toBe('2027');
  });
});
