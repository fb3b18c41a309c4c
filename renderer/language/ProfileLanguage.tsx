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
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  const choose = async (language: LessonLanguage | null): Promise<void> => {
    setNote(null);
    try {
      onChange(await call('setLanguage', { language }));
      setNote({ error: false, text: t('language.saved') });
    } catch (failure) {
      setNote({ error: true, text: describeFailure(failure).message });
    }
  };

  return (
    <div className="profile-form">
      <LanguageChoice
        name="settings-language"
        value={profile.language ?? null}
        onChange={(language) => void choose(language)}
        automatic={t('language.automatic', { name: languageNames[automatic] })}
      />
      {note === null ? null : (
        <p role={note.error ? 'alert' : 'status'} className={note.error ? 'form-error' : undefined}>
          {note.text}
        </p>
      )}
    </div>
  );
}
