import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { TextField } from './fields';
import { FormFrame, type FormProps } from './FormFrame';

type Answer = AnswerOf<'coping-card'>;

/** A card to carry: the trigger or hot thought on the front; a believable answer and the steps to take on the back. */
export function CopingCard({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const field = (key: keyof Answer, lines: number) => (
    <TextField
      mode={mode}
      spec={{ key, label: t(`exercises.card.${key}`), hint: t(`exercises.card.${key}Hint`), lines }}
      value={value?.[key]}
      onChange={(text) => set({ ...value, [key]: text })}
    />
  );
  return (
    <FormFrame id={id} type="coping-card" label={label ?? t('exercises.card.title')} hint={hint} hintId={ids.hint}>
      <div className="card-sides">
        <section className="card-side card-front" aria-label={t('exercises.card.frontSide')}>
          <p className="card-side-name" aria-hidden="true">
            {t('exercises.card.frontSide')}
          </p>
          {field('front', 4)}
        </section>
        <section className="card-side card-back" aria-label={t('exercises.card.backSide')}>
          <p className="card-side-name" aria-hidden="true">
            {t('exercises.card.backSide')}
          </p>
          {field('back', 3)}
          {field('steps', 3)}
        </section>
      </div>
    </FormFrame>
  );
}
