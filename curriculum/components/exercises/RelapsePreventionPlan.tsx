import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ContactsTable } from './ContactsTable';
import { TextFields } from './fields';
import { FormFrame, type FormProps } from './FormFrame';

type Answer = AnswerOf<'relapse-prevention-plan'>;
const before = ['highRisk', 'warningSigns', 'coping'] as const;
type TextKey = (typeof before)[number] | 'lapsePlan';

/** High-risk situations, warning signs, coping responses, people to call, and what I will do if I lapse. */
export function RelapsePreventionPlan({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const spec = (key: TextKey) => ({
    key,
    label: t(`exercises.relapse.${key}`),
    hint: t(`exercises.relapse.${key}Hint`),
    lines: 3,
  });
  const onText = (key: TextKey, text: string): void => set({ ...value, [key]: text });
  return (
    <FormFrame
      id={id}
      type="relapse-prevention-plan"
      label={label ?? t('exercises.relapse.title')}
      hint={hint}
      hintId={ids.hint}
    >
      <TextFields mode={mode} fields={before.map(spec)} value={value} onChange={onText} />
      <ContactsTable
        mode={mode}
        label={t('exercises.relapse.people')}
        contacts={value?.people}
        onChange={(people) => set({ ...value, people })}
      />
      <TextFields mode={mode} fields={[spec('lapsePlan')]} value={value} onChange={onText} />
    </FormFrame>
  );
}
