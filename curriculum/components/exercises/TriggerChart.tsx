import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame } from './ExerciseFrame';
import { RowTable } from './RowTable';

export interface TriggerChartProps {
  id: string;
  label?: string;
  hint?: string;
  /** Empty rows to write in on a blank printed worksheet (default 5). */
  rows?: number;
}

type TriggerRow = AnswerOf<'trigger-chart'>[number];

/** Triggers, each marked external or internal, rated for risk 0–10, with a plan. */
export function TriggerChart({ id, label, hint, rows = 5 }: TriggerChartProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<TriggerRow[]>(id);
  const columns = [
    { key: 'trigger', label: t('exercises.trigger.trigger'), kind: 'text' },
    {
      key: 'kind',
      label: t('exercises.trigger.kind'),
      kind: 'choice',
      options: [
        { value: 'external', label: t('exercises.trigger.external') },
        { value: 'internal', label: t('exercises.trigger.internal') },
      ],
    },
    { key: 'risk', label: t('exercises.trigger.risk'), kind: 'rating', max: 10 },
    { key: 'plan', label: t('exercises.trigger.plan'), kind: 'long' },
  ] as const;
  return (
    <ExerciseFrame id={id} type="trigger-chart">
      <RowTable<TriggerRow>
        mode={mode}
        label={label ?? t('exercises.trigger.title')}
        hint={hint}
        columns={columns}
        rows={value ?? []}
        onChange={set}
        newRow={() => ({ trigger: '', kind: null, risk: null, plan: '' })}
        rowName={(i) => t('exercises.trigger.name', { number: i + 1 })}
        addLabel={t('exercises.trigger.add')}
        blankRows={rows}
      />
    </ExerciseFrame>
  );
}
