import { useCallback, useEffect, useRef, useState } from 'react';
import type { SetAsideAnswer } from '../../common/api';
import type { AnswerValue } from '../../common/exercises';
import { ApiFailure } from '../../common/result';
import { bridge, call } from '../api/client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Wait after the last keystroke before saving, so typing does not write on every key. */
const SAVE_DELAY_MS = 400;
const RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

/**
 * A lesson's answers: loaded once, changed as the person types, and saved a moment
 * after they pause. Saves are sent in order; a failed save stays pending and is
 * retried, and every pending save is flushed when the lesson closes, the page
 * hides, or the app asks before closing its window.
 */
export function useAnswers(lessonId: string) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [setAside, setSetAside] = useState<SetAsideAnswer[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const pending = useRef(new Map<string, AnswerValue>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const failures = useRef(0);
  /** The profile the answers were loaded for: saves carry it, so none can land in another person's profile. */
  const profileId = useRef<string | undefined>(undefined);
  /** Set once the lesson has closed: its last flush is tried, but no retries are left running behind it. */
  const closed = useRef(false);

  useEffect(() => {
    let live = true;
    call('loadAnswers', { lessonId }).then(
      (result) => {
        if (!live) return;
        profileId.current = result.profileId;
        setAnswers(Object.fromEntries(Object.entries(result.answers).map(([id, a]) => [id, a.value])));
        setSetAside(result.setAside);
        setLoaded(true);
      },
      (error: Error) => live && setLoadError(error.message),
    );
    return () => {
      live = false;
    };
  }, [lessonId]);

  /** Re-runs flush after a failure; points at the latest flush so a retry never uses a stale lesson. */
  const retry = useRef<() => void>(() => undefined);

  /** Sends every pending answer in order; resolves when all are on disk (or one has failed). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const send = async (): Promise<void> => {
      while (pending.current.size > 0) {
        const [exerciseId, value] = pending.current.entries().next().value as [string, AnswerValue];
        pending.current.delete(exerciseId);
        setSaveState('saving');
        try {
          const owner = profileId.current;
          await call('saveAnswer', {
            lessonId,
            exerciseId,
            value,
            ...(owner === undefined ? {} : { profileId: owner }),
          });
        } catch (error) {
          // Keep the failed answer unless a newer one arrived meanwhile, then retry later.
          if (!pending.current.has(exerciseId)) pending.current.set(exerciseId, value);
          setSaveState('failed');
          // The profile is no longer open (locked or switched), or the lesson has closed: retrying cannot help.
          if (closed.current || (error instanceof ApiFailure && error.code === 'forbidden')) {
            console.warn('groundwork: save refused, not retrying', error);
            return;
          }
          const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)];
          failures.current += 1;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => retry.current(), delay);
          console.warn('groundwork: save failed, will retry', error);
          return;
        }
      }
      failures.current = 0;
      setSaveState('saved');
    };
    chain.current = chain.current.then(send);
    return chain.current;
  }, [lessonId]);

  useEffect(() => {
    retry.current = () => void flush();
  }, [flush]);

  const setAnswer = useCallback(
    (exerciseId: string, value: AnswerValue) => {
      setAnswers((previous) => ({ ...previous, [exerciseId]: value }));
      pending.current.set(exerciseId, value);
      setSaveState((state) => (state === 'failed' ? state : 'saving'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    closed.current = false;
    const onHide = (): void => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unsubscribe = bridge.onFlushRequest(flush);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unsubscribe();
      void flush();
      closed.current = true;
    };
  }, [flush]);

  return { answers, setAnswer, setAside, loaded, loadError, saveState, flush };
}
