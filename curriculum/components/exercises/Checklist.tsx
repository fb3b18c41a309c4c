import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistAnswer } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint, WriteLines } from './ExerciseFrame';
import { privateAnswer } from './fields';
import { limits } from '../../../common/limits';
import { toChoiceOptions, type OptionInput } from '../../../common/optionValue';

export interface ChecklistProps {
  id: string;
  label: string;
  /**
   * The choices: each a short phrase ("Tight shoulders", stored as its slug), or
   * `{ value, label }` where a translation keeps the English option's value.
   */
  options: OptionInput[];
  /** Adds an "Other" line the person can write in. */
  other?: boolean;
  hint?: string;
}

/** Tick every option that fits. */
export function Checklist({ id, label, options: written, other = false, hint }: ChecklistProps): JSX.Element {
  const { t } = useTranslation();
  const options = toChoiceOptions(written);
  const { mode, value, set, ids } = useExercise<ChecklistAnswer>(id);
  const checked = new Set(value?.checked ?? []);
  const otherText = value?.other ?? '';

  if (mode !== 'interactive') {
    return (
      <ExerciseFrame id={id} type="checklist">
        <p className="exercise-label">{label}</p>
        <Hint id={ids.hint} text={hint} />
        <ul className="checklist-print">
          {options.map((option) => (
            <li key={option.value} className={checked.has(option.value) ? 'check-box checked' : 'check-box'}>
              {option.label}
            </li>
          ))}
          {other ? (
            <li className={otherText.trim() ? 'check-box checked' : 'check-box'}>
              {t('exercise.other')}: {otherText.trim() ? otherText : <WriteLines count={1} />}
            </li>
          ) : null}
        </ul>
      </ExerciseFrame>
    );
  }

  const toggle = (option: string, on: boolean): void => {
    const next = options.map((o) => o.value).filter((o) => (o === option ? on : checked.has(o)));
    set(otherText === '' ? { checked: next } : { checked: next, other: otherText });
  };

  return (
    <ExerciseFrame id={id} type="checklist">
      <fieldset className="checklist" aria-describedby={hint === undefined ? undefined : ids.hint}>
        <legend className="exercise-label">{label}</legend>
        <Hint id={ids.hint} text={hint} />
        <ul className="checklist-options">
          {options.map((option) => (
            <li key={option.value}>
              <label className="check-option">
                <input
                  {...privateAnswer}
                  type="checkbox"
                  value={option.value}
                  checked={checked.has(option.value)}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
        {other ? (
          <div className="checklist-other">
            <label htmlFor={ids.input}>{t('exercise.other')}</label>
            <input
              {...privateAnswer}
              id={ids.input}
              type="text"
              className="text-input"
              value={otherText}
              maxLength={limits.lineChars}
              onChange={(e) => set({ checked: [...checked], other: e.target.value })}
            />
          </div>
        ) : null}
      </fieldset>
    </ExerciseFrame>
  );
}
