import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileInfo, ProfilesState } from '../../common/dataApi';
import type { LessonLanguage } from '../../common/language';
import { languageNames } from '../../common/languageChoice';
import { call } from '../api/client';
import { describeFailure } from '../profiles/apiError';
import { LanguageChoice } from './LanguageChoice';
import { useLanguage } from './LanguageProvider';

/**
 * Profile settings' language: English, Español, or no choice (the clinic's or
 * the computer's). Saved on the profile as soon as it is picked; the new profile
 * state then switches the whole app (ProfileGate hands the profile's language on).
 */
export function ProfileLanguage({
  profile,
  onChange,
}: {
  profile: ProfileInfo;
  onChange: (state: ProfilesState) => void;
}): JSX.Element {
  const { t } = useTranslation();
  const { automatic } = useLanguage();
  // "saved" is translated when shown, so it reads in the language just chosen.
  const [note, setNote] = useState<'saved' | { error: string } | null>(null);
  // Checked at once, as the person picks it; put back if the profile could not keep it.
  const [picked, setPicked] = useState<LessonLanguage | null>(profile.language ?? null);

  const choose = async (language: LessonLanguage | null): Promise<void> => {
    setNote(null);
    setPicked(language);
    try {
      onChange(await call('setLanguage', { language }));
      setNote('saved');
    } catch (failure) {
      setPicked(profile.language ?? null);
      setNote({ error: describeFailure(failure).message });
    }
  };

  return (
    <div className="profile-form">
      <LanguageChoice
        name="settings-language"
        value={picked}
        onChange={(language) => void choose(language)}
        automatic={t('language.automatic', { name: languageNames[automatic] })}
      />
      {note === 'saved' ? <p role="status">{t('language.saved')}</p> : null}
      {note !== null && note !== 'saved' ? (
        <p role="alert" className="form-error">
          {note.error}
        </p>
      ) : null}
    </div>
  );
}
