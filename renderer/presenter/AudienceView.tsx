import { useEffect, useRef, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisLine } from '../../common/api';
import { CrisisScreen } from './CrisisScreen';
import { SectionView } from './SectionView';
import type { PresentChannel } from './presentChannel';
import type { PresentedLesson } from './usePresentedLesson';
import type { AudienceState } from './usePresentation';
import { usePressReceiver } from './usePressMirror';
import { useShortcuts } from './useShortcuts';

interface AudienceViewProps {
  presented: PresentedLesson;
  /** The presenter's state and language, from the channel both views share. */
  audience: AudienceState;
  channel: PresentChannel | null;
  crisisLines: CrisisLine[];
}

/**
 * What the room sees, on the projector or TV: one section at a time in large
 * type, following the presenter view. It holds no answers and no facilitator
 * notes, and its keys (a clicker aimed at this window) steer the presenter.
 * Its strings come from the lesson's language (the i18n instance around it).
 */
export function AudienceView({ presented, audience, channel, crisisLines }: AudienceViewProps): JSX.Element {
  const { t } = useTranslation();
  const { state, send } = audience;
  useShortcuts(send);
  const stage = useRef<HTMLDivElement>(null);
  const index = Math.min(state?.index ?? 0, presented.sections.length - 1);
  usePressReceiver(channel, state === null ? null : index, stage);
  const section = presented.sections[index] ?? presented.sections[0];
  const screen = state?.crisis ? 'crisis' : state?.blackout ? 'blackout' : 'lesson';
  const { frontmatter } = presented.lesson;

  useEffect(() => {
    document.title = t('presenter.audienceTitle', { title: frontmatter.title });
  }, [t, frontmatter.title]);

  return (
    <main className="audience room" data-screen={screen} aria-live="off" lang={frontmatter.language}>
      <div ref={stage} className="audience-stage" hidden={screen !== 'lesson'}>
        {section === undefined ? null : (
          <SectionView key={section.index} section={section} frontmatter={frontmatter} level={1} />
        )}
        <p className="audience-progress">
          {t('presenter.progress', { current: index + 1, total: presented.sections.length })}
          {state === null ? ` · ${t('presenter.waitingForPresenter')}` : ''}
        </p>
      </div>
      {screen === 'blackout' ? (
        <div className="audience-black">
          <h1 className="visually-hidden">{t('presenter.blackoutTitle')}</h1>
        </div>
      ) : null}
      {screen === 'crisis' ? <CrisisScreen lines={crisisLines} /> : null}
    </main>
  );
}
