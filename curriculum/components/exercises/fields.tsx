import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonMode } from '../ExerciseContext';
import { Hint, PrintedText } from './ExerciseFrame';
import { limits } from '../../../common/limits';

/**
 * Attributes every answer control carries, so Chromium keeps no copy of what a
 * person types or chooses: autocomplete="off" keeps answers out of autofill's
 * stored entries ("Web Data") and out of the form state Chromium saves with a page
 * for session restore; spellcheck="false" keeps the spell checker from reading
 * them (and offering to add their words to its dictionary).
 */
export const privateAnswer = { autoComplete: 'off', spellCheck: false } as const;

/** One written field of a larger form: its key in the answer object, its label and its printed size. */
export interface TextFieldSpec<K extends string = string> {
  key: K;
  label: string;
  hint?: string;
  /** Ruled lines in a blank printed worksheet; 1 makes a one-line field on screen. */
  lines: number;
}

interface TextFieldProps {
  mode: LessonMode;
  spec: TextFieldSpec;
  value: string | undefined;
  onChange(text: string): void;
}

/**
 * A labelled written answer inside a larger exercise: a text box on screen (a
 * one-line input, or a text area that grows as the person types), and a label
 * with their words or ruled lines on paper.
 */
export function TextField({ mode, spec, value, onChange }: TextFieldProps): JSX.Element {
  const uid = useId();
  const hintId = `${uid}-hint`;
  if (mode !== 'interactive') {
    return (
      <div className="form-field">
        <p className="field-label">{spec.label}</p>
        <Hint id={hintId} text={spec.hint} />
        <PrintedText text={value} lines={spec.lines} />
      </div>
    );
  }
  const common = {
    ...privateAnswer,
    id: uid,
    value: value ?? '',
    'aria-describedby': spec.hint === undefined ? undefined : hintId,
  };
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={uid}>
        {spec.label}
      </label>
      <Hint id={hintId} text={spec.hint} />
      {spec.lines <= 1 ? (
        <input
          {...common}
          type="text"
          className="text-input"
          maxLength={limits.lineChars}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <textarea
          {...common}
          className="text-area"
          rows={Math.min(spec.lines, 6)}
          maxLength={limits.paragraphChars}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

interface TextFieldsProps<K extends string> {
  mode: LessonMode;
  fields: readonly TextFieldSpec<K>[];
  value: Partial<Record<K, string>> | undefined;
  onChange(key: K, text: string): void;
}

/** Several written fields of one form, in order. */
export function TextFields<K extends string>({ mode, fields, value, onChange }: TextFieldsProps<K>): JSX.Element {
  return (
    <>
      {fields.map((spec) => (
        <TextField
          key={spec.key}
          mode={mode}
          spec={spec}
          value={value?.[spec.key]}
          onChange={(t) => onChange(spec.key, t)}
        />
      ))}
    </>
  );
}

/** The points of a 0–10 (step 1) or 0–100 (step 10) rating. */
export const ratingPoints = (max: 10 | 100): number[] =>
  Array.from({ length: 11 }, (_, i) => (max === 100 ? i * 10 : i));

interface RatingSelectProps {
  label: string;
  max: 10 | 100;
  value: number | null | undefined;
  onChange(value: number | null): void;
}

/** A compact rating for a table cell or form row: a labelled drop-down of the scale's points. */
export function RatingSelect({ label, max, value, onChange }: RatingSelectProps): JSX.Element {
  const { t } = useTranslation();
  const uid = useId();
  return (
    <div className="form-field rating-select">
      <label className="field-label" htmlFor={uid}>
        {label}
      </label>
      <select
        {...privateAnswer}
        id={uid}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('exercises.rating.none')}</option>
        {ratingPoints(max).map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A rating on paper: the number the person chose, or a box to write one in, with the scale's range. */
export function PrintedRating({ value, max }: { value: number | null | undefined; max: 10 | 100 }): JSX.Element {
  return (
    <span className="printed-rating">
      <span className="rating-box">{value === null || value === undefined ? '' : value}</span>
      <span className="rating-range">/{max}</span>
    </span>
  );
}
