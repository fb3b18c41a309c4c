import { useEffect, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import { PasscodeField } from './PasscodeField';
import { MIN_PASSCODE_LENGTH, type ProfileInfo, type ProfilesState } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure } from './apiError';

/** Asks for a profile's passcode. Wrong tries are answered with a growing wait, shown as a countdown. */
export function LockScreen({
  profile,
  onUnlocked,
  onSwitch,
}: {
  profile: ProfileInfo;
  onUnlocked: (state: ProfilesState) => void;
  onSwitch: () => void;
}): JSX.Element {
  const { t } = useTranslation();
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (waitUntil <= now) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitUntil, now]);
  const waiting = waitUntil > now;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await call('openProfile', { profileId: profile.id, passcode }));
    } catch (failure) {
      const { message, retryAfterMs } = describeFailure(failure);
      setError(
        retryAfterMs > 0 ? `${message} ${t('data.lock.wait', { seconds: Math.ceil(retryAfterMs / 1000) })}` : message,
      );
      setWaitUntil(Date.now() + retryAfterMs);
      setNow(Date.now());
      setPasscode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="profile-screen dialog lock-screen" aria-labelledby="lock-title">
      <h1 id="lock-title" tabIndex={-1}>
        {t('data.lock.title', { name: profile.name })}
      </h1>
      <p>{t('data.lock.intro')}</p>
      <form onSubmit={(e) => void submit(e)} className="profile-form">
        <PasscodeField
          id="unlock-passcode"
          label={t('data.lock.passcode')}
          value={passcode}
          onChange={setPasscode}
          autoComplete="current-password"
          autoFocus
        />
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || waiting || passcode.length < MIN_PASSCODE_LENGTH}>
            {busy ? t('data.lock.unlocking') : t('data.lock.unlock')}
          </button>
          <button type="button" onClick={onSwitch}>
            {t('data.profiles.switch')}
          </button>
        </div>
      </form>
    </section>
  );
}
