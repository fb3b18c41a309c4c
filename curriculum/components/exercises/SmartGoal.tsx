import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { TextFields } from './fields';
import { FormFrame, type FormProps } from './FormFrame';

type Answer = AnswerOf<'smart-goal'>;
const keys = ['goal', 'specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

/** A goal written, then checked: specific, measurable, achievable, relevant and time-bound. */
export function SmartGoal({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const fields = keys.map((key) => ({
    key,
    label: t(`exercises.smart.${key}`),
    hint: t(`exercises.smart.${key}Hint`),
    lines: key === 'goal' ? 3 : 2,
  }));
  return (
    <FormFrame id={id} type="smart-goal" label={label ?? t('exercises.smart.title')} hint={hint} hintId={ids.hint}>
      <TextFields mode={mode} fields={fields} value={value} onChange={(key, text) => set({ ...value, [key]: text })} />
    </FormFrame>
  );
}
