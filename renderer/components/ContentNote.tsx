import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentNote } from '../../common/lessonSchema';
import { lessonsHref } from '../hooks/useHashRoute';

/** The note's topics in the reader's language, joined for a sentence ("suicide, self-harm"). */
function useTopics(notes: readonly ContentNote[]): string {
  const { t } = useTranslation();
  return notes.map((n) => t(`contentNotes.${n}`)).join(', ');
}

/**
 * The gentle note that stands before a lesson on suicide, self-harm, substance use
 * and the like, the first time a person opens it: they continue, or go back.
 */
export function ContentNoteGate({
  title,
  notes,
  onContinue,
}: {
  title: string;
  notes: readonly ContentNote[];
  onContinue: () => void;
}): JSX.Element {
  const { t } = useTranslation();
  const topics = useTopics(notes);
  return (
    <div className="content-note" role="region" aria-labelledby="content-note-title">
      <h1>{title}</h1>
      <h2 id="content-note-title">{t('lesson.contentNoteTitle')}</h2>
      <p>{t('lesson.contentNoteBody', { topics })}</p>
      <div className="action-buttons">
        <button type="button" className="primary" onClick={onContinue}>
          {t('lesson.contentNoteContinue')}
        </button>
        <a className="button" href={lessonsHref}>
          {t('lesson.contentNoteBack')}
        </a>
      </div>
    </div>
  );
}

/**
 * Once the note has been read, a quiet line under the lesson's title keeps its
 * topics in view, and a button shows the whole note again without standing in
 * the way of the lesson.
 */
export function ContentNoteLine({ notes }: { notes: readonly ContentNote[] }): JSX.Element {
  const { t } = useTranslation();
  const topics = useTopics(notes);
  const [open, setOpen] = useState(false);
  const noteId = useId();
  return (
    <>
      <p className="content-note-line">
        {t('lesson.contentNoteTopics', { topics })}{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={noteId}
          onClick={() => setOpen(!open)}
        >
          {t('lesson.contentNoteShow')}
        </button>
      </p>
      {open ? (
        <div className="content-note" id={noteId} role="region" aria-labelledby={`${noteId}-title`}>
          <h2 id={`${noteId}-title`}>{t('lesson.contentNoteTitle')}</h2>
          <p>{t('lesson.contentNoteBody', { topics })}</p>
        </div>
      ) : null}
    </>
  );
}
