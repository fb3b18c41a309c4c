import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { PracticeFrame, type PracticeProps } from './PracticeFrame';
import { StepThrough } from './StepThrough';

const groups = ['hands', 'arms', 'shoulders', 'face', 'jaw', 'stomach', 'legs', 'feet'] as const;

/**
 * Progressive muscle relaxation, one muscle group at a time: tense gently for
 * about five seconds, then let go and notice the difference for about ten.
 */
export function MuscleRelaxation({ id, label, feeling }: PracticeProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<AnswerOf<'muscle-relaxation'>>(id);
  return (
    <PracticeFrame
      id={id}
      type="muscle-relaxation"
      mode={mode}
      title={label ?? t('exercises.muscle.title')}
      intro={t('exercises.muscle.intro')}
      feeling={feeling ?? t('exercises.muscle.feeling')}
      value={value}
      onRate={(which, r) => set({ ...value, [which]: r })}
    >
      {mode === 'interactive' ? (
        <StepThrough
          doneText={t('exercises.muscle.done')}
          steps={groups.map((g) => ({
            title: t(`exercises.muscle.${g}`),
            body: (
              <>
                <p>{t(`exercises.muscle.${g}Guide`)}</p>
                <p className="exercise-hint">{t('exercises.muscle.rhythm')}</p>
              </>
            ),
          }))}
        />
      ) : (
        <ol className="muscle-steps">
          {groups.map((g) => (
            <li key={g}>
              <strong>{t(`exercises.muscle.${g}`)}</strong>: {t(`exercises.muscle.${g}Guide`)}
            </li>
          ))}
        </ol>
      )}
    </PracticeFrame>
  );
}
