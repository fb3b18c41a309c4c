import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SetAsideAnswer } from '../../common/api';
import type { AnswerValue } from '../../common/exercises';
import { SaveQueue, type SaveState } from '../../common/saveQueue';
import { bridge, call } from '../api/client';
import { languageInForce } from '../language/LanguageProvider';

export type { SaveState } from '../../common/saveQueue';

/**
 * A lesson's answers: loaded once, changed as the person types, and saved a moment
 * after they pause. The saving itself (order, retries, refusals, flushes) is
 * common/saveQueue.ts; this hook wires it to React and to the page: every pending
 * save is flushed when the lesson closes, the page hides, or the app asks before
 * closing its window.
 *
 * Answers are stored by option value, the same in every language, so a language
 * switch neither reloads them nor restarts the queue: the screen keeps what the
 * person typed, and later saves are checked against the lesson in the new language.
 */
export function useAnswers(lessonId: string) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [setAside, setSetAside] = useState<SetAsideAnswer[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [contentNoteSeen, setContentNoteSeen] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const queue = useMemo(
    () =>
      new SaveQueue<AnswerValue>({
        send: async (exerciseId, value, owner) => {
          await call('saveAnswer', {
            lessonId,
            exerciseId,
            value,
            language: languageInForce(),
            ...(owner === undefined ? {} : { profileId: owner }),
          });
        },
        onState: setSaveState,
        onFailure: (error, retrying) =>
          console.warn(`groundwork: save ${retrying ? 'failed, will retry' : 'refused, not retrying'}`, error),
      }),
    [lessonId],
  );

  useEffect(() => {
    let live = true;
    call('loadAnswers', { lessonId, language: languageInForce() }).then(
      (result) => {
        if (!live) return;
        // Saves carry the profile the answers were loaded for, so none can land in another person's profile.
        queue.setOwner(result.profileId);
        setAnswers(Object.fromEntries(Object.entries(result.answers).map(([id, a]) => [id, a.value])));
        setSetAside(result.setAside);
        setContentNoteSeen(result.contentNoteSeen === true);
        setLoaded(true);
      },
      (error: Error) => live && setLoadError(error.message),
    );
    return () => {
      live = false;
    };
  }, [lessonId, queue]);

  const flush = useCallback(() => queue.flush(), [queue]);

  const setAnswer = useCallback(
    (exerciseId: string, value: AnswerValue) => {
      setAnswers((previous) => ({ ...previous, [exerciseId]: value }));
      queue.set(exerciseId, value);
    },
    [queue],
  );

  useEffect(() => {
    queue.reopen();
    const onHide = (): void => void queue.flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unsubscribe = bridge.onFlushRequest(() => queue.flush());
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unsubscribe();
      void queue.close();
    };
  }, [queue]);

  return { answers, setAnswer, setAside, loaded, loadError, saveState, flush, contentNoteSeen };
}
