import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfilesState } from '../../common/dataApi';
import type { LessonLanguage } from '../../common/language';
import { call } from '../api/client';
import { LanguageChoice } from '../language/LanguageChoice';
import { useLanguage } from '../language/LanguageProvider';
import { ImportForm } from './ImportForm';
import { NewProfileForm } from './NewProfileForm';
import './welcome.css';

/**
 * The first run (no profile on this computer yet): what Groundwork is, that the
 * answers stay here, a language choice that switches this screen at once, and a
 * named profile with an optional passcode. A language the person picked here is
 * saved on the new profile; left alone, the clinic's or the computer's applies.
 */
export function Welcome({ onCreated }: { onCreated: (state: ProfilesState) => void }): JSX.Element {
  const { t } = useTranslation();
  const { language, setProfileLanguage } = useLanguage();
  // Null until the person picks one: an untouched choice keeps following the clinic or the computer.
  const [chosen, setChosen] = useState<LessonLanguage | null>(null);

  const choose = (next: LessonLanguage | null): void => {
    setChosen(next);
    setProfileLanguage(next);
  };

  const created = async (state: ProfilesState): Promise<void> => {
    if (chosen === null) return onCreated(state);
    try {
      onCreated(await call('setLanguage', { language: chosen }));
    } catch {
      // The profile exists; only its language was not stored. It is open, and Profile settings can set it again.
      onCreated(state);
    }
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" tabIndex={-1}>
        {t('language.welcome.title')}
      </h1>
      <p className="lead">{t('language.welcome.what')}</p>
      <p className="welcome-private">{t('language.welcome.private')}</p>
      <LanguageChoice name="welcome-language" value={language} onChange={choose} />
      <div className="welcome-columns">
        <NewProfileForm
          onCreated={created}
          title={t('language.welcome.makeProfile')}
          intro={t('language.welcome.profileHint')}
        />
        {/* Someone moving to this computer brings their answers instead of starting again. */}
        <ImportForm onImported={onCreated} />
      </div>
    </section>
  );
}
