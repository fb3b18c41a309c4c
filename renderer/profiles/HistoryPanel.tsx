import { useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { answerText } from '../../common/answerText';
import type { LessonHistory } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure } from './apiError';

/** The "Earlier versions" button and dialog of a lesson: every kept version of each answer, restorable. */
export function HistoryPanel({ lessonId, onRestored }: { lessonId: string; onRestored: () => void }): JSX.Element {
  const { t, i18n } = useTranslation();
  // Dates in the language on screen ("2 dic 2026, 14:05" in Spanish), not the system's.
  const when = (iso: string): string => new Date(iso).toLocaleString(i18n.language);
  const dialog = useRef<HTMLDialogElement>(null);
  const [history, setHistory] = useState<LessonHistory | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const open = async (): Promise<void> => {
    setMessage(null);
    setHistory(null);
    dialog.current?.showModal();
    try {
      setHistory(await call('getLessonHistory', { lessonId }));
    } catch (failure) {
      setMessage(describeFailure(failure).message);
    }
  };

  const restore = async (exerciseId: string, updatedAt: string): Promise<void> => {
    try {
      await call('restoreAnswer', { lessonId, exerciseId, updatedAt });
      setHistory(await call('getLessonHistory', { lessonId }));
      setMessage(t('data.history.restored'));
      onRestored();
    } catch (failure) {
      setMessage(describeFailure(failure).message);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('data.history.button')}
      </button>
      <dialog ref={dialog} className="history-dialog dialog dialog-wide" aria-labelledby="history-title">
        <h2 id="history-title">{t('data.history.title')}</h2>
        <p>{t('data.history.intro')}</p>
        {message !== null ? <p role="status">{message}</p> : null}
        {history !== null && history.exercises.length === 0 ? <p>{t('data.history.none')}</p> : null}
        {history?.exercises.map((exercise) => (
          <section key={exercise.exerciseId} aria-labelledby={`history-${exercise.exerciseId}`}>
            <h3 id={`history-${exercise.exerciseId}`}>{exercise.label}</h3>
            <ul className="history-versions">
              {exercise.versions.map((version) => (
                <li key={version.updatedAt}>
                  <span className="history-when">{t('data.history.savedOn', { when: when(version.updatedAt) })}</span>
                  <span className="history-value">
                    {answerText(version.value, t('data.history.empty'), exercise.options)}
                  </span>
                  <button
                    type="button"
                    aria-label={`${t('data.history.restore')}: ${exercise.label}, ${when(version.updatedAt)}`}
                    onClick={() => void restore(exercise.exerciseId, version.updatedAt)}
                  >
                    {t('data.history.restore')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <form method="dialog">
          <button type="submit" className="primary">
            {t('data.history.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
