import { useId, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { PasscodeField } from './PasscodeField';
import { MIN_BACKUP_PASSCODE_LENGTH, type ProfilesState } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure, fileToBase64 } from './apiError';

/** Adds a profile from an encrypted backup file, opened with the file's passcode. */
export function ImportForm({ onImported }: { onImported: (state: ProfilesState) => void }): JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passcode, setPasscode] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const state = await call('importProfile', { data: await fileToBase64(file), passcode });
      const added = state.profiles.find((p) => p.id === state.activeId);
      setMessage({ error: false, text: t('data.portable.imported', { name: added?.name ?? '' }) });
      onImported(state);
    } catch (failure) {
      setMessage({ error: true, text: describeFailure(failure).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.portable.importTitle')}</h2>
      <p>{t('data.portable.importHelp')}</p>
      <label htmlFor={`${id}-file`}>{t('data.portable.importFile')}</label>
      <input id={`${id}-file`} type="file" accept=".gwbackup" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <PasscodeField
        id={`${id}-pass`}
        label={t('data.portable.importPasscode')}
        value={passcode}
        onChange={setPasscode}
        autoComplete="off"
      />
      {message !== null ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : undefined}>
          {message.text}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy || file === null || passcode.length < MIN_BACKUP_PASSCODE_LENGTH}>
          {t('data.portable.import')}
        </button>
      </div>
    </form>
  );
}
