import type { JSX } from 'react';
import { useLessonMode } from './ExerciseContext';

/**
 * Starts a new printed page, for a worksheet part meant to be handed over or kept
 * apart (a page for family, a wallet card). Use it sparingly: worksheets otherwise
 * flow onto as few pages as they can. It shows nothing on screen or when presented.
 */
export function PageBreak(): JSX.Element | null {
  const { mode } = useLessonMode();
  return mode === 'interactive' ? null : <div className="page-break" aria-hidden="true" />;
}
