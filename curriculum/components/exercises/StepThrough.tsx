import { useEffect, useRef, useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Step {
  title: string;
  body: ReactNode;
}

/**
 * Guided steps shown one at a time, with Back and Next. When the step changes,
 * focus moves to its title, so a screen reader reads the new step at once.
 */
export function StepThrough({ steps, doneText }: { steps: readonly Step[]; doneText: string }): JSX.Element {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [moved, setMoved] = useState(false);
  const title = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (moved) title.current?.focus();
  }, [index, moved]);
  const go = (to: number): void => {
    setIndex(to);
    setMoved(true);
  };
  const done = index >= steps.length;
  const step = steps[Math.min(index, steps.length - 1)];
  return (
    <div className="step-through">
      <p className="step-title" tabIndex={-1} ref={title}>
        {done
          ? t('exercises.steps.done')
          : t('exercises.steps.of', { number: index + 1, count: steps.length, title: step?.title })}
      </p>
      {done ? <p>{doneText}</p> : <div className="step-body">{step?.body}</div>}
      <div className="practice-controls">
        {index > 0 ? (
          <button type="button" onClick={() => go(index - 1)}>
            {t('exercises.steps.back')}
          </button>
        ) : null}
        {done ? (
          <button type="button" onClick={() => go(0)}>
            {t('exercises.steps.again')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => go(index + 1)}>
            {index === steps.length - 1 ? t('exercises.steps.finish') : t('exercises.steps.next')}
          </button>
        )}
      </div>
    </div>
  );
}
