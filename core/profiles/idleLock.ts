/** Time and timers, passed in so tests can move time by hand. */
export interface Clock {
  now(): number;
  /** Calls `run` once after `ms`; returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** The real clock. Its timers never keep the process alive on their own. */
export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

interface Watched {
  limitMs: number;
  lastUse: number;
  cancel: () => void;
}

/**
 * Locks profiles that have not been used for their idle time, in the process
 * that holds their keys, whether or not any window is open to notice. "Used"
 * means an API call on the profile's data or an activity report from the window
 * (reading and scrolling reach only the window, so it reports them).
 */
export class IdleLock {
  private readonly watched = new Map<string, Watched>();

  constructor(
    private readonly clock: Clock,
    /** Forgets the profile's key; called once when its idle time has passed. */
    private readonly onIdle: (profileId: string) => void,
  ) {}

  /** Starts (or restarts) counting for a profile, used just now, that locks after `limitMs` idle. */
  watch(profileId: string, limitMs: number): void {
    this.stop(profileId);
    const entry: Watched = { limitMs, lastUse: this.clock.now(), cancel: () => undefined };
    this.watched.set(profileId, entry);
    this.arm(profileId, entry, limitMs);
  }

  isWatched(profileId: string): boolean {
    return this.watched.has(profileId);
  }

  /** The profile was used now. The timer is not moved on every use: it looks again when it fires. */
  touch(profileId: string): void {
    const entry = this.watched.get(profileId);
    if (entry !== undefined) entry.lastUse = this.clock.now();
  }

  /** True once the profile's idle time has passed, even if its timer has not fired yet. */
  expired(profileId: string): boolean {
    const entry = this.watched.get(profileId);
    return entry !== undefined && this.clock.now() - entry.lastUse >= entry.limitMs;
  }

  stop(profileId: string): void {
    this.watched.get(profileId)?.cancel();
    this.watched.delete(profileId);
  }

  private arm(profileId: string, entry: Watched, delay: number): void {
    entry.cancel = this.clock.after(delay, () => {
      if (this.watched.get(profileId) !== entry) return;
      const idle = this.clock.now() - entry.lastUse;
      if (idle < entry.limitMs) {
        this.arm(profileId, entry, entry.limitMs - idle);
        return;
      }
      this.watched.delete(profileId);
      this.onIdle(profileId);
    });
  }
}
