import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultReminderSettings, type ReminderSettings } from '../../common/reminders';
import { Clinic } from '../../core/clinic/clinic';
import type { ClinicSettingsFile } from '../../core/clinic/clinicSchema';
import { createReminderApi } from '../../core/reminders/reminderHandlers';
import { remindersPath } from '../../core/reminders/reminderStore';

const electron = vi.hoisted(() => {
  const shown: { title: string; body: string }[] = [];
  const resume: (() => void)[] = [];
  class Notification {
    static isSupported = () => true;
    constructor(private readonly options: { title: string; body: string }) {}
    show(): void {
      shown.push({ title: this.options.title, body: this.options.body });
    }
  }
  return {
    shown,
    resume,
    module: { Notification, powerMonitor: { on: (_event: string, fn: () => void) => resume.push(fn) } },
  };
});
vi.mock('electron', () => electron.module);

import { createReminderScheduler } from '../../electron/reminders';

let dataDir: string;

const clinic = (settings: ClinicSettingsFile = {}) =>
  new Clinic({ settings, origin: {}, logo: null, sources: [], locations: [], problems: [] });

/** The app as it starts: a scheduler from electron/reminders.ts, and the API that reads the saved reminders. */
async function startApp(settings: ClinicSettingsFile = {}) {
  const scheduler = createReminderScheduler();
  const api = createReminderApi({ dataDir, clinic: clinic(settings), scheduler });
  await api.start();
  return { scheduler, api };
}

const everyDayAt = (time: string): ReminderSettings => ({
  ...defaultReminderSettings,
  checkIn: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], time },
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'groundwork-reminders-'));
  electron.shown.length = 0;
  electron.resume.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Monday 1 June 2026, 08:00 local time.
  vi.setSystemTime(new Date(2026, 5, 1, 8, 0));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dataDir, { recursive: true, force: true });
});

describe('reminders in the Electron app', () => {
  it('schedules none by default, and none fire over a week', async () => {
    const { scheduler } = await startApp();
    expect(scheduler.nextAt).toBeNull();
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(electron.shown).toEqual([]);
  });

  it('shows a neutral notification at the chosen time, then schedules the next day', async () => {
    const { api, scheduler } = await startApp();
    await api.handlers.saveReminders({ settings: everyDayAt('19:30') });
    expect(scheduler.nextAt).toEqual(new Date(2026, 5, 1, 19, 30));
    await vi.advanceTimersByTimeAsync(11.5 * 3_600_000 - 1);
    expect(electron.shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(electron.shown).toEqual([{ title: 'Groundwork', body: 'A reminder you set for this time.' }]);
    expect(scheduler.nextAt).toEqual(new Date(2026, 5, 2, 19, 30));
    // Nothing about health, use or feelings: it may show on a lock screen.
    expect(JSON.stringify(electron.shown)).not.toMatch(/check-in|craving|mood|use|drink|health/i);
  });

  it('is scheduled again after a restart, from what was saved', async () => {
    const first = await startApp();
    await first.api.handlers.saveReminders({ settings: everyDayAt('21:00') });
    first.scheduler.stop();
    const second = await startApp();
    expect(second.scheduler.nextAt).toEqual(new Date(2026, 5, 1, 21, 0));
    await vi.advanceTimersByTimeAsync(13 * 3_600_000);
    expect(electron.shown).toHaveLength(1);
  });

  it('is rescheduled at once after a change, and the old time no longer fires', async () => {
    const { api, scheduler } = await startApp();
    await api.handlers.saveReminders({ settings: everyDayAt('09:00') });
    await api.handlers.saveReminders({ settings: everyDayAt('18:00') });
    expect(scheduler.nextAt).toEqual(new Date(2026, 5, 1, 18, 0));
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(electron.shown).toEqual([]);
    await api.handlers.saveReminders({ settings: defaultReminderSettings });
    expect(scheduler.nextAt).toBeNull();
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(electron.shown).toEqual([]);
  });

  it('fires only on the chosen days, and after waking from sleep sets its timer again from the clock', async () => {
    const { api, scheduler } = await startApp();
    const practice = { enabled: true, days: [3], time: '12:00' };
    await api.handlers.saveReminders({ settings: { ...defaultReminderSettings, practice } });
    expect(scheduler.nextAt).toEqual(new Date(2026, 5, 3, 12, 0));
    vi.setSystemTime(new Date(2026, 5, 3, 11, 0));
    for (const wake of electron.resume) wake();
    expect(scheduler.nextAt).toEqual(new Date(2026, 5, 3, 12, 0));
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(electron.shown).toEqual([{ title: 'Groundwork', body: 'A reminder you set to practise.' }]);
  });

  it('uses the clinic’s words, and schedules none when the clinic turns reminders off', async () => {
    const words = { title: 'Northside', checkIn: 'A note from Northside.' };
    const worded = await startApp({ reminders: words });
    await worded.api.handlers.saveReminders({ settings: everyDayAt('10:00') });
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(electron.shown).toEqual([{ title: 'Northside', body: 'A note from Northside.' }]);
    worded.scheduler.stop();

    const off = await startApp({ reminders: { enabled: false } });
    expect(off.scheduler.nextAt).toBeNull();
    await expect(off.api.handlers.saveReminders({ settings: everyDayAt('10:00') })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(electron.shown).toHaveLength(1);
  });

  it('keeps reminders off when their file is damaged or far too large', async () => {
    await writeFile(remindersPath(dataDir), '{"schemaVersion":1,"settings":');
    expect((await startApp()).scheduler.nextAt).toBeNull();
    await writeFile(remindersPath(dataDir), 'x'.repeat(100_000));
    expect((await startApp()).scheduler.nextAt).toBeNull();
  });
});
