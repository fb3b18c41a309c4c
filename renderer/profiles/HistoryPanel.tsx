import { useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonHistory } from '../../common/dataApi';
import { call } from '../api/client';
import { describeFailure } from './apiError';

/** An answer value as a line of text (a checklist's ticks, a scale's number). */
function asText(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v, empty)).join(', ');
  if (typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') {
    // A row of a list, table or chart: its cells, without the id that only keys it.
    const cells = Object.entries(value).filter(([key]) => key !== 'id');
    return (
      cells
        .map(([, cell]) => asText(cell, ''))
        .filter((text) => text !== '')
        .join(', ') || empty
    );
  }
  if (typeof value === 'object') {
    const { checked, other } = value as { checked?: unknown; other?: unknown };
    const parts = [
      ...(Array.isArray(checked) ? checked.map(String) : []),
      ...(typeof other === 'string' && other !== '' ? [other] : []),
    ];
    return parts.length > 0 ? parts.join(', ') : empty;
  }
  return String(value);
}

/** The "Earlier versions" button and dialog of a lesson: every kept version of each answer, restorable. */
export function HistoryPanel({ lessonId, onRestored }: { lessonId: string; onRestored: () => void }): JSX.Element {
  const { t } = useTranslation();
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
                  <span className="history-when">
                    {t('data.history.savedOn', { when: new Date(version.updatedAt).toLocaleString() })}
                  </span>
                  <span className="history-value">{asText(version.value, t('data.history.empty'))}</span>
                  <button
                    type="button"
                    aria-label={`${t('data.history.restore')}: ${exercise.label}, ${new Date(version.updatedAt).toLocaleString()}`}
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
