import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import type { ProfileInfo, ProfilesState } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure } from './apiError';
import { AttentionList } from './AttentionList';
import { ImportForm } from './ImportForm';
import { LockScreen } from './LockScreen';
import { NewProfileForm } from './NewProfileForm';

/** "Who is using Groundwork?": one button per profile, a form for a new one, and opening a backup file. */
export function ProfilePicker({
  state,
  onChange,
}: {
  state: ProfilesState;
  onChange: (state: ProfilesState) => void;
}): JSX.Element {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ProfileInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (chosen !== null) {
    return <LockScreen profile={chosen} onUnlocked={onChange} onSwitch={() => setChosen(null)} />;
  }

  const choose = async (profile: ProfileInfo): Promise<void> => {
    if (profile.hasPasscode) return setChosen(profile);
    try {
      onChange(await call('openProfile', { profileId: profile.id, passcode: null }));
    } catch (failure) {
      setError(describeFailure(failure).message);
    }
  };

  return (
    <section className="profile-screen" aria-labelledby="picker-title">
      <h1 id="picker-title" tabIndex={-1}>
        {t('data.profiles.pickerTitle')}
      </h1>
      <p>{t('data.profiles.pickerIntro')}</p>
      <FormError message={error} />
      {state.profiles.length > 0 ? (
        <ul className="profile-list">
          {state.profiles.map((profile) => (
            <li key={profile.id}>
              <button type="button" className="profile-choice" onClick={() => void choose(profile)}>
                {t('data.profiles.open', { name: profile.name })}
                {profile.hasPasscode ? (
                  <span className="profile-lock-note">{t('data.profiles.hasPasscode')}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AttentionList profiles={state.attention} />
      <div className="profile-columns">
        <NewProfileForm onCreated={onChange} />
        <ImportForm onImported={onChange} />
      </div>
    </section>
  );
}
