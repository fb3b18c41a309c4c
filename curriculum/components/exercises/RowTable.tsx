import { useEffect, useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { newRowId } from '../../../common/rows';
import type { LessonMode } from '../ExerciseContext';
import { Hint } from './ExerciseFrame';
import { RowCellPrint, type ColumnSpec } from './RowField';
import { RowGrid } from './RowGrid';
import { needsWideWorksheet } from './rowLayout';

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
  /** How a row is named to screen readers and on its card ("Row 2", or an entry's date). */
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
 * The row primitive behind tables, lists, charts and logs. On screen it is a
 * table (RowGrid) whose fields are named by column and row, with buttons to move
 * and remove each row, stacked as cards where the exercise is too narrow; adding,
 * moving and removing a row move focus where the person expects and say so
 * politely. On paper it is a ruled table, with empty rows to write in when
 * printed blank.
 */
export function RowTable<R extends Row>(props: RowTableProps<R>): JSX.Element {
  const { t } = useTranslation();
  const { mode, columns, rows, onChange, rowName } = props;
  const list = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const hintId = useId();
  const labelId = useId();

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
    const at = start ? 0 : rows.length;
    onChange(start ? [row, ...rows] : [...rows, row]);
    setAnnouncement(t('exercises.rows.added', { row: rowName(at, row) }));
    setFocus({ row: at, target: 'first' });
  };
  const remove = (index: number, id: string): void => {
    const name = rowName(index, rows[index] as R);
    onChange(rows.filter((row) => row.id !== id));
    setAnnouncement(t('exercises.rows.removed', { row: name }));
    // The row that took its place, or the add button when it was the last row.
    setFocus(index < rows.length - 1 ? { row: index, target: 'first' } : { row: -1, target: 'add' });
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
  const reorder = props.reorder !== false;
  // Rows that need more room than the reading column ask their worksheet to widen on wide screens (exercises.css).
  const wide = needsWideWorksheet(columns, reorder);

  return (
    <fieldset
      className={wide ? 'row-table rows-wide' : 'row-table'}
      aria-describedby={props.hint === undefined ? undefined : hintId}
    >
      <legend id={labelId} className={props.labelClass ?? 'exercise-label'}>
        {props.label}
      </legend>
      <Hint id={hintId} text={props.hint} />
      <div ref={list}>
        {rows.length === 0 ? (
          <p className="rows-empty">{t('exercises.rows.empty')}</p>
        ) : (
          // Only the rows are in the measured area: Chromium 150 lost the layout of a button after the
          // rows, inside a size container, when a row was added (the button had no box until reload).
          <div className="row-area">
            <RowGrid
              labelId={labelId}
              columns={columns}
              rows={rows}
              rowName={rowName}
              reorder={reorder}
              update={update}
              move={move}
              remove={remove}
            />
          </div>
        )}
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
