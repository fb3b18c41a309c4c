import type { Request } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import type { ReminderState, ReminderWording } from '../../common/reminders';
import { ApiFailure } from '../../common/result';
import type { Clinic } from '../clinic/clinic';
import { loadReminderSettings, saveReminderSettings } from './reminderStore';
import type { ReminderPlan } from './scheduler';

const { t } = createI18n();

export interface ReminderDeps {
  dataDir: string;
  clinic: Clinic;
  /** The main process's scheduler; absent in the browser host, whose window shows a notice instead. */
  scheduler?: { update(plan: ReminderPlan): void };
}

/** The neutral words reminders show: the clinic's, or Groundwork's. */
export function reminderWording(clinic: Clinic): ReminderWording {
  const chosen = clinic.loaded.settings.reminders;
  return {
    title: chosen?.title ?? t('reminders.notification.title'),
    checkIn: chosen?.checkIn ?? t('reminders.notification.checkIn'),
    practice: chosen?.practice ?? t('reminders.notification.practice'),
  };
}

/** The reminder methods of the API, and a start that schedules what was saved before a restart. */
export function createReminderApi(deps: ReminderDeps) {
  const allowed = deps.clinic.loaded.settings.reminders?.enabled !== false;
  const state = async (): Promise<ReminderState> => ({
    settings: await loadReminderSettings(deps.dataDir),
    allowed,
    wording: reminderWording(deps.clinic),
  });
  const schedule = (s: ReminderState): void => deps.scheduler?.update(s);
  return {
    /** Reads the saved reminders and schedules them: call once when the app starts. */
    async start(): Promise<void> {
      schedule(await state());
    },
    handlers: {
      getReminders: (_request: Request<'getReminders'>) => state(),
      async saveReminders({ settings }: Request<'saveReminders'>): Promise<ReminderState> {
        if (!allowed) throw new ApiFailure('forbidden', t('reminders.errors.off'), { reason: 'reminders-off' });
        await saveReminderSettings(deps.dataDir, settings);
        const next = await state();
        schedule(next);
        return next;
      },
    },
  };
}
