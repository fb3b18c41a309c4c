import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { newRowId, rowId, rowsOf } from '../../common/rows';

describe('row ids', () => {
  it('gives a new row an id that passes the row id check and never looks like an upgraded row (r1, r2, …)', () => {
    const ids = Array.from({ length: 50 }, () => newRowId());
    for (const id of ids) {
      expect(rowId.safeParse(id).success, id).toBe(true);
      expect(id).toMatch(/^n/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a list of rows where two rows share an id, or that is too long', () => {
    const rows = rowsOf(z.object({ id: rowId, what: z.string() }), 2);
    const row = (id: string) => ({ id, what: 'Tea' });
    expect(rows.safeParse([row('r1'), row('r2')]).success).toBe(true);
    expect(rows.safeParse([row('r1'), row('r1')]).success).toBe(false);
    expect(rows.safeParse([row('r1'), row('r2'), row('r3')]).success).toBe(false);
  });
});
