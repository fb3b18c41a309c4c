import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../../common/exercises';
import { useExercise } from '../ExerciseContext';
import { PrintedText } from './ExerciseFrame';
import { TextField } from './fields';
import { FormFrame, type FormProps } from './FormFrame';

type Answer = AnswerOf<'decisional-balance'>;
type Key = keyof Answer;

const grid: readonly (readonly [Key, Key])[] = [
  ['changeGood', 'changeNotSoGood'],
  ['stayGood', 'stayNotSoGood'],
];

/**
 * A 2 x 2 grid of the good things and the not-so-good things about changing and
 * about not changing. It helps a person see both sides; it is never used to argue.
 */
export function DecisionalBalance({ id, label, hint }: FormProps): JSX.Element {
  const { t } = useTranslation();
  const { mode, value, set, ids } = useExercise<Answer>(id);
  const title = label ?? t('exercises.balance.title');
  const rowHead = [t('exercises.balance.changing'), t('exercises.balance.notChanging')];
  return (
    <FormFrame id={id} type="decisional-balance" label={title} hint={hint} hintId={ids.hint}>
      {mode === 'interactive' ? (
        <div className="balance-grid">
          {grid.flat().map((key) => (
            <TextField
              key={key}
              mode={mode}
              spec={{ key, label: t(`exercises.balance.${key}`), lines: 4 }}
              value={value?.[key]}
              onChange={(text) => set({ ...value, [key]: text })}
            />
          ))}
        </div>
      ) : (
        <table className="balance-print">
          <thead>
            <tr>
              <td />
              <th scope="col">{t('exercises.balance.good')}</th>
              <th scope="col">{t('exercises.balance.notSoGood')}</th>
            </tr>
          </thead>
          <tbody>
            {grid.map((keys, row) => (
              <tr key={keys[0]}>
                <th scope="row">{rowHead[row]}</th>
                {keys.map((key) => (
                  <td key={key}>
                    <PrintedText text={value?.[key]} lines={6} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </FormFrame>
  );
}
