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

  it('starts at the first section, lit, with the clock stopped and no time spent', () => {
    expect(initialPresentState(3)).toEqual({
      index: 0,
      blackout: false,
      crisis: false,
      clockMs: 0,
      runningSince: null,
      spentMs: [0, 0, 0],
      revision: 0,
    });
    // A lesson with no sections still has its one screen to time.
    expect(initialPresentState(0).spentMs).toEqual([0]);
  });

  it('goes to the last section', () => {
    expect(run([[{ type: 'last' }, 0]]).index).toBe(3);
  });

  it('keeps the time already counted when Start is pressed again', () => {
    const started = run([[{ type: 'start-clock' }, 1000]]);
    const again = reducePresent(started, { type: 'start-clock' }, 5000, 4);
    expect(again).toBe(started);
    expect(sessionMs(again, 6000)).toBe(5000);
  });

  it('returns the same state when nothing changes', () => {
    const state = initialPresentState(2);
    expect(reducePresent(state, { type: 'previous' }, 0, 2)).toBe(state);
    expect(reducePresent(state, { type: 'pause-clock' }, 0, 2)).toBe(state);
    expect(reducePresent(state, { type: 'show-lesson' }, 0, 2)).toBe(state);
  });
});

describe('messages and keys', () => {
  const commands: PresentCommand[] = [
    { type: 'next' },
    { type: 'previous' },
    { type: 'go', index: 2 },
    { type: 'first' },
    { type: 'last' },
    { type: 'toggle-blackout' },
    { type: 'toggle-crisis' },
    { type: 'show-lesson' },
    { type: 'start-clock' },
    { type: 'pause-clock' },
    { type: 'reset-clock' },
  ];

  it('accepts every command the presenter sends', () => {
    for (const command of commands) expect(isPresentCommand(command), command.type).toBe(true);
  });

  it('refuses a message from another window that is not a command', () => {
    for (const value of [null, undefined, 'next', 3, { type: 'explode' }, { type: 3 }, {}]) {
      expect(isPresentCommand(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('refuses "go" without a finite section number', () => {
    for (const index of [undefined, '2', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isPresentCommand({ type: 'go', index }), String(index)).toBe(false);
    }
  });

  it('accepts a well-formed state, running or stopped', () => {
    expect(isPresentState(initialPresentState(3))).toBe(true);
    expect(isPresentState({ ...initialPresentState(3), runningSince: 5000 })).toBe(true);
  });

  it('refuses a state with any field missing or of the wrong kind', () => {
    const good = { ...initialPresentState(3), spentMs: [1, 2, 3] };
    const broken: Record<string, unknown>[] = [
      { index: '0' },
      { blackout: 'no' },
      { crisis: 1 },
      { clockMs: null },
      { runningSince: '5000' },
      { runningSince: undefined },
      { spentMs: { 0: 1 } },
      { spentMs: [1, 'x', 3] },
      { revision: undefined },
    ];
    for (const change of broken) expect(isPresentState({ ...good, ...change }), JSON.stringify(change)).toBe(false);
    for (const value of [null, undefined, 'state', 7]) expect(isPresentState(value)).toBe(false);
  });

  it('maps keyboard and clicker keys', () => {
    const keys: [string, PresentCommand['type']][] = [
      ['ArrowRight', 'next'],
      ['ArrowDown', 'next'],
      ['PageDown', 'next'],
      [' ', 'next'],
      ['n', 'next'],
      ['N', 'next'],
      ['ArrowLeft', 'previous'],
      ['ArrowUp', 'previous'],
      ['PageUp', 'previous'],
      ['p', 'previous'],
      ['P', 'previous'],
      ['Home', 'first'],
      ['End', 'last'],
      ['b', 'toggle-blackout'],
      ['B', 'toggle-blackout'],
      ['.', 'toggle-blackout'],
      ['c', 'toggle-crisis'],
      ['C', 'toggle-crisis'],
      ['Escape', 'show-lesson'],
    ];
    for (const [key, type] of keys) expect(commandForKey(key), key).toEqual({ type });
    for (const key of ['x', '', 'Enter', 'Tab']) expect(commandForKey(key), key).toBeNull();
  });
});
