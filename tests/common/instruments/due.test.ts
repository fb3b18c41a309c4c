import { describe, expect, it } from 'vitest';
import { dueStatus } from '../../../common/instruments';

/** Local times, so the tests mean the same in every time zone. */
const at = (month: number, day: number, hour = 12, minute = 0) => new Date(2026, month - 1, day, hour, minute);

describe('when a self-check is due', () => {
  it('is due when it has never been done', () => {
    expect(dueStatus(null, 14, at(3, 1))).toEqual({ due: true, reason: 'never-done' });
  });

  it('is due from the start of the day the interval ends, whatever the hour it was done', () => {
    const doneMondayAfternoon = at(3, 2, 15, 30);
    expect(dueStatus(doneMondayAfternoon, 14, at(3, 15, 23, 59))).toEqual({
      due: false,
      dueOn: at(3, 16, 0),
      daysUntilDue: 1,
    });
    expect(dueStatus(doneMondayAfternoon, 14, at(3, 16, 0, 0))).toEqual({
      due: true,
      reason: 'interval-passed',
      dueSince: at(3, 16, 0),
    });
    expect(dueStatus(doneMondayAfternoon, 14, at(3, 16, 9))).toMatchObject({ due: true });
  });

  it('counts calendar days until due, including the day it was done', () => {
    const done = at(1, 10, 9);
    expect(dueStatus(done, 14, at(1, 10, 18))).toEqual({ due: false, dueOn: at(1, 24, 0), daysUntilDue: 14 });
    expect(dueStatus(done, 14, at(1, 20, 8))).toMatchObject({ due: false, daysUntilDue: 4 });
    expect(dueStatus(done, 1, at(1, 10, 23))).toMatchObject({ due: false, daysUntilDue: 1 });
    expect(dueStatus(done, 1, at(1, 11, 0))).toMatchObject({ due: true });
  });

  it('stays due long after the interval, and keeps the day it became due', () => {
    expect(dueStatus(at(1, 1), 14, at(6, 1))).toEqual({ due: true, reason: 'interval-passed', dueSince: at(1, 15, 0) });
  });

  it('keeps whole days across a month end and a daylight-saving change', () => {
    // 8 March 2026 is the US spring-forward day; elsewhere this is just a month end.
    expect(dueStatus(at(2, 25, 20), 14, at(3, 10))).toEqual({ due: false, dueOn: at(3, 11, 0), daysUntilDue: 1 });
    expect(dueStatus(at(10, 20), 14, at(11, 2))).toMatchObject({ due: false, daysUntilDue: 1 });
  });

  it('is not due yet when the last completion is later than now (a clock set back)', () => {
    expect(dueStatus(at(5, 10), 14, at(5, 1))).toMatchObject({ due: false, dueOn: at(5, 24, 0), daysUntilDue: 23 });
  });

  it('refuses a bad interval or date rather than guessing', () => {
    for (const interval of [0, -14, 1.5, Number.NaN])
      expect(() => dueStatus(null, interval, at(1, 1))).toThrow(new RangeError(`bad interval: ${interval}`));
    expect(() => dueStatus(new Date('not a date'), 14, at(1, 1))).toThrow(
      new RangeError('lastCompletedAt is not a valid date'),
    );
    expect(() => dueStatus(at(1, 1), 14, new Date(Number.NaN))).toThrow(new RangeError('now is not a valid date'));
  });
});
