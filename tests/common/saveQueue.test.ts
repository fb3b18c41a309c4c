import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../common/result';
import { isRefusal, RETRY_DELAYS_MS, SAVE_DELAY_MS, SaveQueue, type SaveState } from '../../common/saveQueue';

interface Sent {
  exerciseId: string;
  value: string;
  owner: string | undefined;
}

/** A queue whose sends are recorded and answered by `answer` (default: saved). */
function harness(answer: (sent: Sent, index: number) => Promise<void> = async () => undefined) {
  const sent: Sent[] = [];
  const states: SaveState[] = [];
  const queue = new SaveQueue<string>({
    send: (exerciseId, value, owner) => {
      const item = { exerciseId, value, owner };
      sent.push(item);
      return answer(item, sent.length - 1);
    },
    onState: (s) => states.push(s),
  });
  return { queue, sent, states };
}

const diskFull = (): ApiFailure => new ApiFailure('storage-failed', 'The disk is full');
const locked = (): ApiFailure => new ApiFailure('forbidden', 'locked', { reason: 'locked' });

/** A promise settled from outside, to hold a save in flight. */
function deferred(): { promise: Promise<void>; resolve(): void; reject(error: unknown): void } {
  let resolve = (): void => undefined;
  let reject = (_error: unknown): void => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the save queue', () => {
  it('saves a moment after the last change, in order, the newest value of each answer once', async () => {
    const { queue, sent, states } = harness();
    queue.set('a', 'a1');
    queue.set('b', 'b1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    queue.set('a', 'a2');
    queue.set('c', 'c1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((s) => `${s.exerciseId}=${s.value}`)).toEqual(['a=a2', 'b=b1', 'c=c1']);
    expect(states).toEqual(['saving', 'saved']);
    expect(queue.size).toBe(0);
  });

  it('sends one save at a time: the next waits until the disk has the one before', async () => {
    const holds = [deferred(), deferred()];
    const { queue, sent } = harness((_s, i) => holds[i]?.promise ?? Promise.resolve());
    queue.set('a', 'a1');
    queue.set('b', 'b1');
    const done = queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.exerciseId)).toEqual(['a']);
    holds[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.exerciseId)).toEqual(['a', 'b']);
    holds[1]?.resolve();
    await done;
  });

  it('keeps a failed save and retries it with growing waits, sending the newest value typed meanwhile', async () => {
    const { queue, sent, states } = harness(async (_s, i) => {
      if (i < 2) throw diskFull();
    });
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('failed');
    expect(queue.size).toBe(1);
    await vi.advanceTimersByTimeAsync((RETRY_DELAYS_MS[0] ?? 0) - 1);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    // Typed while failing: the failure stays on show, and the retry carries the new value.
    queue.set('a', 'a2');
    expect(states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(sent.map((s) => s.value)).toEqual(['a1', 'a1', 'a2']);
    expect(states.at(-1)).toBe('saved');
    expect(queue.size).toBe(0);
  });

  it('waits longer after each failure in a row, up to the last wait', async () => {
    const { queue, sent } = harness(async () => {
      throw diskFull();
    });
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    const times: number[] = [];
    for (const wait of [...RETRY_DELAYS_MS, RETRY_DELAYS_MS.at(-1) ?? 0]) {
      const before = sent.length;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(sent).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(sent).toHaveLength(before + 1);
      times.push(wait);
    }
    expect(times).toEqual([1_000, 3_000, 10_000, 30_000, 30_000]);
  });

  it('stops at a refusal: the answer is kept, not retried, and sent again at the next flush', async () => {
    let refuse = true;
    const { queue, sent, states } = harness(async () => {
      if (refuse) throw locked();
    });
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(1);
    expect(queue.size).toBe(1);
    refuse = false;
    await queue.flush();
    expect(sent.map((s) => s.value)).toEqual(['a1', 'a1']);
    expect(states.at(-1)).toBe('saved');
  });

  it('a flush during a retry wait sends at once, and the waiting retry does not send again', async () => {
    const { queue, sent, states } = harness(async (_s, i) => {
      if (i === 0) throw diskFull();
    });
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(200);
    await queue.flush();
    expect(sent).toHaveLength(2);
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(2);
  });

  it('a flush while a save is on its way waits for it, then sends what came after', async () => {
    const hold = deferred();
    const { queue, sent } = harness((_s, i) => (i === 0 ? hold.promise : Promise.resolve()));
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    queue.set('b', 'b1');
    let flushed = false;
    const done = queue.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    hold.resolve();
    await done;
    expect(sent.map((s) => s.exerciseId)).toEqual(['a', 'b']);
  });

  it('sends each answer for the profile it was typed under, even when the profile changes mid-queue', async () => {
    const hold = deferred();
    const { queue, sent, states } = harness(async (s, i) => {
      if (i === 0) await hold.promise;
      // Profile A was locked by the switch: its saves are refused from now on.
      if (s.owner === 'a' && i > 0) throw locked();
    });
    queue.setOwner('a');
    queue.set('x', 'typed by A');
    queue.set('y', 'also by A');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    // The person switches to profile B while A's first save is on its way, and types.
    queue.setOwner('b');
    queue.set('x', 'typed by B');
    hold.resolve();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await queue.flush();
    expect(sent.filter((s) => s.owner === 'b').map((s) => s.value)).toEqual(['typed by B']);
    expect(sent.filter((s) => s.owner === 'a').map((s) => s.value)).toContain('typed by A');
    expect(sent.some((s) => s.owner === 'b' && s.value.includes('by A'))).toBe(false);
    // A's refused answer is kept, not lost, and not retried on a timer.
    expect(queue.size).toBe(1);
    expect(states.at(-1)).toBe('failed');
    const count = sent.length;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(count);
  });

  it('after the lesson closes, a last flush is tried but a failure leaves no retry running', async () => {
    const { queue, sent } = harness(async () => {
      throw diskFull();
    });
    queue.set('a', 'a1');
    await queue.close();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toHaveLength(1);
  });
});

describe('the save queue, what the person is told', () => {
  it('says "saving" as soon as an answer changes, before the save is due', async () => {
    const { queue, states } = harness();
    queue.set('a', 'a1');
    expect(states).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(states).toEqual(['saving', 'saved']);
  });

  it('never says "saved" while an answer typed during a save is still waiting', async () => {
    const hold = deferred();
    const { queue, sent, states } = harness((_s, i) => (i === 0 ? hold.promise : Promise.resolve()));
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    queue.set('b', 'b1');
    hold.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.exerciseId)).toEqual(['a']);
    expect(states).toEqual(['saving']);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(sent.map((s) => s.exerciseId)).toEqual(['a', 'b']);
    expect(states).toEqual(['saving', 'saved']);
  });

  it('tells each failure, and whether it will be tried again', async () => {
    const told: [string, boolean][] = [];
    let failure: ApiFailure | undefined = diskFull();
    const queue = new SaveQueue<string>({
      send: async () => {
        if (failure !== undefined) throw failure;
      },
      onState: () => undefined,
      onFailure: (error, retrying) => told.push([(error as ApiFailure).code, retrying]),
    });
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    failure = locked();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] ?? 0);
    expect(told).toEqual([
      ['storage-failed', true],
      ['forbidden', false],
    ]);
  });
});

describe('the save queue, keeping every answer', () => {
  it('keeps the newer value typed while a save of the older one was failing', async () => {
    const hold = deferred();
    const { queue, sent } = harness((_s, i) => (i === 0 ? hold.promise : Promise.resolve()));
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    queue.set('a', 'a2');
    hold.reject(diskFull());
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.size).toBe(1);
    await queue.flush();
    expect(sent.map((s) => s.value)).toEqual(['a1', 'a2']);
  });

  it('keeps two profiles’ answers to the same exercise apart when the switch comes before either is sent', async () => {
    const { queue, sent } = harness();
    queue.setOwner('a');
    queue.set('x', 'typed by A');
    queue.setOwner('b');
    queue.set('x', 'typed by B');
    expect(queue.size).toBe(2);
    await queue.flush();
    expect(sent).toEqual([
      { exerciseId: 'x', value: 'typed by A', owner: 'a' },
      { exerciseId: 'x', value: 'typed by B', owner: 'b' },
    ]);
  });

  it('after one refusal, sends none of that profile’s other answers in the round, and keeps them all', async () => {
    const { queue, sent, states } = harness(async (s) => {
      if (s.owner === 'a') throw locked();
    });
    queue.setOwner('a');
    for (const id of ['x', 'y', 'z']) queue.set(id, `${id} by A`);
    queue.setOwner('b');
    queue.set('x', 'x by B');
    await queue.flush();
    expect(sent.map((s) => s.value)).toEqual(['x by A', 'x by B']);
    expect(queue.size).toBe(3);
    expect(states.at(-1)).toBe('failed');
  });

  it('after closing, queues a change without saving it on a timer; reopened, saves again a moment after', async () => {
    const { queue, sent } = harness();
    await queue.close();
    queue.set('a', 'a1');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent).toEqual([]);
    expect(queue.size).toBe(1);
    queue.reopen();
    queue.set('b', 'b1');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(sent.map((s) => s.value)).toEqual(['a1', 'b1']);
  });
});

describe('isRefusal', () => {
  it('is true only for failures that retrying cannot fix', () => {
    expect(isRefusal(locked())).toBe(true);
    expect(isRefusal(new ApiFailure('storage-failed', 'newer', { reason: 'newer-version' }))).toBe(true);
    expect(isRefusal(diskFull())).toBe(false);
    expect(isRefusal(new Error('network'))).toBe(false);
    // Only the app's own failures are read: a thrown value that merely carries the code is retried.
    expect(isRefusal({ code: 'forbidden', details: { reason: 'locked' } })).toBe(false);
  });
});
