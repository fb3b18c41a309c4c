import { describe, expect, it } from 'vitest';
import {
  defaultReminderSettings,
  lastFiring,
  nextFiring,
  nextReminder,
  type ReminderRule,
  reminderSettingsSchema,
} from '../../common/reminders';

/** Local time, as the person's clock shows it. 2026-12-02 is a Wednesday (day 3). */
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 11, day, hours, minutes);
const rule = (change: Partial<ReminderRule> = {}): ReminderRule => ({
  enabled: true,
  days: [0, 1, 2, 3, 4, 5, 6],
  time: '19:30',
  ...change,
});

describe('when a reminder fires next', () => {
  it('is later today when today is a chosen day and the time has not come', () => {
    expect(nextFiring(rule(), at(2, 19, 29))).toEqual(at(2, 19, 30));
  });

  it('is not now: a reminder due this very minute next fires on the next chosen day', () => {
    expect(nextFiring(rule(), at(2, 19, 30))).toEqual(at(3, 19, 30));
    expect(nextFiring(rule({ days: [3] }), at(2, 19, 30))).toEqual(at(9, 19, 30));
  });

  it('skips days that were not chosen', () => {
    // Wednesday evening, after the time: Friday (5) is the next chosen day.
    expect(nextFiring(rule({ days: [1, 5] }), at(2, 20))).toEqual(at(4, 19, 30));
    // Saturday (6) to the Monday (1) after, across the weekend.
    expect(nextFiring(rule({ days: [1], time: '08:05' }), at(5, 9))).toEqual(at(7, 8, 5));
  });

  it('never fires when off or with no days chosen', () => {
    expect(nextFiring(rule({ enabled: false }), at(2, 12))).toBeNull();
    expect(nextFiring(rule({ days: [] }), at(2, 12))).toBeNull();
  });
});

describe('when a reminder last fired (the notice shown on opening the app)', () => {
  it('is the time itself, once it has come', () => {
    expect(lastFiring(rule(), at(2, 19, 30))).toEqual(at(2, 19, 30));
    expect(lastFiring(rule(), at(2, 23))).toEqual(at(2, 19, 30));
  });

  it('is yesterday’s before today’s time', () => {
    expect(lastFiring(rule(), at(2, 19, 29))).toEqual(at(1, 19, 30));
  });

  it('goes back to the last chosen day, up to a week before', () => {
    // Wednesday: the last Monday (1) was two days before.
    expect(lastFiring(rule({ days: [1] }), at(2, 12))).toEqual(new Date(2026, 10, 30, 19, 30));
    // Wednesday before the time, only Wednesdays chosen: a week ago.
    expect(lastFiring(rule({ days: [3] }), at(2, 12))).toEqual(new Date(2026, 10, 25, 19, 30));
  });

  it('never fired when off or with no days chosen', () => {
    expect(lastFiring(rule({ enabled: false }), at(2, 23))).toBeNull();
    expect(lastFiring(rule({ days: [] }), at(2, 23))).toBeNull();
  });
});

describe('the next reminder of either kind', () => {
  it('is the earlier of the two, with its kind', () => {
    const settings = {
      checkIn: rule({ time: '19:00' }),
      practice: rule({ time: '12:00' }),
    };
    expect(nextReminder(settings, at(2, 10))).toEqual({ kind: 'practice', at: at(2, 12) });
    expect(nextReminder(settings, at(2, 13))).toEqual({ kind: 'checkIn', at: at(2, 19) });
  });

  it('keeps the check-in when both fall at the same moment', () => {
    const settings = { checkIn: rule(), practice: rule() };
    expect(nextReminder(settings, at(2, 10))).toEqual({ kind: 'checkIn', at: at(2, 19, 30) });
  });

  it('is the one that is on when the other is off, and none when both are off', () => {
    const practiceOnly = {
      ...defaultReminderSettings,
      practice: { ...defaultReminderSettings.practice, enabled: true },
    };
    // Wednesday 13:00: the practice days are Monday, Wednesday and Friday at noon.
    expect(nextReminder(practiceOnly, at(2, 13))).toEqual({ kind: 'practice', at: at(4, 12) });
    expect(nextReminder(defaultReminderSettings, at(2, 13))).toBeNull();
  });
});

describe('reminder settings', () => {
  it('are off by default, with days and times ready', () => {
    expect(reminderSettingsSchema.parse(defaultReminderSettings)).toEqual({
      checkIn: { enabled: false, days: [0, 1, 2, 3, 4, 5, 6], time: '19:00' },
      practice: { enabled: false, days: [1, 3, 5], time: '12:00' },
    });
  });

  it('refuse a day given twice, a day out of the week, and a time that is not HH:MM on a 24-hour clock', () => {
    const messages = (change: Partial<ReminderRule>) =>
      reminderSettingsSchema
        .safeParse({ ...defaultReminderSettings, checkIn: rule(change) })
        .error?.issues.map((i) => i.message) ?? [];
    expect(messages({ days: [1, 1] })).toEqual(['List each day once.']);
    expect(messages({ days: [7] })).toHaveLength(1);
    for (const time of ['24:00', '19:60', '7:30', '19:30 ', 'x19:30']) {
      expect(messages({ time }), time).toEqual(['Give the time as HH:MM, for example 19:30.']);
    }
    for (const time of ['00:00', '09:59', '19:30', '23:59']) expect(messages({ time }), time).toEqual([]);
  });
});
