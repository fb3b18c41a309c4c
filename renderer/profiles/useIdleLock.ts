import { useEffect, useRef } from 'react';
import { call } from '../api/client';

/** What counts as someone using the window: typing, pointing, touching, and scrolling while reading. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;
/** The main process hears of activity at most this often; the last activity of a burst is always sent. */
export const ACTIVITY_REPORT_MS = 20_000;
const listenerOptions = { passive: true, capture: true } as const;

/**
 * Calls `onIdle` once after `minutes` with no keyboard, mouse, touch or scrolling;
 * off when `enabled` is false. Activity is also reported to the main process,
 * which keeps its own idle timer (it must lock even with no window open), so
 * reading and scrolling never let its timer run out while someone is here.
 */
export function useIdleLock(enabled: boolean, minutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    let lastReport = 0;
    const report = (): void => {
      trailing = undefined;
      lastReport = Date.now();
      // A locked profile is handled by the call itself (onProfileLocked); nothing else needs an answer.
      call('reportActivity', {}).catch(() => undefined);
    };
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), minutes * 60_000);
    };
    const onActivity = (): void => {
      restart();
      if (trailing !== undefined) return;
      const wait = lastReport + ACTIVITY_REPORT_MS - Date.now();
      if (wait <= 0) report();
      else trailing = setTimeout(report, wait);
    };
    restart();
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, listenerOptions);
    return () => {
      clearTimeout(timer);
      clearTimeout(trailing);
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity, listenerOptions);
    };
  }, [enabled, minutes]);
}
