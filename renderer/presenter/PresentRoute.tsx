import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCrisisLines } from '../../common/crisisLines';
import { lessonsHref } from '../hooks/useHashRoute';
import { AudienceView } from './AudienceView';
import { PresenterView } from './PresenterView';
import { useAppBasics, usePresentedLesson } from './usePresentedLesson';
import './room.css';
import './presenter.css';

/** Facilitator mode for one lesson: the presenter view, or the audience view it drives. */
export function PresentRoute({ lessonId, view }: { lessonId: string; view: 'presenter' | 'audience' }): JSX.Element {
  const { t } = useTranslation();
  const state = usePresentedLesson(lessonId);
  const basics = useAppBasics();

  if (state.status !== 'ready') {
    return (
      <main className={view === 'audience' ? 'audience room' : 'presenter-main'} id="main" tabIndex={-1}>
        {state.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : (
          // File paths and parser text are for the facilitator's screen, never the room's.
          <div className="lesson-problem" role="alert">
            <h1>{view === 'audience' ? t('lesson.unavailable') : t('lesson.loadFailed')}</h1>
            {view === 'audience' ? null : <p>{state.message}</p>}
            {/* The projected window never leads into the app, where a person's answers are. */}
            {view === 'audience' ? null : <a href={lessonsHref}>← {t('lessons.back')}</a>}
          </div>
        )}
      </main>
    );
  }
  return view === 'audience' ? (
    <AudienceView
      lessonId={lessonId}
      presented={state.presented}
      crisisLines={basics?.crisisLines ?? defaultCrisisLines}
    />
  ) : (
    <PresenterView
      lessonId={lessonId}
      presented={state.presented}
      host={window.groundwork === undefined ? 'browser' : 'electron'}
    />
  );
}
