import { useId, type JSX } from 'react';
import { useExercise } from '../ExerciseContext';
import { ExerciseFrame, Hint } from './ExerciseFrame';
import { privateAnswer } from './fields';

export interface ChoiceProps {
  /** Stable key for the answer: never change it once a lesson is in use. */
  id: string;
  label: string;
  /** The choices, each a short phrase. Renaming one sets aside answers that picked it. */
  options: string[];
  hint?: string;
}

interface ChoiceListProps extends ChoiceProps {
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
            <li key={option} className={chosen.includes(option) ? 'check-box checked' : 'check-box'}>
              {option}
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
            <li key={option}>
              <label className="check-option">
                <input
                  {...privateAnswer}
                  type={single ? 'radio' : 'checkbox'}
                  name={single ? name : undefined}
                  checked={chosen.includes(option)}
                  onChange={(e) => props.onToggle(option, e.target.checked)}
                />
                <span>{option}</span>
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
  const toggle = (option: string, on: boolean): void =>
    set(props.options.filter((o) => (o === option ? on : chosen.includes(o))));
  return (
    <ChoiceList {...props} type="multiple-choice" mode={mode} hintId={ids.hint} chosen={chosen} onToggle={toggle} />
  );
}
