import { z } from 'zod';

/**
 * Rows of row exercises (lists, tables, charts, logs, contacts) carry a stable
 * id, unique within their list, so the screen keys them by id and deleting or
 * moving a row never moves another row's answer. Rows stored before ids were
 * numbered `r1`, `r2`, … by the upgrade step (core/store/steps/v3RowIds.ts);
 * new rows get a random id.
 */
export const rowId = z.string().regex(/^[a-z0-9]{1,24}$/, 'a row id: lowercase letters and digits');

/** A list of at most `max` rows, each with an id no other row in the list has. */
export function rowsOf<Row extends z.ZodObject<{ id: typeof rowId }>>(row: Row, max: number) {
  return z
    .array(row)
    .max(max)
    .refine((rows) => new Set(rows.map((r) => r.id)).size === rows.length, 'each row needs its own id');
}

/** A new row's id: random, so it cannot meet an id from another window or an upgraded file (`r1`, `r2`, …). */
export function newRowId(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint32Array(2));
  return `n${a.toString(36)}${b.toString(36)}`;
}
