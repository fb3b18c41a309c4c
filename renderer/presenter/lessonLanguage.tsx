import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { createI18n } from '../../common/i18n/createI18n';
import { baseLanguage, isLessonLanguage, languageNames, type LessonLanguage } from '../../common/language';

const instances = new Map<LessonLanguage, i18n>();

/**
 * The app's strings in a lesson's language, for what the room sees (the audience
 * view, and the presenter's copy of it) while the facilitator's own controls stay
 * in the app's language. One instance per language, made on first use.
 */
export function lessonI18n(language: LessonLanguage): i18n {
  let instance = instances.get(language);
  if (instance === undefined) {
    instance = createI18n(language);
    instances.set(language, instance);
  }
  return instance;
}

/** The language a lesson is presented in unless the facilitator chooses: the app's, when lessons come in it. */
export const defaultPresentLanguage = (appLanguage: string): LessonLanguage =>
  isLessonLanguage(appLanguage) ? appLanguage : baseLanguage;

const storageKey = (lessonId: string): string => `groundwork-present-language:${lessonId}`;

/** The language the facilitator chose for a lesson, kept in this tab's sessionStorage so a reload keeps it. */
export function usePresentLanguage(
  lessonId: string,
  appLanguage: string,
): [LessonLanguage, (l: LessonLanguage) => void] {
  const [language, setLanguage] = useState<LessonLanguage>(() => {
    try {
      const saved = sessionStorage.getItem(storageKey(lessonId));
      if (isLessonLanguage(saved)) return saved;
    } catch {
      // Storage disabled: start from the app's language.
    }
    return defaultPresentLanguage(appLanguage);
  });
  const choose = (chosen: LessonLanguage): void => {
    setLanguage(chosen);
    try {
      sessionStorage.setItem(storageKey(lessonId), chosen);
    } catch {
      // The choice still holds until the window reloads.
    }
  };
  return [language, choose];
}

/**
 * The facilitator's choice of the language the lesson is presented in, shown
 * only when the lesson has more than one. Each language is named in itself, so a
 * facilitator finds theirs whatever language the app is in.
 */
export function LanguagePicker({
  language,
  languages,
  onChange,
}: {
  language: LessonLanguage;
  languages: readonly LessonLanguage[];
  onChange(language: LessonLanguage): void;
}): JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  if (languages.length < 2) return null;
  return (
    <div className="presenter-language">
      <label htmlFor={id}>{t('presenter.language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          if (isLessonLanguage(e.target.value)) onChange(e.target.value);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
