import { useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonLanguage } from '../../common/language';
import { call } from '../api/client';
import { presentHref } from '../hooks/useHashRoute';
import { MonitorUp } from 'lucide-react';
import { Icon } from '../components/Icon';

interface AudienceControlsProps {
  lessonId: string;
  /** The language presented: the audience view opens in it, and follows later switches over the channel. */
  language: LessonLanguage;
  host: 'electron' | 'browser';
  audienceOpen: boolean;
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * Opens, moves and closes the audience view. In Electron the main process opens
 * it full screen on a second display when there is one (window.open is refused
 * there by design); in the browser host it is a popup of the same origin.
 */
export function AudienceControls({ lessonId, language, host, audienceOpen }: AudienceControlsProps): JSX.Element {
  const { t } = useTranslation();
  const popup = useRef<Window | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const openInElectron = (display: 'auto' | 'next'): void => {
    call('openAudienceWindow', { lessonId, display, language }).then(
      (outcome) => {
        document.getElementById('main')?.focus({ preventScroll: true });
        setNotice(
          outcome.status === 'opened'
            ? {
                kind: 'info',
                text: outcome.fullScreen
                  ? t('presenter.audience.onDisplay', { display: outcome.display + 1, displays: outcome.displays })
                  : t('presenter.audience.oneDisplay'),
              }
            : { kind: 'error', text: t('presenter.audience.unsupported') },
        );
      },
      (error: Error) => setNotice({ kind: 'error', text: error.message }),
    );
  };

  const open = (): void => {
    if (host === 'electron') return openInElectron('auto');
    const url = new URL(presentHref(lessonId, 'audience', language), window.location.href).href;
    const win = window.open(url, `groundwork-audience-${lessonId}`, 'popup,width=1280,height=720');
    if (win === null) {
      setNotice({ kind: 'error', text: t('presenter.audience.blocked', { url }) });
      return;
    }
    popup.current = win;
    win.focus();
    // Hand the keyboard back to the presentation, so Space goes to the next section instead of this button.
    document.getElementById('main')?.focus({ preventScroll: true });
    setNotice({ kind: 'info', text: t('presenter.audience.dragHint') });
  };

  const close = (): void => {
    if (host === 'electron') {
      call('closeAudienceWindow', {}).catch((error: Error) => setNotice({ kind: 'error', text: error.message }));
    } else popup.current?.close();
    popup.current = null;
    setNotice(null);
  };

  // The notice (where to drag the window, or what went wrong) is a sibling of the group, so the
  // presenter's bar can give it a whole line of its own.
  return (
    <>
      <div className="presenter-audience" role="group" aria-labelledby="presenter-audience-title">
        <span id="presenter-audience-title" className="visually-hidden">
          {t('presenter.audience.title')}
        </span>
        <div className="presenter-buttons">
          <button type="button" className="primary" onClick={open}>
            <Icon icon={MonitorUp} />
            {t(audienceOpen ? 'presenter.audience.bringForward' : 'presenter.audience.open')}
          </button>
          {host === 'electron' ? (
            <button type="button" onClick={() => openInElectron('next')}>
              {t('presenter.audience.move')}
            </button>
          ) : null}
          {audienceOpen ? (
            <button type="button" onClick={close}>
              {t('presenter.audience.close')}
            </button>
          ) : null}
        </div>
        {/* Announced, not shown: the buttons already say whether the view is open, and the bar needs the room. */}
        <p role="status" className="visually-hidden">
          {t(audienceOpen ? 'presenter.audience.isOpen' : 'presenter.audience.isClosed')}
        </p>
      </div>
      {notice === null ? null : (
        <p
          className={`audience-notice ${notice.kind === 'error' ? 'presenter-error' : 'presenter-hint'}`}
          role={notice.kind === 'error' ? 'alert' : undefined}
        >
          {notice.text}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {t('app.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
