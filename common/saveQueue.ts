import { ApiFailure, detailsOf } from './result';

/** What the person is told about their answers: nothing yet, on the way to disk, on disk, or not saved. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Wait after the last change before saving, so typing does not write on every key. */
export const SAVE_DELAY_MS = 400;
/** Waits before each retry of a failed save; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 3_000, 10_000, 30_000];

/**
 * True for a failure that trying again cannot fix: the profile is locked or
 * another one is open (`forbidden`), or the lesson's file belongs to a newer
 * Groundwork. Such a save is kept, but not retried until the next flush.
 */
export function isRefusal(error: unknown): boolean {
  if (!(error instanceof ApiFailure)) return false;
  if (error.code === 'forbidden') return true;
  return detailsOf(error, 'storage-failed')?.reason === 'newer-version';
}

export interface SaveQueueOptions<V> {
  /** Sends one answer, for the profile it was given under (undefined: the active one); resolves once on disk. */
  send(exerciseId: string, value: V, owner: string | undefined): Promise<void>;
  /** Told each change of state. */
  onState(state: SaveState): void;
  /** Told each failed save, and whether it will be retried. */
  onFailure?(error: unknown, retrying: boolean): void;
  isRefusal?(error: unknown): boolean;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

interface Pending<V> {
  exerciseId: string;
  value: V;
  owner: string | undefined;
}

/**
 * A lesson's unsaved answers on their way to disk, with no React in it (the hook
 * useAnswers only wires it). A change is saved a moment after the last one;
 * saves go one at a time, in order, and only the newest value of each answer is
 * sent. A failed save stays queued and is retried with growing waits; a refused
 * one (isRefusal) stays queued without retries. Each answer is sent for the
 * profile it was typed under, so a profile switch never sends one person's
 * answers to another.
 */
export class SaveQueue<V> {
  /** Keyed by profile and exercise; a newer value replaces an older one not yet sent. */
  private readonly pending = new Map<string, Pending<V>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;
  private closed = false;
  private state: SaveState = 'idle';
  /** The profile new answers belong to: the one the answers were loaded for. */
  private owner: string | undefined = undefined;

  constructor(private readonly options: SaveQueueOptions<V>) {}

  /** How many answers are waiting to be saved. */
  get size(): number {
    return this.pending.size;
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.onState(state);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Answers set from now on belong to this profile (those already queued keep theirs). */
  setOwner(profileId: string | undefined): void {
    this.owner = profileId;
  }

  /** Queues an answer, to be sent a moment after the last change. */
  set(exerciseId: string, value: V): void {
    const owner = this.owner;
    this.pending.set(`${owner ?? ''}\n${exerciseId}`, { exerciseId, value, owner });
    // A failure stays on show until a save succeeds.
    if (this.state !== 'failed') this.setState('saving');
    if (!this.closed) this.schedule(this.options.delayMs ?? SAVE_DELAY_MS);
  }

  /** Sends everything queued now, after any save already under way; resolves when the round is over. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.chain = this.chain.then(() => this.round());
    return this.chain;
  }

  /** The lesson has closed: a last flush is made, and nothing is retried after it. */
  close(): Promise<void> {
    this.closed = true;
    return this.flush();
  }

  /** Open again after close (React mounts an effect twice in development). */
  reopen(): void {
    this.closed = false;
  }

  /** Sends each queued answer once; stops at a failure, skipping (and keeping) the answers of a profile that refused. */
  private async round(): Promise<void> {
    const refused = new Set<string | undefined>();
    for (const key of [...this.pending.keys()]) {
      // Read now, not from the snapshot: a value changed since is sent as its newest.
      const item = this.pending.get(key);
      if (item === undefined || refused.has(item.owner)) continue;
      this.pending.delete(key);
      this.setState('saving');
      try {
        await this.options.send(item.exerciseId, item.value, item.owner);
      } catch (error) {
        // Kept unless a newer value came meanwhile.
        if (!this.pending.has(key)) this.pending.set(key, item);
        if (this.options.isRefusal?.(error) ?? isRefusal(error)) {
          refused.add(item.owner);
          this.options.onFailure?.(error, false);
          continue;
        }
        this.retryLater(error);
        return;
      }
    }
    if (refused.size > 0) {
      this.setState('failed');
      return;
    }
    this.failures = 0;
    this.setState(this.pending.size === 0 ? 'saved' : 'saving');
  }

  private retryLater(error: unknown): void {
    this.setState('failed');
    const retrying = !this.closed;
    this.options.onFailure?.(error, retrying);
    if (!retrying) return;
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.failures, delays.length - 1)] ?? 0;
    this.failures += 1;
    this.schedule(delay);
  }
}
