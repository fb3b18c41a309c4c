import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { ContactsTable } from './ContactsTable';
import { useCrisisLines } from './crisisLinesContext';
import { TextField } from './fields';
import { FormFrame, type FormProps } from './FormFrame';

type Answer = AnswerOf<'safety-plan'>;

/**
 * A six-step safety plan, in the published order: warning signs; things I can do
 * on my own; people and places that take my mind off things; people I can ask for
 * help; professionals and crisis lines; making my surroundings safer. The app's
 * crisis lines are always part of step 5, on screen and on paper.
 */
export function SafetyPlan({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const crisisLines = useCrisisLines();
  const step = (n: number): string => t('exercises.safety.step', { number: n, title: t(`exercises.safety.s${n}`) });
  const text = (key: 'warningSigns' | 'ownCoping' | 'distractions' | 'safer', n: number) => (
    <TextField
      mode={mode}
      spec={{ key, label: step(n), hint: t(`exercises.safety.s${n}Hint`), lines: 3 }}
      value={value?.[key]}
      onChange={(v) => set({ ...value, [key]: v })}
    />
  );
  return (
    <FormFrame id={id} type="safety-plan" label={label ?? t('exercises.safety.title')} hint={hint} hintId={ids.hint}>
      {text('warningSigns', 1)}
      {text('ownCoping', 2)}
      {text('distractions', 3)}
      <ContactsTable
        mode={mode}
        label={step(4)}
        hint={t('exercises.safety.s4Hint')}
        contacts={value?.helpers}
        onChange={(helpers) => set({ ...value, helpers })}
      />
      <ContactsTable
        mode={mode}
        label={step(5)}
        hint={t('exercises.safety.s5Hint')}
        contacts={value?.professionals}
        onChange={(professionals) => set({ ...value, professionals })}
        blankRows={2}
      />
      <div className="crisis-lines-box">
        <p className="field-label">{t('exercises.safety.crisisLines')}</p>
        <ul className="plan-crisis-lines">
          {crisisLines.map((line) => (
            <li key={line.name}>
              <strong>{line.name}</strong>: {line.contact}. {line.detail}
            </li>
          ))}
        </ul>
      </div>
      {text('safer', 6)}
    </FormFrame>
  );
}
