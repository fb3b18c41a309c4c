import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PracticeControlsProps {
  running: boolean;
  /** Seconds practised so far: 0 means not started (Start), more means paused (Go on). */
  elapsed: number;
  /** When the practice has run its full time the start button goes away. */
  finished?: boolean;
  start: () => void;
  pause: () => void;
  reset: () => void;
  /** Extra controls after Start and Reset, such as the still-visual choice. */
  children?: ReactNode;
}

/** Start / pause / go on, and reset, for a timed practice (breathing pacer, urge-surfing timer). */
export function PracticeControls({
  running,
  elapsed,
  finished = false,
  start,
  pause,
  reset,
  children,
}: PracticeControlsProps): JSX.Element {
  const { t } = useTranslation();
  const label = running
    ? t('exercises.practice.pause')
    : elapsed > 0
      ? t('exercises.practice.resume')
      : t('exercises.practice.start');
  return (
    <div className="practice-controls">
      {finished ? null : (
        <button type="button" className="primary" onClick={running ? pause : start}>
          {label}
        </button>
      )}
      <button type="button" onClick={reset} disabled={elapsed === 0}>
        {t('exercises.practice.reset')}
      </button>
      {children}
    </div>
  );
}
