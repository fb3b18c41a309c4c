import { useEffect, useState } from 'react';
import type { LessonProgress } from '../../common/progress';
import { call } from '../api/client';
import { takeStartValue } from '../api/startData';

/**
 * The open profile's worksheet progress by lesson id, asked for each time the
 * lesson list is shown (the store answers from memory after the first time).
 * Empty while loading, and when it cannot be read (a locked profile): the list
 * then shows no progress rather than a wrong one.
 */
export function useLessonProgress(): Record<string, LessonProgress> {
  // On the first screen, the page's own answer (renderer/api/startData.ts); on a return to the list, asked again.
  const [fromPage] = useState(() =>
    takeStartValue<{ lessons: Record<string, LessonProgress> }>('getLessonProgress', {}),
  );
  const [progress, setProgress] = useState<Record<string, LessonProgress>>(fromPage?.lessons ?? {});
  useEffect(() => {
    if (fromPage !== undefined) return;
    let live = true;
    call('getLessonProgress', {})
      .then((result) => live && setProgress(result.lessons))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [fromPage]);
  return progress;
}
