import { Notification, powerMonitor } from 'electron';
import { ReminderScheduler, type Notifier } from '../core/reminders/scheduler';

/**
 * Reminders as local notifications from the main process: no network, no window
 * needed. The words come from the plan (neutral, or the clinic's), so nothing
 * about health shows on a lock screen.
 */
export const electronNotifier: Notifier = {
  show(title, body) {
    if (!Notification.isSupported()) return;
    new Notification({ title, body, silent: false }).show();
  },
};

/**
 * The scheduler the service updates. After the computer sleeps, a timer can fire
 * late or not at all: on resume the plan is armed again from the clock.
 */
export function createReminderScheduler(): ReminderScheduler {
  const scheduler = new ReminderScheduler(electronNotifier);
  powerMonitor.on('resume', () => scheduler.rearm());
  return scheduler;
}
