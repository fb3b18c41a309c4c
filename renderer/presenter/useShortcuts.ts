import { useEffect } from 'react';
import { commandForKey, type PresentCommand } from '../../common/presenter/presentState';

const typing = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const pressable = new Set(['BUTTON', 'A', 'SUMMARY']);

/**
 * True when a key belongs to the focused control rather than to the
 * presentation: typing in a field, or Space and Enter on a button (so the
 * facilitator can start a practice timer with the keyboard).
 */
function keyBelongsToControl(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target === null) return false;
  if (typing.has(target.tagName) || target.isContentEditable) return true;
  return (event.key === ' ' || event.key === 'Enter') && pressable.has(target.tagName);
}

/** Keyboard and presentation-clicker control (arrows, Page Up / Page Down, space, B or ., C, Escape). */
export function useShortcuts(onCommand: (command: PresentCommand) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (keyBelongsToControl(event)) return;
      const command = commandForKey(event.key);
      if (command === null) return;
      event.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCommand]);
}
