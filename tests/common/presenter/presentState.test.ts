import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  initialPresentState,
  isPresentCommand,
  isPresentState,
  reducePresent,
  sectionMs,
  sessionMs,
  type PresentCommand,
  type PresentState,
} from '../../../common/presenter/presentState';

const run = (commands: [PresentCommand, number][], count = 4): PresentState =>
  commands.reduce((state, [command, now]) => reducePresent(state, command, now, count), initialPresentState(count));

describe('reducePresent', () => {
  it('moves next, previous and to a section, within bounds', () => {
    expect(run([[{ type: 'next' }, 0]]).index).toBe(1);
    expect(run([[{ type: 'previous' }, 0]]).index).toBe(0);
    expect(
      run([
        [{ type: 'go', index: 3 }, 0],
        [{ type: 'next' }, 0],
      ]).index,
    ).toBe(3);
    expect(run([[{ type: 'go', index: 99 }, 0]]).index).toBe(3);
    expect(
      run([
        [{ type: 'last' }, 0],
        [{ type: 'first' }, 0],
      ]).index,
    ).toBe(0);
  });

  it('keeps blackout and the crisis screen apart, and clears both to show the lesson', () => {
    const dark = run([[{ type: 'toggle-blackout' }, 0]]);
    expect([dark.blackout, dark.crisis]).toEqual([true, false]);
    const crisis = reducePresent(dark, { type: 'toggle-crisis' }, 0, 4);
    expect([crisis.blackout, crisis.crisis]).toEqual([false, true]);
    const back = reducePresent(crisis, { type: 'show-lesson' }, 0, 4);
    expect([back.blackout, back.crisis]).toEqual([false, false]);
    expect(back.revision).toBe(3);
  });

  it('does not start the clock when the facilitator moves through the sections', () => {
    const state = run([
      [{ type: 'next' }, 1000],
      [{ type: 'next' }, 30_000],
      [{ type: 'go', index: 0 }, 60_000],
    ]);
    expect(state.runningSince).toBeNull();
    expect(sessionMs(state, 120_000)).toBe(0);
    expect([0, 1, 2].map((i) => sectionMs(state, i, 120_000))).toEqual([0, 0, 0]);
  });

  it('counts session and section time from Start, while the clock runs', () => {
    let state = run([
      [{ type: 'next' }, 0],
      [{ type: 'start-clock' }, 1000],
    ]);
    expect(state.runningSince).toBe(1000);
    expect(sessionMs(state, 61_000)).toBe(60_000);
    state = reducePresent(state, { type: 'next' }, 61_000, 4);
    expect(sectionMs(state, 1, 90_000)).toBe(60_000);
    expect(sectionMs(state, 2, 90_000)).toBe(29_000);
    state = reducePresent(state, { type: 'pause-clock' }, 90_000, 4);
    expect(sessionMs(state, 500_000)).toBe(89_000);
    expect(sectionMs(state, 2, 500_000)).toBe(29_000);
    // Moving while paused carries no time with it.
    state = reducePresent(state, { type: 'previous' }, 400_000, 4);
    expect([sectionMs(state, 1, 500_000), sectionMs(state, 2, 500_000)]).toEqual([60_000, 29_000]);
    state = reducePresent(state, { type: 'start-clock' }, 500_000, 4);
    expect(sessionMs(state, 501_000)).toBe(90_000);
    expect(sectionMs(state, 1, 501_000)).toBe(61_000);
    state = reducePresent(state, { type: 'reset-clock' }, 502_000, 4);
    expect([sessionMs(state, 600_000), state.index, state.runningSince]).toEqual([0, 1, null]);
  });

  it('returns the same state when nothing changes', () => {
    const state = initialPresentState(2);
    expect(reducePresent(state, { type: 'previous' }, 0, 2)).toBe(state);
    expect(reducePresent(state, { type: 'pause-clock' }, 0, 2)).toBe(state);
  });
});

describe('messages and keys', () => {
  it('accepts only well-formed commands and states from another window', () => {
    expect(isPresentCommand({ type: 'go', index: 2 })).toBe(true);
    expect(isPresentCommand({ type: 'go' })).toBe(false);
    expect(isPresentCommand({ type: 'explode' })).toBe(false);
    expect(isPresentState(initialPresentState(3))).toBe(true);
    expect(isPresentState({ ...initialPresentState(3), spentMs: ['x'] })).toBe(false);
  });

  it('maps keyboard and clicker keys', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(commandForKey(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(commandForKey(key)).toEqual({ type: 'previous' });
    expect(commandForKey('b')).toEqual({ type: 'toggle-blackout' });
    expect(commandForKey('.')).toEqual({ type: 'toggle-blackout' });
    expect(commandForKey('C')).toEqual({ type: 'toggle-crisis' });
    expect(commandForKey('x')).toBeNull();
  });
});
