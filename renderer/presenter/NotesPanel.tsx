import type { JSX, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '../../common/presenter/sections';
import { keyed } from './SectionView';
import type { PresentedLesson } from './usePresentedLesson';

/**
 * Facilitator notes, only ever on the presenter view: the notes written inside
 * the current section first, then the notes for the whole lesson.
 */
export function NotesPanel({
  section,
  presented,
}: {
  section: Section<ReactNode> | undefined;
  presented: PresentedLesson;
}): JSX.Element {
  const { t } = useTranslation();
  // The notes are the lesson's words (lang for screen readers); the panel's own words are the app's.
  const { contentNotes, language } = presented.lesson.frontmatter;
  const topics = contentNotes.map((n) => t(`contentNotes.${n}`)).join(', ');
  return (
    <section className="presenter-notes" aria-labelledby="presenter-notes-title">
      <h2 id="presenter-notes-title">{t('parts.facilitator')}</h2>
      {section?.part === 'intro' && topics !== '' ? (
        <p className="presenter-hint">{t('presenter.contentNoteReminder', { topics })}</p>
      ) : null}
      {section !== undefined && section.notes.length > 0 ? (
        <div className="notes-section" lang={language}>
          {keyed(section.notes)}
        </div>
      ) : (
        <p className="presenter-hint">{t('presenter.noSectionNotes')}</p>
      )}
      {presented.lessonNotes.length > 0 ? (
        <details className="notes-lesson" open>
          <summary>{t('presenter.lessonNotes')}</summary>
          <div lang={language}>{keyed(presented.lessonNotes)}</div>
        </details>
      ) : null}
    </section>
  );
}
