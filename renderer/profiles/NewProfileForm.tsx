import { useId, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import { PasscodeField } from './PasscodeField';
import { MIN_NEW_PASSCODE_LENGTH, type ProfilesState } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure } from './apiError';
import { limits } from '../../common/limits';

/** Name and an optional passcode (typed twice) for a new profile. */
export function NewProfileForm({
  onCreated,
  onCancel,
  title,
  intro,
}: {
  /** May return a promise (the welcome saves the chosen language next); the button stays busy until it settles. */
  onCreated: (state: ProfilesState) => void | Promise<void>;
  onCancel?: () => void;
  /** The form's heading; "New profile" unless given. */
  title?: string;
  /** A sentence under the heading. */
  intro?: string;
}): JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [passcode, setPasscode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') return setError(t('data.profiles.nameNeeded'));
    if (passcode !== '' && [...passcode].length < MIN_NEW_PASSCODE_LENGTH) {
      return setError(t('data.profiles.passcodeTooShort', { min: MIN_NEW_PASSCODE_LENGTH }));
    }
    if (passcode !== repeat) return setError(t('data.profiles.passcodeMismatch'));
    setBusy(true);
    setError(null);
    try {
      await onCreated(await call('createProfile', { name: name.trim(), passcode: passcode === '' ? null : passcode }));
    } catch (failure) {
      setError(describeFailure(failure).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="profile-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title ?? t('data.profiles.newProfile')}</h2>
      {intro === undefined ? null : <p className="form-intro">{intro}</p>}
      <label htmlFor={`${id}-name`}>{t('data.profiles.name')}</label>
      <input
        id={`${id}-name`}
        autoComplete="off"
        maxLength={limits.profileNameChars}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <PasscodeField
        id={`${id}-pass`}
        label={t('data.profiles.passcodeOptional')}
        value={passcode}
        onChange={setPasscode}
        autoComplete="new-password"
        strength={{ minLength: MIN_NEW_PASSCODE_LENGTH }}
      />
      <PasscodeField
        id={`${id}-repeat`}
        label={t('data.profiles.passcodeRepeat')}
        value={repeat}
        onChange={setRepeat}
        autoComplete="new-password"
      />
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('data.profiles.create')}
        </button>
        {onCancel !== undefined ? (
          <button type="button" onClick={onCancel}>
            {t('data.profiles.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
