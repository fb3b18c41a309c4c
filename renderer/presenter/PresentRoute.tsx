import type { JSX } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { defaultCrisisLines } from '../../common/crisisLines';
import type { LessonLanguage } from '../../common/language';
import { lessonsHref } from '../hooks/useHashRoute';
import { AudienceView } from './AudienceView';
import { defaultPresentLanguage, lessonI18n, usePresentLanguage } from './lessonLanguage';
import { PresenterView } from './PresenterView';
import { useAppBasics, usePresentedLesson, type PresentedLessonState } from './usePresentedLesson';
import { useAudienceState, usePresentChannel } from './usePresentation';
import './room.css';
import './presenter.css';

interface PresentRouteProps {
  lessonId: string;
  view: 'presenter' | 'audience';
  /** The audience view's language from its address, until the presenter view says otherwise. */
  language?: LessonLanguage;
}

/** Facilitator mode for one lesson: the presenter view, or the audience view it drives. */
export function PresentRoute({ lessonId, view, language }: PresentRouteProps): JSX.Element {
  return view === 'audience' ? (
    <AudienceRoute lessonId={lessonId} language={language} />
  ) : (
    <PresenterRoute lessonId={lessonId} />
  );
}

/** The presenter view, in the language the facilitator chose for the lesson; its controls stay in the app's. */
function PresenterRoute({ lessonId }: { lessonId: string }): JSX.Element {
  const { i18n } = useTranslation();
  const [language, setLanguage] = usePresentLanguage(lessonId, i18n.language);
  const state = usePresentedLesson(lessonId, language);
  if (state.status !== 'ready') return <NotReady state={state} view="presenter" />;
  return (
    <PresenterView
      lessonId={lessonId}
      presented={state.presented}
      host={window.groundwork === undefined ? 'browser' : 'electron'}
      onLanguage={setLanguage}
    />
  );
}

/**
 * The audience view: everything on it, the app's own words included (crisis
 * screen, black screen, labels), is in the lesson's language, which follows the
 * presenter view's choice as it changes.
 */
function AudienceRoute({ lessonId, language: asked }: { lessonId: string; language?: LessonLanguage }): JSX.Element {
  const { i18n } = useTranslation();
  const channel = usePresentChannel(lessonId);
  const audience = useAudienceState(channel);
  const language = audience.language ?? asked ?? defaultPresentLanguage(i18n.language);
  const state = usePresentedLesson(lessonId, language);
  const basics = useAppBasics(language);
  return (
    <I18nextProvider i18n={lessonI18n(language)}>
      {state.status !== 'ready' ? (
        <NotReady state={state} view="audience" language={language} />
      ) : (
        <AudienceView
          presented={state.presented}
          audience={audience}
          channel={channel}
          crisisLines={basics?.crisisLines ?? defaultCrisisLines}
        />
      )}
    </I18nextProvider>
  );
}

function NotReady({
  state,
  view,
  language,
}: {
  state: Exclude<PresentedLessonState, { status: 'ready' }>;
  view: 'presenter' | 'audience';
  language?: LessonLanguage;
}): JSX.Element {
  const { t } = useTranslation();
  return (
    <main className={view === 'audience' ? 'audience room' : 'presenter-main'} id="main" tabIndex={-1} lang={language}>
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
