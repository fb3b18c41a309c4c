import { useEffect } from 'react';

/**
 * Keeps the lesson's toolbar (back link, Present, save status) stuck under the
 * app's header while the person scrolls through the worksheet, and tells the
 * page how much of its top those two cover (--sticky-top, used for
 * scroll-padding-top in app.css), so a field reached with Tab or scrolled to is
 * never left underneath them. Both heights change with the window's width and
 * the text size, so they are measured, not assumed.
 */
/** Space left between the bar and a field brought out from under it (0.75rem in app.css at 16 px). */
const STICKY_MARGIN_PX = 12;

export function useStickyOffsets(bar: HTMLElement | null): void {
  useEffect(() => {
    const header = document.querySelector('.app-header');
    if (bar === null) return undefined;
    const root = document.documentElement;
    const measure = (): void => {
      const headerHeight = header?.getBoundingClientRect().height ?? 0;
      root.style.setProperty('--app-header-height', `${headerHeight}px`);
      root.style.setProperty('--sticky-top', `${headerHeight + bar.getBoundingClientRect().height}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    if (header !== null) observer.observe(header);
    // Chromium scrolls a focused field only when it is wholly out of view, so one whose top edge
    // is a few pixels under the bar stays there: bring it out, as scroll-padding-top would have.
    const unhide = (event: FocusEvent): void => {
      const field = event.target;
      if (!(field instanceof HTMLElement) || bar.contains(field) || header?.contains(field)) return;
      const covered = bar.getBoundingClientRect().bottom;
      const { top, bottom } = field.getBoundingClientRect();
      if (top < covered && bottom > 0) {
        window.scrollBy({ top: top - covered - STICKY_MARGIN_PX, behavior: 'instant' });
      }
    };
    document.addEventListener('focusin', unhide);
    return () => {
      document.removeEventListener('focusin', unhide);
      observer.disconnect();
      root.style.removeProperty('--app-header-height');
      root.style.removeProperty('--sticky-top');
    };
  }, [bar]);
}
