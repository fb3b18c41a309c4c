import type { ColumnSpec } from './RowField';

/**
 * How wide a row exercise must be to show as a table. Below that width its rows
 * are stacked cards (renderer/styles/exercises.css switches by container query),
 * so no field is ever squeezed under its neighbour. The figures were measured in
 * Chromium with the app's font at 16 px: a date-and-time field needs 15 rem, a
 * select its longest choice plus 2.5 rem, the Remove button 5.8 rem.
 */

/** The least room a column of each kind of field is given in a table, in rem. */
export const columnRem: Record<ColumnSpec['kind'], number> = {
  text: 7,
  tel: 8.5,
  long: 8,
  rating: 5.5,
  choice: 7,
  datetime: 15,
};

/** The row-number column, and the column of move and remove buttons (arrows above Remove). */
export const ROW_NUMBER_REM = 2.5;
export const ACTIONS_REM = { reorder: 7, removeOnly: 6.5 } as const;
/** Horizontal padding of one cell. */
const CELL_PADDING_REM = 0.5;

/** The fixed width of a column, when its field has one: a date, a rating, or a choice as wide as its longest option. */
export function fixedColumnRem(column: ColumnSpec): number | undefined {
  if (column.kind === 'choice') {
    const longest = Math.max(0, ...(column.options ?? []).map((o) => o.label.length));
    return Math.max(columnRem.choice, longest * 0.45 + 2.5);
  }
  if (column.kind === 'rating' || column.kind === 'datetime') return columnRem[column.kind];
  return undefined;
}

/** The width, in rem, under which the rows of these columns cannot be a table. */
export function tableRem(columns: readonly ColumnSpec[], reorder: boolean): number {
  const cells = columns.reduce((sum, c) => sum + (fixedColumnRem(c) ?? columnRem[c.kind]), 0);
  const edges = ROW_NUMBER_REM + (reorder ? ACTIONS_REM.reorder : ACTIONS_REM.removeOnly);
  return cells + edges + (columns.length + 2) * CELL_PADDING_REM;
}

/**
 * The widths a table may start at. CSS container queries cannot read a number
 * from the page, so each table takes the next step up from the room it needs,
 * and exercises.css has one rule per step.
 */
export const tableSteps = [24, 32, 40, 48, 56, 64, 72, 80, 88] as const;

/** The step from which these rows are a table, or null when no screen is wide enough. */
export function tableStep(columns: readonly ColumnSpec[], reorder: boolean): number | null {
  const need = tableRem(columns, reorder);
  return tableSteps.find((s) => s >= need) ?? null;
}

/** The class that tells exercises.css from which width these rows are a table: `fit-56`, or `fit-never`. */
export function fitClass(columns: readonly ColumnSpec[], reorder: boolean): string {
  const step = tableStep(columns, reorder);
  return step === null ? 'fit-never' : `fit-${step}`;
}

/** The width of a lesson's reading column, in rem, where exercises sit on a laptop. */
export const READING_REM = 54;

/** Rows that are a table only when wider than the reading column ask for a wider worksheet on wide screens. */
export function needsWideWorksheet(columns: readonly ColumnSpec[], reorder: boolean): boolean {
  const step = tableStep(columns, reorder);
  return step !== null && step > READING_REM;
}
