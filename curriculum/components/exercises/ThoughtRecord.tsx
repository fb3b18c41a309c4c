import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { PrintedRating, RatingSelect, TextField } from './fields';
import { FormFrame, type FormProps } from './FormFrame';
import { RowTable } from './RowTable';

type Answer = AnswerOf<'thought-record'>;
type Feeling = NonNullable<Answer['feelings']>[number];
type TextKey = 'situation' | 'thoughts' | 'hotThought' | 'evidenceFor' | 'evidenceAgainst' | 'balancedThought';

/**
 * The seven columns of a thought record, as seven steps: situation; feelings
 * rated 0–100; automatic thoughts and the "hot" one; evidence for; evidence
 * against; a balanced thought and how much I believe it; feelings re-rated.
 */
export function ThoughtRecord({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const feelings = value?.feelings ?? [];
  const step = (n: number): string => t('exercises.thought.step', { number: n, title: t(`exercises.thought.s${n}`) });
  const text = (key: TextKey, label: string, lines: number, hintKey?: string) => (
    <TextField
      mode={mode}
      spec={{ key, label, lines, hint: hintKey === undefined ? undefined : t(hintKey) }}
      value={value?.[key]}
      onChange={(v) => set({ ...value, [key]: v })}
    />
  );
  const feelingColumn = { key: 'feeling', label: t('exercises.thought.feeling'), kind: 'text' } as const;
  const setFeelings = (rows: Feeling[]): void => set({ ...value, feelings: rows });
  const feelingTable = (n: 2 | 7) => (
    <RowTable<Feeling>
      mode={mode}
      label={step(n)}
      labelClass="field-label"
      hint={t(`exercises.thought.s${n}Hint`)}
      columns={[
        feelingColumn,
        { key: n === 2 ? 'before' : 'after', label: t(`exercises.thought.rating${n}`), kind: 'rating', max: 100 },
      ]}
      rows={feelings}
      onChange={setFeelings}
      newRow={() => ({ feeling: '', before: null, after: null })}
      rowName={(i) => t('exercises.thought.feelingName', { number: i + 1 })}
      addLabel={t('exercises.thought.addFeeling')}
      blankRows={3}
    />
  );
  return (
    <FormFrame
      id={id}
      type="thought-record"
      label={label ?? t('exercises.thought.title')}
      hint={hint}
      hintId={ids.hint}
    >
      {text('situation', step(1), 3, 'exercises.thought.s1Hint')}
      {feelingTable(2)}
      {text('thoughts', step(3), 3, 'exercises.thought.s3Hint')}
      {text('hotThought', t('exercises.thought.hot'), 1, 'exercises.thought.hotHint')}
      {text('evidenceFor', step(4), 3)}
      {text('evidenceAgainst', step(5), 3)}
      {text('balancedThought', step(6), 3, 'exercises.thought.s6Hint')}
      {mode === 'interactive' ? (
        <RatingSelect
          label={t('exercises.thought.belief')}
          max={100}
          value={value?.belief}
          onChange={(belief) => set({ ...value, belief })}
        />
      ) : (
        <p className="field-label">
          {t('exercises.thought.belief')} <PrintedRating value={value?.belief} max={100} />
        </p>
      )}
      {mode !== 'interactive' ? (
        feelingTable(7)
      ) : (
        <fieldset className="rerate">
          <legend className="field-label">{step(7)}</legend>
          {feelings.length === 0 ? <p className="rows-empty">{t('exercises.thought.noFeelings')}</p> : null}
          {feelings.map((f, i) => (
            <RatingSelect
              key={f.id}
              label={t('exercises.thought.rerate', {
                feeling: f.feeling.trim() || t('exercises.thought.feelingName', { number: i + 1 }),
              })}
              max={100}
              value={f.after}
              onChange={(after) => setFeelings(feelings.map((g) => (g.id === f.id ? { ...g, after } : g)))}
            />
          ))}
        </fieldset>
      )}
    </FormFrame>
  );
}
