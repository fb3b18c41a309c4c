import { useEffect, useId, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderKinds, type ReminderKind, type ReminderState } from '../../common/reminders';
import { call } from '../api/client';
import { lessonsHref } from '../hooks/useHashRoute';
import { plainError } from './plainError';
import './checkins.css';

const weekdays = [1, 2, 3, 4, 5, 6, 0];

/** One reminder: on or off, the days, the time. */
function Rule({
  kind,
  state,
  onChange,
}: {
  kind: ReminderKind;
  state: ReminderState;
  onChange(s: ReminderState): void;
}) {
  const { t } = useTranslation();
  const timeId = useId();
  const rule = state.settings[kind];
  const set = (patch: Partial<typeof rule>): void =>
    onChange({ ...state, settings: { ...state.settings, [kind]: { ...rule, ...patch } } });
  return (
    <fieldset className="reminder-rule">
      <legend className="checkin-legend">
        <label>
          <input type="checkbox" checked={rule.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
          {t(`reminders.screen.${kind}`)}
        </label>
      </legend>
      <fieldset className="checkin-choice" disabled={!rule.enabled}>
        <legend>{t('reminders.screen.days')}</legend>
        {weekdays.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={rule.days.includes(day)}
              onChange={(e) =>
                set({ days: e.target.checked ? [...rule.days, day] : rule.days.filter((d) => d !== day) })
              }
            />
            {t(`reminders.screen.day.${day}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={timeId}>{t('reminders.screen.time')}</label>
      <input
        id={timeId}
        type="time"
        disabled={!rule.enabled}
        value={rule.time}
        onChange={(e) => set({ time: e.target.value })}
      />
    </fieldset>
  );
}

/** Where a person turns reminders on, chooses days and times, and sees the neutral words they show. */
export function ReminderSettings({ host }: { host: 'electron' | 'browser' }): JSX.Element {
  const { t } = useTranslation();
  const [state, setState] = useState<ReminderState | null>(null);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  useEffect(() => {
    call('getReminders', {}).then(setState, (e: unknown) => setStatus({ kind: 'failed', message: plainError(e) }));
  }, []);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (state === null) return;
    try {
      setState(await call('saveReminders', { settings: state.settings }));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: plainError(error) });
    }
  };

  return (
    <div className="checkin">
      <h1 tabIndex={-1}>{t('reminders.screen.heading')}</h1>
      <p className="lead">{t('reminders.screen.intro')}</p>
      {state === null ? null : !state.allowed ? (
        <p>{t('reminders.screen.notAllowed')}</p>
      ) : (
        <form onSubmit={(e) => void save(e)} noValidate>
          <p>{t('reminders.screen.neutral', { text: state.wording.checkIn })}</p>
          {host === 'browser' ? <p>{t('reminders.screen.browser')}</p> : null}
          {reminderKinds.map((kind) => (
            <Rule key={kind} kind={kind} state={state} onChange={setState} />
          ))}
          <div className="checkin-actions">
            <button type="submit" className="primary">
              {t('reminders.screen.save')}
            </button>
            <a href={lessonsHref}>{t('checkins.form.back')}</a>
          </div>
        </form>
      )}
      <div role="status" className="checkin-status">
        {status.kind === 'saved' ? t('reminders.screen.saved') : null}
      </div>
      {status.kind === 'failed' ? (
        <p role="alert" className="form-error">
          {t('reminders.screen.failed', { message: status.message })}
        </p>
      ) : null}
    </div>
  );
}
