import { useEffect, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonHref } from '../hooks/useHashRoute';
import { AudienceControls } from './AudienceControls';
import { GuideExport } from './GuideExport';
import { NotesPanel } from './NotesPanel';
import { Agenda, SessionClock } from './Pacing';
import { SectionView, useSectionTitle } from './SectionView';
import type { PresentedLesson } from './usePresentedLesson';
import { useNow, usePresentChannel, usePresenterState } from './usePresentation';
import { usePressSender, useScrollSender } from './usePressMirror';
import { useShortcuts } from './useShortcuts';

interface PresenterViewProps {
  lessonId: string;
  presented: PresentedLesson;
  host: 'electron' | 'browser';
}

/**
 * The facilitator's screen: the section on the audience view and the next one,
 * the facilitator notes, the session clock with pacing, the agenda, and the
 * controls for the audience view. It owns the presentation's state.
 */
export function PresenterView({ lessonId, presented, host }: PresenterViewProps): JSX.Element {
  const { t } = useTranslation();
  const titleOf = useSectionTitle();
  const { sections, plannedSeconds, lesson } = presented;
  const channel = usePresentChannel(lessonId);
  const { state, dispatch, audienceOpen } = usePresenterState(lessonId, sections.length, channel);
  const now = useNow();
  useShortcuts(dispatch);
  const sendPress = usePressSender(channel, state.index);
  const sendScroll = useScrollSender(channel, state.index);
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    stage.current?.scrollTo(0, 0);
  }, [state.index]);
  const current = sections[state.index] ?? sections[0];
  const next = sections[state.index + 1];
  const { frontmatter } = lesson;
  const screen = state.crisis ? 'crisis' : state.blackout ? 'blackout' : 'lesson';

  useEffect(() => {
    document.title = t('presenter.presenterTitle', { title: frontmatter.title });
  }, [t, frontmatter.title]);

  return (
    <div className="presenter">
      <header className="presenter-bar">
        <a className="back-link" href={lessonHref(lessonId)}>
          ← {t('presenter.backToLesson')}
        </a>
        <h1>{t('presenter.presenting', { title: frontmatter.title })}</h1>
        <div className="presenter-buttons" role="group" aria-label={t('presenter.screenControls')}>
          <button type="button" aria-pressed={state.blackout} onClick={() => dispatch({ type: 'toggle-blackout' })}>
            {t('presenter.blackout')}
          </button>
          <button
            type="button"
            className="crisis-button"
            aria-pressed={state.crisis}
            onClick={() => dispatch({ type: 'toggle-crisis' })}
          >
            {t('presenter.crisis')}
          </button>
        </div>
      </header>
      <main className="presenter-main" id="main" tabIndex={-1}>
        <section className="presenter-now" aria-labelledby="presenter-now-title">
          <h2 id="presenter-now-title">
            {t('presenter.nowShowing', { current: state.index + 1, total: sections.length })}
          </h2>
          <p className={`presenter-screen screen-${screen}`} role="status">
            {t(`presenter.screen.${screen}`)}
          </p>
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
          >
            {current === undefined ? null : (
              <SectionView key={current.index} section={current} frontmatter={frontmatter} level={3} />
            )}
          </div>
          <div className="presenter-buttons presenter-nav">
            <button type="button" onClick={() => dispatch({ type: 'previous' })} disabled={state.index === 0}>
              ← {t('presenter.previous')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => dispatch({ type: 'next' })}
              disabled={state.index >= sections.length - 1}
            >
              {t('presenter.next')} →
            </button>
          </div>
        </section>
        <div className="presenter-side">
          <SessionClock state={state} now={now} planned={plannedSeconds} dispatch={dispatch} />
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">{t('presenter.upNext')}</h2>
            <p>{next === undefined ? t('presenter.lastSection') : titleOf(next)}</p>
          </section>
          <NotesPanel section={current} presented={presented} />
          <AudienceControls lessonId={lessonId} host={host} audienceOpen={audienceOpen} />
        </div>
        <Agenda sections={sections} state={state} now={now} planned={plannedSeconds} dispatch={dispatch} />
        <GuideExport lessonId={lessonId} />
        <KeyHelp />
      </main>
    </div>
  );
}

function KeyHelp(): JSX.Element {
  const { t } = useTranslation();
  const keys = ['next', 'previous', 'blackout', 'crisis', 'escape'] as const;
  return (
    <section className="presenter-keys" aria-labelledby="presenter-keys-title">
      <h2 id="presenter-keys-title">{t('presenter.keys.title')}</h2>
      <dl>
        {keys.map((key) => (
          <div key={key}>
            <dt>{t(`presenter.keys.${key}Keys`)}</dt>
            <dd>{t(`presenter.keys.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
