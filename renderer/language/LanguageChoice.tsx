import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonLanguages, type LessonLanguage } from '../../common/language';
import { languageNames } from '../../common/languageChoice';
import './language.css';

interface LanguageChoiceProps {
  /** The radio group's name, unique on the page. */
  name: string;
  /** The checked choice; null checks "automatic" (shown only when `automatic` is given). */
  value: LessonLanguage | null;
  onChange: (language: LessonLanguage | null) => void;
  /** The words for "no choice: follow the clinic or the computer"; leave out to offer only the languages. */
  automatic?: string;
}

/**
 * One radio button per language, each named in its own language and marked with
 * its `lang` (so a screen reader says "Español" in Spanish), plus, in settings,
 * "the clinic's or this computer's language". Picking one applies it at once:
 * the screen changes language in place, with focus kept on the button.
 */
export function LanguageChoice({ name, value, onChange, automatic }: LanguageChoiceProps): JSX.Element {
  const { t } = useTranslation();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="language-choice" aria-describedby={hintId}>
      <legend>{t('language.legend')}</legend>
      <p id={hintId} className="language-hint">
        {t('language.hint')}
      </p>
      <div className={automatic === undefined ? 'language-options' : 'language-options stacked'}>
        {automatic === undefined ? null : (
          <label className="language-option">
            <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
            {automatic}
          </label>
        )}
        {lessonLanguages.map((language) => (
          <label key={language} className="language-option" lang={language}>
            <input type="radio" name={name} checked={value === language} onChange={() => onChange(language)} />
            {languageNames[language]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
