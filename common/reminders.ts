import { z } from 'zod';
import { createI18n } from './i18n/createI18n';

const { t } = createI18n();

/**
 * Reminders (issue 13, item 6): off by default; the person chooses days and a
 * time for a check-in reminder and for a practice reminder. The wording a
 * notification shows is neutral, never about health, and a clinic can change it
 * or turn reminders off (clinic.json `reminders`).
 */

export const reminderKinds = ['checkIn', 'practice'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** One reminder: on which weekdays (0 Sunday … 6 Saturday) and at what local time, HH:MM. */
export const reminderRuleSchema = z.strictObject({
  enabled: z.boolean(),
  days: z
    .array(z.int().min(0).max(6))
    .max(7)
    .refine((d) => new Set(d).size === d.length, t('reminders.errors.dayTwice')),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, t('reminders.errors.time')),
});
export type ReminderRule = z.infer<typeof reminderRuleSchema>;

export const reminderSettingsSchema = z.strictObject({ checkIn: reminderRuleSchema, practice: reminderRuleSchema });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/** Both off, with days and times ready for when a person turns one on. */
export const defaultReminderSettings: ReminderSettings = {
  checkIn: { enabled: false, days: [0, 1, 2, 3, 4, 5, 6], time: '19:00' },
  practice: { enabled: false, days: [1, 3, 5], time: '12:00' },
};

/** The words a reminder shows: a title and one line per kind. */
export interface ReminderWording {
  title: string;
  checkIn: string;
  practice: string;
}

/** The next moment after `now` (local time) that a rule fires, or null when it is off or has no days. */
export function nextFiring(rule: ReminderRule, now: Date): Date | null {
  if (!rule.enabled || rule.days.length === 0) return null;
  const [hours, minutes] = rule.time.split(':').map(Number);
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hours ?? 0, minutes ?? 0);
    if (at > now && rule.days.includes(at.getDay())) return at;
  }
  return null;
}

/** The latest moment at or before `now` that a rule fired, within the last eight days, or null. */
export function lastFiring(rule: ReminderRule, now: Date): Date | null {
  if (!rule.enabled || rule.days.length === 0) return null;
  const [hours, minutes] = rule.time.split(':').map(Number);
  for (let back = 0; back <= 7; back += 1) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, hours ?? 0, minutes ?? 0);
    if (at <= now && rule.days.includes(at.getDay())) return at;
  }
  return null;
}

/** The next reminder of either kind, the earlier first. */
export function nextReminder(settings: ReminderSettings, now: Date): { kind: ReminderKind; at: Date } | null {
  let next: { kind: ReminderKind; at: Date } | null = null;
  for (const kind of reminderKinds) {
    const at = nextFiring(settings[kind], now);
    if (at !== null && (next === null || at < next.at)) next = { kind, at };
  }
  return next;
}

export const reminderRequestSchemas = {
  /** The person's reminders on this computer, whether the clinic allows them, and the words they show. */
  getReminders: z.strictObject({}),
  /** Saves the reminders and schedules them again at once. Refused when the clinic has turned reminders off. */
  saveReminders: z.strictObject({ settings: reminderSettingsSchema }),
} as const;

export interface ReminderState {
  settings: ReminderSettings;
  /** False when the clinic has turned reminders off: none are shown, whatever the settings. */
  allowed: boolean;
  wording: ReminderWording;
}

export interface ReminderResponses {
  getReminders: ReminderState;
  saveReminders: ReminderState;
}
