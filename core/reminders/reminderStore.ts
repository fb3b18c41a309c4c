import { join } from 'node:path';
import { z } from 'zod';
import { defaultReminderSettings, reminderSettingsSchema, type ReminderSettings } from '../../common/reminders';
import { readSmallFile } from '../store/boundedRead';
import { mkdirDurable, writeFileAtomic } from '../store/durableFile';
import { defineStoredFile, upgradeStored } from '../store/upgrade';

/**
 * Where a computer keeps its reminder times: `reminders.json` in the data folder.
 * Plain JSON, outside the encrypted profiles, on purpose: the main process must
 * schedule reminders after a restart while every profile is still locked, and the
 * file holds only days and times, nothing about the person's health.
 */
export const REMINDERS_VERSION = 1;
const MAX_BYTES = 4096;

export const reminderFileType = defineStoredFile({
  name: 'reminders',
  version: REMINDERS_VERSION,
  oldest: 1,
  schema: z.strictObject({ schemaVersion: z.literal(REMINDERS_VERSION), settings: reminderSettingsSchema }),
  steps: [],
});

export const remindersPath = (dataDir: string): string => join(dataDir, 'reminders.json');

/** The saved reminders, or the defaults (all off) when there are none or the file cannot be trusted. */
export async function loadReminderSettings(dataDir: string): Promise<ReminderSettings> {
  try {
    const json: unknown = JSON.parse((await readSmallFile(remindersPath(dataDir), MAX_BYTES)).toString('utf8'));
    return upgradeStored(reminderFileType, json).data.settings;
  } catch {
    // Missing, too large, not JSON, or a newer version: reminders stay off until the person sets them again.
    return structuredClone(defaultReminderSettings);
  }
}

/** Saves the reminders durably (write, flush, rename, folder flush). */
export async function saveReminderSettings(dataDir: string, settings: ReminderSettings): Promise<void> {
  await mkdirDurable(dataDir);
  const body = JSON.stringify({ schemaVersion: REMINDERS_VERSION, settings }, null, 2);
  await writeFileAtomic(remindersPath(dataDir), Buffer.from(`${body}\n`));
}
