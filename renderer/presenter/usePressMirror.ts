import { useCallback, useEffect, useLayoutEffect, useRef, type MouseEvent, type RefObject, type UIEvent } from 'react';
import type { PresentChannel } from './presentChannel';

const buttonsIn = (root: HTMLElement | null): HTMLButtonElement[] =>
  root === null ? [] : [...root.querySelectorAll('button')];

/**
 * The presenter's side of practice control: a press on any button in the
 * section on screen (a breathing pacer's Start, a timer's Pause, a grounding
 * exercise's Next step) is sent to the audience view, by its position in the
 * section. Both views render the same components, so the same button is there.
 */
export function usePressSender(channel: PresentChannel | null, index: number) {
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target === null || target.disabled) return;
      const control = buttonsIn(event.currentTarget).indexOf(target);
      if (control >= 0) channel?.post({ kind: 'press', section: index, control });
    },
    [channel, index],
  );
}

/** The presenter's side of scrolling: where the facilitator scrolled a long section in the preview. */
export function useScrollSender(channel: PresentChannel | null, index: number) {
  return useCallback(
    (event: UIEvent<HTMLElement>) => {
      const { scrollTop, scrollHeight, clientHeight } = event.currentTarget;
      const room = scrollHeight - clientHeight;
      const ratio = room <= 0 ? 0 : Math.min(1, Math.max(0, scrollTop / room));
      channel?.post({ kind: 'scroll', section: index, ratio });
    },
    [channel, index],
  );
}

/** Presses a button on the audience view and brings the practice it belongs to into view. */
function pressOnScreen(root: HTMLElement | null, control: number): void {
  const button = buttonsIn(root)[control];
  if (button === undefined) return;
  button.click();
  (button.closest('.practice-body') ?? button).scrollIntoView({ block: 'center' });
}

/**
 * The audience's side: presses the same button in its own copy of the section.
 * A press that arrives before the audience has drawn that section (the
 * facilitator moved on and pressed Start at once) waits until it has.
 */
export function usePressReceiver(
  channel: PresentChannel | null,
  index: number | null,
  stage: RefObject<HTMLElement | null>,
): void {
  const shown = useRef<number | null>(null);
  const pending = useRef<{ section: number; control: number } | null>(null);

  useEffect(() => {
    if (channel === null) return undefined;
    return channel.listen((message) => {
      if (message.kind === 'scroll' && message.section === shown.current) {
        const room = document.documentElement.scrollHeight - window.innerHeight;
        window.scrollTo({ top: Math.max(0, room) * message.ratio });
      }
      if (message.kind !== 'press') return;
      if (message.section === shown.current) pressOnScreen(stage.current, message.control);
      else pending.current = message;
    });
  }, [channel, stage]);

  useLayoutEffect(() => {
    // A new section starts at its top.
    if (shown.current !== index) window.scrollTo(0, 0);
    shown.current = index;
    const waiting = pending.current;
    if (waiting !== null && waiting.section === index) {
      pending.current = null;
      pressOnScreen(stage.current, waiting.control);
    }
  }, [index, stage]);
}
