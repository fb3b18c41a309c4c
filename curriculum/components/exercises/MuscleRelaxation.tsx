import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { PracticeFrame, type PracticeProps } from './PracticeFrame';
import { StepThrough } from './StepThrough';

/**
 * The muscle groups, in the order the lesson "Muscle Relaxation and Grounding"
 * teaches them (hands to feet); a test holds the lesson's list to this one.
 */
export const muscleGroups = ['hands', 'arms', 'face', 'jaw', 'shoulders', 'back', 'stomach', 'legs', 'feet'] as const;

/**
 * Progressive muscle relaxation, one muscle group at a time: tense gently for
 * about five seconds, let go and rest for 20 to 30, then once more: about a
 * minute a group, so the nine groups fill the ten minutes or so the lesson plans.
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
          steps={muscleGroups.map((g) => ({
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
        <>
          <p className="exercise-hint">{t('exercises.muscle.rhythm')}</p>
          <ol className="muscle-steps">
            {muscleGroups.map((g) => (
              <li key={g}>
                <strong>{t(`exercises.muscle.${g}`)}</strong>: {t(`exercises.muscle.${g}Guide`)}
              </li>
            ))}
          </ol>
        </>
      )}
    </PracticeFrame>
  );
}
