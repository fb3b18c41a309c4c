import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { TextField } from './fields';
import { PracticeFrame, type PracticeProps } from './PracticeFrame';
import { StepThrough } from './StepThrough';

type Answer = AnswerOf<'grounding-steps'>;
const senses = ['see', 'touch', 'hear', 'smell', 'taste'] as const;

/** 5-4-3-2-1 grounding: five things you see, four you can touch, three you hear, two you smell, one you taste. */
export function GroundingSteps({ id, label, feeling }: PracticeProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set } = useExercise<Answer>(id);
  const noticed = value?.noticed ?? [];
  const note = (i: number, text: string): void =>
    set({ ...value, noticed: senses.map((_, j) => (j === i ? text : (noticed[j] ?? ''))) });
  const field = (sense: (typeof senses)[number], i: number) => (
    <TextField
      mode={mode}
      spec={{
        key: sense,
        label: mode === 'interactive' ? t('exercises.grounding.noticed') : t(`exercises.grounding.${sense}`),
        lines: Math.max(1, 5 - i),
      }}
      value={noticed[i]}
      onChange={(text) => note(i, text)}
    />
  );
  return (
    <PracticeFrame
      id={id}
      type="grounding-steps"
      mode={mode}
      title={label ?? t('exercises.grounding.title')}
      intro={t('exercises.grounding.intro')}
      feeling={feeling ?? t('exercises.grounding.feeling')}
      value={value}
      onRate={(which, r) => set({ ...value, [which]: r })}
    >
      {mode === 'interactive' ? (
        <StepThrough
          doneText={t('exercises.grounding.done')}
          steps={senses.map((sense, i) => ({
            title: t(`exercises.grounding.${sense}`),
            body: (
              <>
                <p>{t(`exercises.grounding.${sense}Guide`)}</p>
                {field(sense, i)}
              </>
            ),
          }))}
        />
      ) : (
        senses.map((sense, i) => <div key={sense}>{field(sense, i)}</div>)
      )}
    </PracticeFrame>
  );
}
