import type { JSX, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { privateAnswer, ratingPoints } from './fields';

interface ScaleRadiosProps {
  /** The legend of the group, read out before the numbers. */
  legend: ReactNode;
  legendClass?: string;
  hintId?: string;
  hint?: ReactNode;
  max: 10 | 100;
  minLabel: string;
  maxLabel: string;
  value: number | null | undefined;
  onChange(value: number | null): void;
  /** Names the clear button for screen readers ("Clear: My stress before"). */
  clearName: string;
}

/**
 * A rating with labelled ends, as a group of radio buttons: arrow keys move along
 * it, and each end's number is read out with its meaning. Shared by the Scale
 * exercise and the before/after ratings of guided practice.
 */
export function ScaleRadios(props: ScaleRadiosProps): JSX.Element {
  const { t } = useTranslation();
  const name = useId();
  const { max, minLabel, maxLabel, value, onChange } = props;
  const anchor = (point: number): string | undefined => (point === 0 ? minLabel : point === max ? maxLabel : undefined);
  return (
    <fieldset className="scale" aria-describedby={props.hint === undefined ? undefined : props.hintId}>
      <legend className={props.legendClass ?? 'exercise-label'}>{props.legend}</legend>
      {props.hint}
      <div className="scale-options">
        {ratingPoints(max).map((point) => {
          const meaning = anchor(point);
          return (
            <label key={point} className="scale-option">
              <input
                {...privateAnswer}
                type="radio"
                name={name}
                value={point}
                checked={value === point}
                onChange={() => onChange(point)}
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
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t('exercise.clearScale')}
          <span className="visually-hidden">{`: ${props.clearName}`}</span>
        </button>
      )}
    </fieldset>
  );
}

interface ScalePrintProps {
  max: 10 | 100;
  minLabel: string;
  maxLabel: string;
  value: number | null | undefined;
}

/** A rating on paper: a row of numbered boxes to circle, the chosen one filled in. */
export function ScalePrint({ max, minLabel, maxLabel, value }: ScalePrintProps): JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <ol className="scale-print">
        {ratingPoints(max).map((point) => (
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
    </>
  );
}
