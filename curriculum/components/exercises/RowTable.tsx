import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { newRowId } from '../../../common/rows';
import type { LessonMode } from '../ExerciseContext';
import { Hint } from './ExerciseFrame';
import { RowField, RowCellPrint, type ColumnSpec } from './RowField';

export type { ColumnSpec } from './RowField';
export type Cell = string | number | null;
/** A row keyed by its stable id (common/rows.ts), never by its position. */
export type Row = Record<string, Cell> & { id: string };

interface RowTableProps<R extends Row> {
  mode: LessonMode;
  label: string;
  /** Class of the label: the exercise's own label, or a part of a larger form. */
  labelClass?: string;
  hint?: string;
  columns: readonly ColumnSpec[];
  rows: readonly R[];
  onChange(rows: R[]): void;
  /** A new row's cells; RowTable gives it its id. */
  newRow(): Omit<R, 'id'>;
  /** How a row is named to screen readers and on its legend ("Row 2", or an entry's date). */
  rowName(index: number, row: R): string;
  addLabel: string;
  /** Whether rows can be moved up and down (a dated log keeps its own order). */
  reorder?: boolean;
  /** Where "Add" puts the new row: at the end, or first (newest first). */
  addAt?: 'end' | 'start';
  /** Empty rows to write in on a blank printed worksheet. */
  blankRows?: number;
}

type Focus = { row: number; target: 'first' | 'up' | 'down' } | { row: -1; target: 'add' };

/**
 * The row primitive behind tables, lists, charts and logs. On screen each row is
 * a group of labelled fields with buttons to move it and remove it, so a keyboard
 * or screen-reader user always knows which row and column they are in; on paper
 * it is a ruled table, with empty rows to write in when printed blank.
 */
export function RowTable<R extends Row>(props: RowTableProps<R>): JSX.Element {
  const { t } = useTranslation();
  const { mode, columns, rows, onChange, rowName } = props;
  const list = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const hintId = useId();

  useEffect(() => {
    if (focus === null || list.current === null) return;
    const selector =
      focus.target === 'add' ? '[data-focus="add"]' : `[data-row="${focus.row}"] [data-focus="${focus.target}"]`;
    list.current.querySelector<HTMLElement>(selector)?.focus();
    setFocus(null);
  }, [focus]);

  if (mode !== 'interactive') {
    const blank = Array.from({ length: props.blankRows ?? 4 }, () => null);
    const printed: (R | null)[] = mode === 'print-filled' && rows.length > 0 ? [...rows] : blank;
    return (
      <div className="row-table-print">
        <p className={props.labelClass ?? 'exercise-label'}>{props.label}</p>
        <Hint id={hintId} text={props.hint} />
        <table className={`row-table cols-${columns.length}`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={`col-${c.kind}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {printed.map((row, i) => (
              <tr key={row?.id ?? `blank-${i}`} className={row === null ? 'blank-row' : undefined}>
                {columns.map((c) => (
                  <td key={c.key} className={`col-${c.kind}`}>
                    {row === null ? null : <RowCellPrint column={c} value={row[c.key]} />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  // Changes find their row by id, so an edit can never land in a row that moved into another's place.
  const update = (id: string, key: string, value: Cell): void =>
    onChange(rows.map((row) => (row.id === id ? { ...row, [key]: value } : row)));
  const add = (): void => {
    const start = props.addAt === 'start';
    const row = { ...props.newRow(), id: newRowId() } as R;
    onChange(start ? [row, ...rows] : [...rows, row]);
    setFocus({ row: start ? 0 : rows.length, target: 'first' });
  };
  const remove = (index: number, id: string): void => {
    const name = rowName(index, rows[index] as R);
    onChange(rows.filter((row) => row.id !== id));
    setAnnouncement(t('exercises.rows.removed', { row: name }));
    setFocus(rows.length > 1 ? { row: Math.min(index, rows.length - 2), target: 'first' } : { row: -1, target: 'add' });
  };
  const move = (index: number, by: -1 | 1): void => {
    const to = index + by;
    const next = [...rows];
    [next[index], next[to]] = [next[to] as R, next[index] as R];
    onChange(next);
    setAnnouncement(
      t('exercises.rows.moved', { row: rowName(to, next[to] as R), position: to + 1, count: rows.length }),
    );
    // Keep focus on the same button in the moved row, or the other one when it reached an end.
    const target = by === -1 ? (to === 0 ? 'down' : 'up') : to === rows.length - 1 ? 'up' : 'down';
    setFocus({ row: to, target });
  };

  return (
    <fieldset className="row-table" aria-describedby={props.hint === undefined ? undefined : hintId}>
      <legend className={props.labelClass ?? 'exercise-label'}>{props.label}</legend>
      <Hint id={hintId} text={props.hint} />
      <div ref={list}>
        {rows.length === 0 ? <p className="rows-empty">{t('exercises.rows.empty')}</p> : null}
        <ol className="row-list">
          {rows.map((row, index) => {
            const name = rowName(index, row);
            return (
              <li key={row.id} data-row={index}>
                <fieldset className="row-group">
                  <legend className="row-name">{name}</legend>
                  <div className={`row-fields cols-${columns.length}`}>
                    {columns.map((c, ci) => (
                      <RowField
                        key={c.key}
                        column={c}
                        value={row[c.key]}
                        first={ci === 0}
                        onChange={(v) => update(row.id, c.key, v)}
                      />
                    ))}
                  </div>
                  <div className="row-actions">
                    {props.reorder !== false && index > 0 ? (
                      <button
                        type="button"
                        data-focus="up"
                        onClick={() => move(index, -1)}
                        aria-label={t('exercises.rows.moveUp', { row: name })}
                      >
                        {t('exercises.rows.up')}
                      </button>
                    ) : null}
                    {props.reorder !== false && index < rows.length - 1 ? (
                      <button
                        type="button"
                        data-focus="down"
                        onClick={() => move(index, 1)}
                        aria-label={t('exercises.rows.moveDown', { row: name })}
                      >
                        {t('exercises.rows.down')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      onClick={() => remove(index, row.id)}
                      aria-label={t('exercises.rows.remove', { row: name })}
                    >
                      {t('exercises.rows.removeShort')}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" className="add-row" data-focus="add" onClick={add}>
          {props.addLabel}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
