import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame } from './ExerciseFrame';
import { RowTable } from './RowTable';

export interface TableProps {
  id: string;
  label: string;
  /** The column headings, 1 to 8. Each row has one written cell per column. */
  columns: string[];
  hint?: string;
  /** Empty rows to write in on a blank printed worksheet (default 4). */
  rows?: number;
}

const key = (i: number): string => `c${i}`;
/** On screen a row's cells are keyed c0, c1, …; stored, they are `cells` in column order. */
type TableRow = Record<string, string> & { id: string };

/** A table whose columns the lesson defines, with rows the person adds, reorders and removes. */
export function Table({ id, label, columns, hint, rows = 4 }: TableProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<AnswerOf<'table'>>(id);
  const specs = columns.map((c, i) => ({ key: key(i), label: c, kind: 'text' as const }));
  const blank = (): Record<string, string> => Object.fromEntries(columns.map((_, i) => [key(i), '']));
  return (
    <ExerciseFrame id={id} type="table">
      <RowTable<TableRow>
        mode={mode}
        label={label}
        hint={hint}
        columns={specs}
        rows={(value ?? []).map((row): TableRow => ({
          ...Object.fromEntries(columns.map((_, i) => [key(i), row.cells[i] ?? ''])),
          id: row.id,
        }))}
        onChange={(next) =>
          set(next.map((row) => ({ id: row.id, cells: columns.map((_, i) => String(row[key(i)] ?? '')) })))
        }
        newRow={blank}
        rowName={(i) => t('exercises.rows.name', { number: i + 1 })}
        addLabel={t('exercises.rows.add')}
        blankRows={rows}
      />
    </ExerciseFrame>
  );
}
