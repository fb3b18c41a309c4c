import type { Clock } from '../../../core/profiles/idleLock';

/** A clock that moves only when a test says so; its timers run as time passes them. */
export class FakeClock implements Clock {
  private time = Date.parse('2026-05-01T10:00:00Z');
  private timers: { at: number; run: () => void; id: number }[] = [];
  private nextId = 0;

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): () => void {
    const id = (this.nextId += 1);
    this.timers.push({ at: this.time + ms, run, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Moves time on without running any timer: a process too busy to run them. */
  jump(ms: number): void {
    this.time += ms;
  }

  /** Moves time on, running each timer that falls due on the way, then lets their async work settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.run();
    }
    this.time = end;
    // Timers start async work (locking flushes files): give it a few turns of the event loop.
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  }
}
