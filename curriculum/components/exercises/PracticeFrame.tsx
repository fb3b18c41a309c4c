import { useId, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf, ExerciseType } from '../../../common/exercises';
import type { LessonMode } from '../ExerciseContext';
import { ExerciseFrame } from './ExerciseFrame';
import { ScalePrint, ScaleRadios } from './ScaleInput';

type Ratings = AnswerOf<'breathing-pacer'>;

/** The common props of a guided practice. */
export interface PracticeProps {
  /** Stable key for the before and after ratings: never change it once a lesson is in use. */
  id: string;
  /** Each practice has a plain default title. */
  label?: string;
  /** What the before and after ratings measure ("stress", "tension", "the urge"); each practice has a default. */
  feeling?: string;
}

interface PracticeFrameProps {
  id: string;
  type: ExerciseType;
  mode: LessonMode;
  title: string;
  intro: string;
  /** What is rated before and after, in a few words. */
  feeling: string;
  value: Ratings | undefined;
  onRate(which: 'before' | 'after', rating: number | null): void;
  children: ReactNode;
}

/**
 * A guided practice: a titled region with an optional rating before, the practice
 * itself, and an optional rating after. On paper: the steps and the two ratings.
 */
export function PracticeFrame(props: PracticeFrameProps): JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const { mode, value, feeling } = props;
  const rating = (which: 'before' | 'after') => {
    const label = t(`exercises.practice.${which}`, { feeling });
    const anchors = { max: 10 as const, minLabel: t('exercises.practice.min'), maxLabel: t('exercises.practice.max') };
    return mode === 'interactive' ? (
      <ScaleRadios
        legend={label}
        legendClass="field-label"
        {...anchors}
        value={value?.[which]}
        onChange={(r) => props.onRate(which, r)}
        clearName={label}
      />
    ) : (
      <div className="practice-rating">
        <p className="field-label">{label}</p>
        <ScalePrint {...anchors} value={value?.[which]} />
      </div>
    );
  };
  return (
    <ExerciseFrame id={props.id} type={props.type}>
      <section className="practice" aria-labelledby={titleId}>
        <p className="exercise-label" id={titleId}>
          {props.title}
        </p>
        <p className="practice-intro">{props.intro}</p>
        {rating('before')}
        <div className="practice-body">{props.children}</div>
        {rating('after')}
      </section>
    </ExerciseFrame>
  );
}
