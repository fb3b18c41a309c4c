import type { UpgradeStep } from '../upgrade';

/**
 * Lesson and history files, version 2 → 3: the rows of row exercises get stable
 * ids, so deleting a row never moves another row's answer. Frozen as written:
 * it reads version-2 values only and never follows later changes to the answer
 * schemas (a later change gets a step of its own).
 *
 * Version 2 values were: a list as `string[]`, a table as `string[][]`, and the
 * rows of trigger charts, craving logs, thought records' feelings and the plans'
 * contacts as objects without an id. Version 3 puts `id: "r1"`, `"r2"`, … on
 * each row (a list item becomes `{ id, text }`, a table row `{ id, cells }`).
 * Anything that does not look like a version-2 value is left as it was, so the
 * load's own check sets it aside instead of losing it.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id of the row at `index`: ids only need to be unique within one list. */
const idAt = (index: number): string => `r${index + 1}`;

function rows(list: unknown, toRow: (row: unknown, id: string) => unknown): unknown {
  return Array.isArray(list) ? list.map((row, i) => toRow(row, idAt(i))) : list;
}

const objectRow = (row: unknown, id: string): unknown => (isObject(row) && !('id' in row) ? { id, ...row } : row);

function inForm(value: unknown, keys: readonly string[]): unknown {
  if (!isObject(value)) return value;
  const next = { ...value };
  for (const key of keys) if (key in next) next[key] = rows(next[key], objectRow);
  return next;
}

/** One stored answer value of exercise type `type`, version 2 → 3. */
export function rowIdsIn(type: unknown, value: unknown): unknown {
  switch (type) {
    case 'list-builder':
      return rows(value, (row, id) => (typeof row === 'string' ? { id, text: row } : row));
    case 'table':
      return rows(value, (row, id) => (Array.isArray(row) ? { id, cells: row } : row));
    case 'trigger-chart':
    case 'craving-log':
      return rows(value, objectRow);
    case 'thought-record':
      return inForm(value, ['feelings']);
    case 'relapse-prevention-plan':
      return inForm(value, ['people']);
    case 'safety-plan':
      return inForm(value, ['helpers', 'professionals']);
    default:
      return value;
  }
}

const withValue = (record: unknown): unknown =>
  isObject(record) ? { ...record, value: rowIdsIn(record.type, record.value) } : record;

/** A lesson file: every current answer. Set-aside answers are kept exactly as they were found. */
export const lessonRowIds: UpgradeStep = {
  from: 2,
  what: 'rows of row exercises get stable ids',
  run: (old) => ({
    ...old,
    answers: isObject(old.answers)
      ? Object.fromEntries(Object.entries(old.answers).map(([id, record]) => [id, withValue(record)]))
      : old.answers,
  }),
};

/** A history file: every earlier version. */
export const historyRowIds: UpgradeStep = {
  from: 2,
  what: 'rows of row exercises get stable ids',
  run: (old) => ({ ...old, versions: Array.isArray(old.versions) ? old.versions.map(withValue) : old.versions }),
};
