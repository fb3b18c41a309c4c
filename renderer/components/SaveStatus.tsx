import { useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveAnnouncer, SETTLE_MS } from '../../common/saveAnnouncer';
import type { SaveState } from '../hooks/useAnswers';

/**
 * Whether answers are on disk. The visible status follows every save; it is a
 * status a screen reader can find but does not read out each change
 * (aria-live off). What is read out, politely, is decided by SaveAnnouncer: a
 * failure at once, "saved" when typing pauses, never every keystroke.
 */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }): JSX.Element {
  const { t } = useTranslation();
  const said = useAnnouncement(state);
  return (
    <div className={`save-status save-${state}`}>
      <span role="status" aria-live="off">
        {t(`save.${state}`)}
      </span>
      {state === 'failed' ? (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {/* The same words said again need a change in the region to be read: a trailing no-break space. */}
        {said === null ? '' : `${t(`save.${said.state}`)}${said.count % 2 === 1 ? '\u00a0' : ''}`}
      </span>
    </div>
  );
}

/** What the polite live region says now, from the save state over time. */
function useAnnouncement(state: SaveState): { state: SaveState; count: number } | null {
  const announcer = useRef(new SaveAnnouncer());
  const [said, setSaid] = useState<{ state: SaveState; count: number } | null>(null);
  const say = (what: SaveState): void => setSaid((before) => ({ state: what, count: (before?.count ?? 0) + 1 }));
  useEffect(() => {
    const now = performance.now();
    const atOnce = announcer.current.change(state, now);
    if (atOnce !== null) say(atOnce);
    if (state !== 'saved') return undefined;
    // Checked again once the state could have settled; a newer state clears this timer first.
    const timer = window.setTimeout(() => {
      const settled = announcer.current.tick(performance.now());
      if (settled !== null) say(settled);
    }, SETTLE_MS + 100);
    return () => window.clearTimeout(timer);
  }, [state]);
  return said;
}
