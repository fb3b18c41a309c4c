import { useEffect, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { lastFiring, reminderKinds, type ReminderKind, type ReminderSettings } from '../../common/reminders';
import { call } from '../api/client';
import { checkInHref } from '../hooks/useHashRoute';

/** How long after its time a reminder still shows as a notice. */
const SHOWN_FOR_MS = 2 * 3_600_000;
const CHECK_EVERY_MS = 30_000;

/** The reminder due now, if one fired in the last two hours and was not dismissed. */
function dueNow(settings: ReminderSettings, now: Date, dismissed: number): ReminderKind | null {
  for (const kind of reminderKinds) {
    const at = lastFiring(settings[kind], now);
    if (at !== null && now.getTime() - at.getTime() < SHOWN_FOR_MS && at.getTime() > dismissed) return kind;
  }
  return null;
}

/**
 * In the browser host there are no system notifications: while the window is
 * open, a reminder the person set shows as a notice at the top of the screen.
 */
export function ReminderNotice(): JSX.Element | null {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [dismissed, setDismissed] = useState(() => Date.now() - SHOWN_FOR_MS);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const read = (): void =>
      void call('getReminders', {}).then(
        (s) => setSettings(s.allowed ? s.settings : null),
        () => setSettings(null),
      );
    read();
    const timer = setInterval(() => {
      setNow(new Date());
      read();
    }, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  const kind = settings === null ? null : dueNow(settings, now, dismissed);
  if (kind === null) return null;
  return (
    <div className="reminder-notice" role="status">
      <p>{t(`reminders.notice.${kind}`)}</p>
      {kind === 'checkIn' ? <a href={checkInHref()}>{t('reminders.notice.open')}</a> : null}
      <button type="button" onClick={() => setDismissed(Date.now())}>
        {t('reminders.notice.dismiss')}
      </button>
    </div>
  );
}
