import { nextReminder, type ReminderSettings, type ReminderWording } from '../../common/reminders';

/** Shows one notification (Electron's Notification in the app; a fake in tests). */
export interface Notifier {
  show(title: string, body: string): void;
}

/** What the scheduler needs to know; `allowed` false (the clinic's choice) schedules nothing. */
export interface ReminderPlan {
  settings: ReminderSettings;
  wording: ReminderWording;
  allowed: boolean;
}

/**
 * Keeps one timer for the next reminder of either kind. When it fires it shows
 * the neutral notification and sets the timer for the one after. `update`
 * replaces the plan (a change of settings, or a start after a restart) and sets
 * the timer again. A timer is at most a week away, well inside setTimeout's range.
 */
export class ReminderScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private plan: ReminderPlan | null = null;
  private next: Date | null = null;

  constructor(
    private readonly notifier: Notifier,
    private readonly now: () => Date = () => new Date(),
  ) {}

  update(plan: ReminderPlan): void {
    this.plan = plan;
    this.arm();
  }

  /** Sets the timer again from the clock, as after the computer wakes from sleep. */
  rearm(): void {
    this.arm();
  }

  /** When the next reminder is due, or null when none is set. */
  get nextAt(): Date | null {
    return this.next;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.next = null;
  }

  private arm(): void {
    this.stop();
    const plan = this.plan;
    if (plan === null || !plan.allowed) return;
    const now = this.now();
    const due = nextReminder(plan.settings, now);
    if (due === null) return;
    this.next = due.at;
    this.timer = setTimeout(
      () => {
        this.notifier.show(plan.wording.title, plan.wording[due.kind]);
        this.arm();
      },
      Math.max(0, due.at.getTime() - now.getTime()),
    );
    // A pending reminder must not keep the process alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
