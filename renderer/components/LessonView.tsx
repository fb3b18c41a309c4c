import { Component, useMemo, useState, type ErrorInfo, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonComponents, LessonContext, type LessonContextValue } from '../../curriculum/components';
import { call } from '../api/client';
import { useAnswers } from '../hooks/useAnswers';
import { aboutHref, lessonsHref, presentHref } from '../hooks/useHashRoute';
import { useLesson } from '../hooks/useLesson';
import { useStickyOffsets } from '../hooks/useStickyOffsets';
import { ContentNoteGate, ContentNoteLine } from './ContentNote';
import { SaveStatus } from './SaveStatus';
import { WorksheetActions } from './WorksheetActions';
import { ArrowLeft, Presentation } from 'lucide-react';
import { Icon } from './Icon';

/** Keeps a lesson that throws while rendering from taking the whole app down. */
class LessonErrorBoundary extends Component<
  { fallback: (message: string) => ReactNode; children: ReactNode },
  { error: string | null }
> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error): { error: string } {
    return { error: error.message };
  }
  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('groundwork: lesson failed to render', error, info.componentStack);
  }
  override render(): ReactNode {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error);
  }
}

function BackLink(): JSX.Element {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={lessonsHref}>
      <Icon icon={ArrowLeft} />
      {t('lessons.back')}
    </a>
  );
}

function LessonProblem({ message }: { message: string }): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="lesson-problem" role="alert">
      <h1>{t('lesson.loadFailed')}</h1>
      <p>{message}</p>
      <BackLink />
    </div>
  );
}

/** A broken lesson file, as a patient sees it: no file paths or parser text, which are on the About page. */
function LessonUnavailable(): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="lesson-problem" role="alert">
      <h1>{t('lesson.unavailable')}</h1>
      <p>{t('lesson.unavailableHelp')}</p>
      <p>
        <a href={aboutHref}>{t('lessons.unavailableStaff')}</a>
      </p>
      <BackLink />
    </div>
  );
}

/** One lesson: its content, its exercises (saved as the person types) and the worksheet actions. */
export function LessonView({ lessonId }: { lessonId: string }): JSX.Element {
  const { t } = useTranslation();
  const state = useLesson(lessonId);
  const { answers, setAnswer, setAside, loaded, loadError, saveState, flush, contentNoteSeen } = useAnswers(lessonId);
  // Read once per profile: kept with the profile, so the note stands only the first time (or when it names a new topic).
  const [acceptedNote, setAcceptedNote] = useState(false);
  // The toolbar exists only once the lesson is shown: a callback ref re-measures when it appears.
  const [toolbar, setToolbar] = useState<HTMLDivElement | null>(null);
  useStickyOffsets(toolbar);
  const context = useMemo<LessonContextValue>(
    () => ({ mode: 'interactive', answers, setAnswer, showFacilitatorNotes: false }),
    [answers, setAnswer],
  );

  if (state.status === 'error')
    return state.unavailable ? <LessonUnavailable /> : <LessonProblem message={state.message} />;
  if (loadError !== null) return <LessonProblem message={loadError} />;
  if (state.status === 'loading' || !loaded) return <p role="status">{t('app.loading')}</p>;

  const { frontmatter } = state.lesson;
  const notes = frontmatter.contentNotes;
  if (notes.length > 0 && !contentNoteSeen && !acceptedNote) {
    const onContinue = (): void => {
      setAcceptedNote(true);
      // Failing to keep it only means the note shows again next time: never stand in the way of the lesson.
      call('markContentNoteSeen', { lessonId }).catch((error: unknown) =>
        console.warn('groundwork: could not keep that the content note was read', error),
      );
    };
    return <ContentNoteGate title={frontmatter.title} notes={notes} onContinue={onContinue} />;
  }

  const { Content } = state;
  return (
    // `lang`: a lesson with no version in the language on screen comes in English, and is read out as English.
    <article className="lesson" aria-labelledby="lesson-title" lang={frontmatter.language}>
      <div className="lesson-toolbar" ref={setToolbar}>
        <BackLink />
        <a className="button present-link" href={presentHref(lessonId)}>
          <Icon icon={Presentation} />
          {t('presenter.present')}
        </a>
        <SaveStatus state={saveState} onRetry={() => void flush()} />
      </div>
      <header className="lesson-header">
        <h1 id="lesson-title">{frontmatter.title}</h1>
        {notes.length > 0 ? <ContentNoteLine notes={notes} /> : null}
        <p className="lead">{frontmatter.summary}</p>
        <h2 className="objectives-heading">{t('lesson.objectives')}</h2>
        <ul className="objectives">
          {frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </header>
      {setAside.length > 0 ? (
        <section className="set-aside" aria-labelledby="set-aside-title">
          <h2 id="set-aside-title">{t('lesson.setAsideTitle')}</h2>
          <p>{t('lesson.setAsideBody')}</p>
          <ul>
            {setAside.map((item, i) => (
              <li key={`${item.exerciseId}-${i}`}>
                <code>{item.exerciseId}</code>: {JSON.stringify(item.raw)} <em>({item.reason})</em>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LessonErrorBoundary fallback={(message) => <LessonProblem message={message} />}>
        <LessonContext.Provider value={context}>
          <Content components={lessonComponents} />
        </LessonContext.Provider>
      </LessonErrorBoundary>
      <WorksheetActions lessonId={lessonId} flush={flush} />
    </article>
  );
}
