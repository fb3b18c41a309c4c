import { useEffect, useState } from 'react';
import type { LessonProgress } from '../../common/progress';
import { call } from '../api/client';

/**
 * The open profile's worksheet progress by lesson id, asked for each time the
 * lesson list is shown (the store answers from memory after the first time).
 * Empty while loading, and when it cannot be read (a locked profile): the list
 * then shows no progress rather than a wrong one.
 */
export function useLessonProgress(): Record<string, LessonProgress> {
  const [progress, setProgress] = useState<Record<string, LessonProgress>>({});
  useEffect(() => {
    let live = true;
    call('getLessonProgress', {})
      .then((result) => live && setProgress(result.lessons))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return progress;
}
