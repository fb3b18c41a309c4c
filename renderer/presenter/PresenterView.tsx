import { useEffect, useRef, type JSX } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { LessonLanguage } from '../../common/language';
import { lessonHref } from '../hooks/useHashRoute';
import { Agenda } from './Agenda';
import { AudienceControls } from './AudienceControls';
import { GuideExport } from './GuideExport';
import { LanguagePicker, lessonI18n } from './lessonLanguage';
import { NextPreview } from './NextPreview';
import { NotesPanel } from './NotesPanel';
import { SessionClock } from './Pacing';
import { SectionView } from './SectionView';
import type { PresentedLesson } from './usePresentedLesson';
import { useNow, usePresentChannel, usePresenterState } from './usePresentation';
import { usePressSender, useScrollSender } from './usePressMirror';
import { useShortcuts } from './useShortcuts';
import { ArrowLeft, ChevronLeft, ChevronRight, LifeBuoy, MonitorOff } from 'lucide-react';
import { Icon } from '../components/Icon';

interface PresenterViewProps {
  lessonId: string;
  presented: PresentedLesson;
  host: 'electron' | 'browser';
  /** The facilitator chose another language for the lesson. */
  onLanguage(language: LessonLanguage): void;
}

/**
 * The facilitator's screen, made to fit one screen without scrolling (1280×800
 * and up): along the top the audience view, black screen and crisis controls and
 * the clock with pacing; below, the agenda, the section on the audience view,
 * and a preview of the next section over the facilitator notes. Long content
 * scrolls inside its own panel, never the page. It owns the presentation's state.
 * The lesson and the room's copy of it are in the lesson's language; the
 * facilitator's controls stay in the app's.
 */
export function PresenterView({ lessonId, presented, host, onLanguage }: PresenterViewProps): JSX.Element {
  const { t } = useTranslation();
  const { sections, lesson } = presented;
  const { language } = lesson.frontmatter;
  const channel = usePresentChannel(lessonId);
  const { state, dispatch, audienceOpen } = usePresenterState(lessonId, sections.length, channel, language);
  const now = useNow();
  useShortcuts(dispatch);
  const sendPress = usePressSender(channel, state.index);
  const sendScroll = useScrollSender(channel, state.index);
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    stage.current?.scrollTo(0, 0);
  }, [state.index]);
  const current = sections[state.index] ?? sections[0];
  const { frontmatter } = lesson;
  const screen = state.crisis ? 'crisis' : state.blackout ? 'blackout' : 'lesson';

  useEffect(() => {
    document.title = t('presenter.presenterTitle', { title: frontmatter.title });
  }, [t, frontmatter.title]);

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <a className="back-link" href={lessonHref(lessonId)}>
          <Icon icon={ArrowLeft} />
          {t('presenter.backToLesson')}
        </a>
        <h1>{t('presenter.presenting', { title: frontmatter.title })}</h1>
        <AudienceControls lessonId={lessonId} language={language} host={host} audienceOpen={audienceOpen} />
        <div
          className="presenter-buttons presenter-screen-controls"
          role="group"
          aria-label={t('presenter.screenControls')}
        >
          <button type="button" aria-pressed={state.blackout} onClick={() => dispatch({ type: 'toggle-blackout' })}>
            <Icon icon={MonitorOff} />
            {t('presenter.blackout')}
          </button>
          <button
            type="button"
            className="crisis-button"
            aria-pressed={state.crisis}
            onClick={() => dispatch({ type: 'toggle-crisis' })}
          >
            <Icon icon={LifeBuoy} />
            {t('presenter.crisis')}
          </button>
        </div>
      </header>
      <SessionClock presented={presented} state={state} now={now} dispatch={dispatch} />
      <main className="presenter-main" id="main" tabIndex={-1}>
        <div className="presenter-left">
          <Agenda presented={presented} state={state} now={now} dispatch={dispatch} />
          <GuideExport lessonId={lessonId} language={language} />
          <KeyHelp />
        </div>
        <section className="presenter-now" aria-labelledby="presenter-now-title">
          <h2 id="presenter-now-title">
            {t('presenter.nowShowing', { current: state.index + 1, total: sections.length })}
          </h2>
          {/* The language sits with what the room sees, not in the bar, which has no room to spare at 1280 wide. */}
          <div className="presenter-now-bar">
            <p className={`presenter-screen screen-${screen}`} role="status">
              {t(`presenter.screen.${screen}`)}
            </p>
            <LanguagePicker language={language} languages={lesson.languages} onChange={onLanguage} />
          </div>
          {/* Presses inside the section (a practice timer's Start or Pause) and scrolling are mirrored on the audience view. */}
          <div
            ref={stage}
            className="presenter-stage"
            onClickCapture={sendPress}
            onScroll={sendScroll}
            // Focusable so a long section can be scrolled from the keyboard.
            tabIndex={0}
            role="region"
            aria-label={t('presenter.preview')}
            lang={language}
          >
            {/* As the room sees it: the app's words inside the section (a timer's Start) in the lesson's language. */}
            <I18nextProvider i18n={lessonI18n(language)}>
              {current === undefined ? null : (
                <SectionView key={current.index} section={current} frontmatter={frontmatter} level={3} />
              )}
            </I18nextProvider>
          </div>
          <div className="presenter-buttons presenter-nav">
            <button type="button" onClick={() => dispatch({ type: 'previous' })} disabled={state.index === 0}>
              <Icon icon={ChevronLeft} />
              {t('presenter.previous')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => dispatch({ type: 'next' })}
              disabled={state.index >= sections.length - 1}
            >
              {t('presenter.next')}
              <Icon icon={ChevronRight} />
            </button>
          </div>
        </section>
        <div className="presenter-side">
          <NextPreview next={sections[state.index + 1]} frontmatter={frontmatter} language={language} />
          <NotesPanel section={current} presented={presented} />
        </div>
      </main>
    </div>
  );
}

/** The keys, folded away: the facilitator needs them once, and the room's controls need the space. */
function KeyHelp(): JSX.Element {
  const { t } = useTranslation();
  const keys = ['next', 'previous', 'blackout', 'crisis', 'escape'] as const;
  return (
    <details className="presenter-keys">
      <summary>{t('presenter.keys.title')}</summary>
      <dl>
        {keys.map((key) => (
          <div key={key}>
            <dt>{t(`presenter.keys.${key}Keys`)}</dt>
            <dd>{t(`presenter.keys.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
