import { useRef, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { PasscodeField } from './PasscodeField';
import {
  MIN_BACKUP_PASSCODE_LENGTH,
  MIN_NEW_PASSCODE_LENGTH,
  type ProfileInfo,
  type ProfilesState,
} from '../../common/dataApi';
import { call } from '../api/client';
import { limits } from '../../common/limits';
import { describeFailure } from './apiError';
import { ProfileLanguage } from '../language/ProfileLanguage';
import { Settings } from 'lucide-react';
import { Icon } from '../components/Icon';

type Note = { error: boolean; text: string } | null;

function Message({ note }: { note: Note }): JSX.Element | null {
  if (note === null) return null;
  return (
    <p role={note.error ? 'alert' : 'status'} className={note.error ? 'form-error' : undefined}>
      {note.text}
    </p>
  );
}

/**
 * The profile settings dialog: rename, language, passcode, idle lock time, saving a
 * backup file, and deleting the profile (asked twice; a passcode is needed when set).
 */
export function ProfileSettings({
  profile,
  onChange,
}: {
  profile: ProfileInfo;
  onChange: (state: ProfilesState) => void;
}): JSX.Element {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(profile.name);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [minutes, setMinutes] = useState(String(profile.lockAfterMinutes));
  const [backupCode, setBackupCode] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [deleteCode, setDeleteCode] = useState('');
  const [note, setNote] = useState<Record<string, Note>>({});

  const run =
    (key: string, task: () => Promise<string>) =>
    async (event?: FormEvent): Promise<void> => {
      event?.preventDefault();
      try {
        const text = await task();
        setNote((n) => ({ ...n, [key]: { error: false, text } }));
      } catch (failure) {
        setNote((n) => ({ ...n, [key]: { error: true, text: describeFailure(failure).message } }));
      }
    };

  const rename = run('rename', async () => {
    onChange(await call('renameProfile', { profileId: profile.id, name: name.trim() }));
    return t('data.profiles.renameDone', { name: name.trim() });
  });
  const passcode = run('passcode', async () => {
    if (next !== '' && [...next].length < MIN_NEW_PASSCODE_LENGTH) {
      throw new Error(t('data.profiles.passcodeTooShort', { min: MIN_NEW_PASSCODE_LENGTH }));
    }
    const state = await call('setPasscode', {
      current: profile.hasPasscode ? current : null,
      next: next === '' ? null : next,
    });
    setCurrent('');
    setNext('');
    onChange(state);
    return next === '' ? t('data.profiles.passcodeRemoved') : t('data.profiles.passcodeSet');
  });
  const lockAfter = run('lockAfter', async () => {
    onChange(await call('setLockAfter', { minutes: Number(minutes) }));
    return t('data.profiles.lockAfterSaved');
  });
  const backup = run('backup', async () => {
    const outcome = await call('exportProfile', { passcode: backupCode });
    setBackupCode('');
    return outcome.status === 'saved'
      ? t('data.portable.exported', { path: outcome.path })
      : t('data.portable.cancelled');
  });
  const remove = run('delete', async () => {
    const state = await call('deleteProfile', {
      profileId: profile.id,
      passcode: profile.hasPasscode ? deleteCode : null,
      confirm: true,
    });
    dialog.current?.close();
    onChange(state);
    return '';
  });

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        <Icon icon={Settings} />
        {t('data.profiles.manage')}
      </button>
      <dialog ref={dialog} className="settings-dialog dialog dialog-wide" aria-labelledby="settings-title">
        {/* Title and Close stay in view at 1280×800; the settings scroll below them. */}
        <div className="dialog-head">
          <h2 id="settings-title">{t('data.profiles.settingsTitle')}</h2>
          <form method="dialog">
            <button type="submit" className="primary">
              {t('data.profiles.close')}
            </button>
          </form>
        </div>
        <div className="dialog-body">
          <form className="profile-form" onSubmit={(e) => void rename(e)}>
            <label htmlFor="settings-name">{t('data.profiles.name')}</label>
            <input
              id="settings-name"
              maxLength={limits.profileNameChars}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit">{t('data.profiles.rename')}</button>
            <Message note={note.rename ?? null} />
          </form>
          <ProfileLanguage profile={profile} onChange={onChange} />
          <form className="profile-form" onSubmit={(e) => void passcode(e)}>
            <h3>{t('data.profiles.passcodeTitle')}</h3>
            {profile.hasPasscode ? (
              <PasscodeField
                id="settings-current"
                label={t('data.profiles.currentPasscode')}
                value={current}
                onChange={setCurrent}
              />
            ) : null}
            <PasscodeField
              id="settings-next"
              label={t('data.profiles.newPasscode')}
              value={next}
              onChange={setNext}
              autoComplete="new-password"
              strength={{ minLength: MIN_NEW_PASSCODE_LENGTH }}
            />
            <button type="submit">{t('data.profiles.setPasscode')}</button>
            <Message note={note.passcode ?? null} />
          </form>
          {profile.hasPasscode ? (
            <form className="profile-form" onSubmit={(e) => void lockAfter(e)}>
              <label htmlFor="settings-minutes">{t('data.profiles.lockAfter')}</label>
              <input
                id="settings-minutes"
                type="number"
                min={1}
                max={240}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
              <button type="submit">{t('data.profiles.saveLockAfter')}</button>
              <Message note={note.lockAfter ?? null} />
            </form>
          ) : null}
          <form className="profile-form" onSubmit={(e) => void backup(e)}>
            <h3>{t('data.portable.title')}</h3>
            <p>{t('data.portable.exportHelp')}</p>
            <PasscodeField
              id="settings-backup"
              label={t('data.portable.exportPasscode')}
              value={backupCode}
              onChange={setBackupCode}
              autoComplete="new-password"
              strength={{ minLength: MIN_BACKUP_PASSCODE_LENGTH }}
            />
            <button type="submit" disabled={backupCode.length < MIN_BACKUP_PASSCODE_LENGTH}>
              {t('data.portable.export')}
            </button>
            <Message note={note.backup ?? null} />
          </form>
          <section className="profile-form danger" aria-labelledby="settings-delete">
            <h3 id="settings-delete">{t('data.profiles.deleteTitle')}</h3>
            <p>{t('data.profiles.deleteHelp')}</p>
            {deleting ? (
              <form onSubmit={(e) => void remove(e)}>
                <p role="alert">{t('data.profiles.deleteConfirm', { name: profile.name })}</p>
                {profile.hasPasscode ? (
                  <PasscodeField
                    id="settings-delete-code"
                    label={t('data.profiles.deleteNeedsPasscode')}
                    value={deleteCode}
                    onChange={setDeleteCode}
                  />
                ) : null}
                <div className="form-actions">
                  <button type="submit" className="danger">
                    {t('data.profiles.deleteYes')}
                  </button>
                  <button type="button" onClick={() => setDeleting(false)}>
                    {t('data.profiles.deleteNo')}
                  </button>
                </div>
              </form>
            ) : (
              <button type="button" className="danger" onClick={() => setDeleting(true)}>
                {t('data.profiles.delete')}
              </button>
            )}
            <Message note={note.delete ?? null} />
          </section>
        </div>
      </dialog>
    </>
  );
}
