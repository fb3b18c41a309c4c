import { useId, type JSX } from 'react';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint } from './ExerciseFrame';
import { privateAnswer } from './fields';
import { toChoiceOptions, type ChoiceOption, type OptionInput } from '../../../common/optionValue';

export interface ChoiceProps {
  /** Stable key for the answer: never change it once a lesson is in use. */
  id: string;
  label: string;
  /**
   * The choices: each a short phrase (stored as its slug), or `{ value, label }`
   * where a translation keeps the English option's value. Changing a value sets
   * aside answers that picked it; rewording a label keeps them.
   */
  options: OptionInput[];
  hint?: string;
}

interface ChoiceListProps extends Omit<ChoiceProps, 'options'> {
  options: ChoiceOption[];
  type: 'single-choice' | 'multiple-choice';
  chosen: readonly string[];
  onToggle(option: string, on: boolean): void;
  mode: 'interactive' | 'print-blank' | 'print-filled';
  hintId: string;
}

/** The shared body of single and multiple choice: radio buttons or checkboxes on screen, boxes on paper. */
function ChoiceList(props: ChoiceListProps): JSX.Element {
  const name = useId();
  const { id, type, label, options, hint, chosen, mode, hintId } = props;
  const single = type === 'single-choice';
  if (mode !== 'interactive') {
    return (
      <ExerciseFrame id={id} type={type}>
        <p className="exercise-label">{label}</p>
        <Hint id={hintId} text={hint} />
        <ul className={single ? 'choice-print single' : 'choice-print'}>
          {options.map((option) => (
            <li key={option.value} className={chosen.includes(option.value) ? 'check-box checked' : 'check-box'}>
              {option.label}
            </li>
          ))}
        </ul>
      </ExerciseFrame>
    );
  }
  return (
    <ExerciseFrame id={id} type={type}>
      <fieldset className="choices" aria-describedby={hint === undefined ? undefined : hintId}>
        <legend className="exercise-label">{label}</legend>
        <Hint id={hintId} text={hint} />
        <ul className="checklist-options">
          {options.map((option) => (
            <li key={option.value}>
              <label className="check-option">
                <input
                  {...privateAnswer}
                  type={single ? 'radio' : 'checkbox'}
                  name={single ? name : undefined}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  onChange={(e) => props.onToggle(option.value, e.target.checked)}
                />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </ExerciseFrame>
  );
}

/** Pick one answer from a few; arrow keys move between them. */
export function SingleChoice(props: ChoiceProps): JSX.Element {
  const { mode, value, set, ids } = useExercise<string | null>(props.id);
  const chosen = typeof value === 'string' ? [value] : [];
  return (
    <ChoiceList
      {...props}
      options={toChoiceOptions(props.options)}
      type="single-choice"
      mode={mode}
      hintId={ids.hint}
      chosen={chosen}
      onToggle={(o) => set(o)}
    />
  );
}

/** Pick every answer that fits a question. */
export function MultipleChoice(props: ChoiceProps): JSX.Element {
  const { mode, value, set, ids } = useExercise<string[]>(props.id);
  const chosen = value ?? [];
  const options = toChoiceOptions(props.options);
  const toggle = (option: string, on: boolean): void =>
    set(options.map((o) => o.value).filter((o) => (o === option ? on : chosen.includes(o))));
  return (
    <ChoiceList
      {...props}
      options={options}
      type="multiple-choice"
      mode={mode}
      hintId={ids.hint}
      chosen={chosen}
      onToggle={toggle}
    />
  );
}
