import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { privateAnswer, ratingPoints } from './fields';
import { limits } from '../../../common/limits';

/** One column of a row table: what it holds and how it is filled in. */
export interface ColumnSpec {
  key: string;
  label: string;
  kind: 'text' | 'long' | 'tel' | 'rating' | 'choice' | 'datetime';
  /** For a rating: 0–10 or 0–100. */
  max?: 10 | 100;
  /** For a choice: its values and what each is called. */
  options?: readonly { value: string; label: string }[];
}

type Cell = string | number | null | undefined;

interface RowFieldProps {
  column: ColumnSpec;
  value: Cell;
  /** The row's number on screen, from 1: with the column it names the field ("Trigger, row 2"). */
  rowNumber: number;
  /** The first field of a row takes focus when the row is added. */
  first: boolean;
  onChange(value: string | number | null): void;
}

/** A column's heading, with the range of a rating ("Risk (0–10)"). */
export function columnHeading(column: ColumnSpec): string {
  return column.kind === 'rating' ? `${column.label} (0–${column.max ?? 10})` : column.label;
}

/**
 * One cell of a row on screen: a field named by its column and row ("Trigger,
 * row 2"), so a screen reader says where it is whichever way the rows are laid
 * out. Its visible label shows only when rows are stacked as cards; in a table
 * the column heading says it.
 */
export function RowField({ column, value, rowNumber, first, onChange }: RowFieldProps): JSX.Element {
  const { t } = useTranslation();
  const uid = useId();
  const heading = columnHeading(column);
  const field = {
    ...privateAnswer,
    id: uid,
    'aria-label': t('exercises.rows.cell', { column: heading, number: rowNumber }),
    ...(first ? { 'data-focus': 'first' } : {}),
  };
  const text = typeof value === 'string' ? value : '';
  let control: JSX.Element;
  switch (column.kind) {
    case 'rating':
    case 'choice': {
      const options =
        column.kind === 'rating'
          ? ratingPoints(column.max ?? 10).map((p) => ({ value: String(p), label: String(p) }))
          : (column.options ?? []);
      control = (
        <select
          {...field}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const v = e.target.value;
            onChange(v === '' ? null : column.kind === 'rating' ? Number(v) : v);
          }}
        >
          <option value="">{t('exercises.rating.none')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'long':
      control = (
        <textarea
          {...field}
          className="text-area"
          rows={2}
          maxLength={limits.paragraphChars}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    default:
      control = (
        <input
          {...field}
          type={column.kind === 'datetime' ? 'datetime-local' : column.kind === 'tel' ? 'tel' : 'text'}
          className="text-input"
          maxLength={column.kind === 'tel' ? limits.phoneChars : limits.lineChars}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
  return (
    <td className={`row-cell col-${column.kind}`}>
      <label className="cell-label" htmlFor={uid}>
        {heading}
      </label>
      {control}
    </td>
  );
}

/** Formats a datetime-local value ("2026-03-14T19:30") for reading, in the person's locale. */
export function formatWhen(value: string, locale?: string): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(locale ?? 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

/** One cell of a row on paper. */
export function RowCellPrint({ column, value }: { column: ColumnSpec; value: Cell }): JSX.Element | null {
  const { i18n } = useTranslation();
  if (value === null || value === undefined || value === '') return null;
  if (column.kind === 'choice') {
    return <>{column.options?.find((o) => o.value === value)?.label ?? String(value)}</>;
  }
  if (column.kind === 'rating') return <>{`${value}/${column.max ?? 10}`}</>;
  if (column.kind === 'datetime' && typeof value === 'string') return <>{formatWhen(value, i18n.language)}</>;
  return <span className="cell-text">{String(value)}</span>;
}
