import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { RowField, type ColumnSpec } from './RowField';
import { fitClass, fixedColumnRem } from './rowLayout';

type Cell = string | number | null;

interface RowGridProps<R extends { id: string }> {
  /** Id of the exercise's legend, which names the table. */
  labelId: string;
  columns: readonly ColumnSpec[];
  rows: readonly R[];
  rowName(index: number, row: R): string;
  reorder: boolean;
  update(id: string, key: string, value: Cell): void;
  move(index: number, by: -1 | 1): void;
  remove(index: number, id: string): void;
}

/**
 * The rows of a row exercise on screen: a table with a heading for each column
 * and one row of fields per row, read and tabbed through row by row. Where the
 * exercise is too narrow for its columns (fitClass), exercises.css lays each row
 * out as a card with a visible label on every field instead.
 */
export function RowGrid<R extends { id: string }>(props: RowGridProps<R>): JSX.Element {
  const { t } = useTranslation();
  const { columns, rows, rowName, reorder } = props;
  return (
    <div className={`row-fit ${fitClass(columns, reorder)}`}>
      <table className="row-grid" aria-labelledby={props.labelId}>
        <colgroup>
          <col className="col-number" />
          {columns.map((c) => {
            const rem = fixedColumnRem(c);
            // The widest choice decides its column's width, so a chosen answer is never cut off.
            return <col key={c.key} className={`col-${c.kind}`} style={rem ? { width: `${rem}rem` } : undefined} />;
          })}
          <col className={reorder ? 'col-actions' : 'col-actions remove-only'} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('exercises.rows.number')}</span>
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.kind === 'rating' ? (
                  // The range stays on one line: "(0–" alone at a line's end reads as a mistake.
                  <>
                    {c.label} <span className="nowrap">{`(0–${c.max ?? 10})`}</span>
                  </>
                ) : (
                  c.label
                )}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('exercises.rows.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const name = rowName(index, row);
            return (
              <tr key={row.id} data-row={index}>
                <th scope="row" className="row-head">
                  <span className="row-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="row-title">{name}</span>
                </th>
                {columns.map((c, ci) => (
                  <RowField
                    key={c.key}
                    column={c}
                    value={(row as Record<string, Cell>)[c.key]}
                    rowNumber={index + 1}
                    first={ci === 0}
                    onChange={(v) => props.update(row.id, c.key, v)}
                  />
                ))}
                <td className="row-actions">
                  <div className="row-buttons">
                    {reorder && index > 0 ? (
                      <ActionButton
                        focus="up"
                        icon="↑"
                        text={t('exercises.rows.up')}
                        label={t('exercises.rows.moveUp', { row: name })}
                        onClick={() => props.move(index, -1)}
                      />
                    ) : null}
                    {reorder && index < rows.length - 1 ? (
                      <ActionButton
                        focus="down"
                        icon="↓"
                        text={t('exercises.rows.down')}
                        label={t('exercises.rows.moveDown', { row: name })}
                        onClick={() => props.move(index, 1)}
                      />
                    ) : null}
                    <button
                      type="button"
                      className="row-remove"
                      onClick={() => props.remove(index, row.id)}
                      aria-label={t('exercises.rows.remove', { row: name })}
                    >
                      {t('exercises.rows.removeShort')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface ActionButtonProps {
  focus: 'up' | 'down';
  icon: string;
  text: string;
  label: string;
  onClick(): void;
}

/** Move up or down: an arrow in a table (its words show on a card and as a tooltip), named in full for screen readers. */
function ActionButton({ focus, icon, text, label, onClick }: ActionButtonProps): JSX.Element {
  return (
    <button type="button" className="row-move" data-focus={focus} onClick={onClick} aria-label={label} title={label}>
      <span aria-hidden="true">{icon}</span>
      <span className="move-text" aria-hidden="true">
        {text}
      </span>
    </button>
  );
}
