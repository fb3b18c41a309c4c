import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint } from './ExerciseFrame';

export interface ScaleProps {
  id: string;
  label: string;
  /** What the lowest number means, such as "none at all". */
  minLabel: string;
  /** What the highest number means, such as "the most I can imagine". */
  maxLabel: string;
  /** 0–10 by default; 0–100 scales step by 10. */
  max?: 10 | 100;
  hint?: string;
}

/**
 * A rating with labelled ends, as a group of radio buttons: arrow keys move along
 * it, and each end's number is read out with its meaning.
 */
export function Scale({ id, label, minLabel, maxLabel, max = 10, hint }: ScaleProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<number | null>(id);
  const step = max === 100 ? 10 : 1;
  const points = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  const anchor = (point: number): string | undefined => (point === 0 ? minLabel : point === max ? maxLabel : undefined);

  if (mode !== 'interactive') {
    return (
      <ExerciseFrame id={id} type="scale">
        <p className="exercise-label">{label}</p>
        <Hint id={ids.hint} text={hint} />
        <ol className="scale-print">
          {points.map((point) => (
            <li key={point} className={value === point ? 'scale-box scale-chosen' : 'scale-box'}>
              {point}
            </li>
          ))}
        </ol>
        <p className="scale-anchors">
          <span>{t('exercise.scaleAnchor', { value: 0, label: minLabel })}</span>
          <span>{t('exercise.scaleAnchor', { value: max, label: maxLabel })}</span>
        </p>
        {typeof value === 'number' ? <p className="scale-answer">{t('exercise.myRating', { value })}</p> : null}
      </ExerciseFrame>
    );
  }

  return (
    <ExerciseFrame id={id} type="scale">
      <fieldset className="scale" aria-describedby={hint === undefined ? undefined : ids.hint}>
        <legend className="exercise-label">{label}</legend>
        <Hint id={ids.hint} text={hint} />
        <div className="scale-options">
          {points.map((point) => {
            const meaning = anchor(point);
            return (
              <label key={point} className="scale-option">
                <input
                  type="radio"
                  name={ids.input}
                  value={point}
                  checked={value === point}
                  onChange={() => set(point)}
                />
                <span className="scale-number">{point}</span>
                {meaning === undefined ? null : <span className="visually-hidden">{` – ${meaning}`}</span>}
              </label>
            );
          })}
        </div>
        <p className="scale-anchors" aria-hidden="true">
          <span>{t('exercise.scaleAnchor', { value: 0, label: minLabel })}</span>
          <span>{t('exercise.scaleAnchor', { value: max, label: maxLabel })}</span>
        </p>
        {value === undefined || value === null ? null : (
          <button type="button" className="link-button" onClick={() => set(null)}>
            {t('exercise.clearScale')}
            <span className="visually-hidden">{`: ${label}`}</span>
          </button>
        )}
      </fieldset>
    </ExerciseFrame>
  );
}
