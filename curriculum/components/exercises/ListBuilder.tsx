import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame } from './ExerciseFrame';
import { RowTable } from './RowTable';

export interface ListBuilderProps {
  id: string;
  label: string;
  hint?: string;
  /** What one item is called ("Option", "Reason"); "Item" by default. */
  itemLabel?: string;
  /** Numbered lines to write on in a blank printed worksheet (default 5). */
  lines?: number;
}

/** A list the person builds: add items, remove them, and move them up or down to put them in order. */
export function ListBuilder({ id, label, hint, itemLabel, lines = 5 }: ListBuilderProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<AnswerOf<'list-builder'>>(id);
  const item = itemLabel ?? t('exercises.list.item');
  return (
    <ExerciseFrame id={id} type="list-builder">
      <RowTable
        mode={mode}
        label={label}
        hint={hint}
        columns={[{ key: 'text', label: item, kind: 'text' }]}
        rows={value ?? []}
        onChange={set}
        newRow={() => ({ text: '' })}
        rowName={(i) => t('exercises.list.name', { item, number: i + 1 })}
        addLabel={t('exercises.list.add', { item: item.toLowerCase() })}
        blankRows={lines}
      />
    </ExerciseFrame>
  );
}
