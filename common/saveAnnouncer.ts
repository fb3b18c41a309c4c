import type { SaveState } from './saveQueue';

/** How long "saved" must hold before it is said: a pause in typing, not every keystroke's save. */
export const SETTLE_MS = 2_000;
/** "All answers saved" is said at most this often, unless saving failed in between. */
export const REPEAT_MS = 60_000;

/**
 * Decides what the save status says to screen readers, politely. The visible
 * status changes with every save ("Saving…", "All answers saved"); reading each
 * change aloud would talk over every keystroke. So: a failure is said at once;
 * "saved" is said once typing has paused for SETTLE_MS, and not again within
 * REPEAT_MS unless a failure came between; "Saving…" and "idle" are never said.
 * Plain logic with the clock passed in, so it is tested without a browser.
 */
export class SaveAnnouncer {
  private lastSavedAt = Number.NEGATIVE_INFINITY;
  private failedSince = false;
  private pending: SaveState | null = null;
  private changedAt = 0;

  /** The state changed at `now`: returns what to say right away, if anything. */
  change(state: SaveState, now: number): SaveState | null {
    this.pending = state;
    this.changedAt = now;
    if (state !== 'failed') return null;
    this.failedSince = true;
    return 'failed';
  }

  /** Time passed: returns what to say now that the state has settled, if anything. */
  tick(now: number): SaveState | null {
    if (this.pending !== 'saved' || now - this.changedAt < SETTLE_MS) return null;
    this.pending = null;
    if (!this.failedSince && now - this.lastSavedAt < REPEAT_MS) return null;
    this.failedSince = false;
    this.lastSavedAt = now;
    return 'saved';
  }
}
