/**
 * The state a presentation shares between the presenter view and the audience
 * view, and the commands that change it. The presenter view owns the state and
 * sends every change to the audience view, so both always show the same thing.
 * Pure: time comes in as an argument, which keeps the clock testable.
 */

export interface PresentState {
  /** The section on screen, from 0. */
  index: number;
  /** The audience view is black (for a discussion, or while the facilitator finds something). */
  blackout: boolean;
  /** The audience view shows the crisis resources over everything else. */
  crisis: boolean;
  /** Milliseconds the session clock counted before it was last started. */
  clockMs: number;
  /** When the session clock was last started (epoch ms), or null while it is stopped. */
  runningSince: number | null;
  /** Milliseconds spent on each section, not counting the current stretch. */
  spentMs: number[];
  /** Bumped on every change, so a view can ignore a state older than the one it has. */
  revision: number;
}

export type PresentCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'go'; index: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'toggle-blackout' }
  | { type: 'toggle-crisis' }
  /** Clears blackout and the crisis screen: back to the lesson. */
  | { type: 'show-lesson' }
  | { type: 'start-clock' }
  | { type: 'pause-clock' }
  | { type: 'reset-clock' };

export function initialPresentState(sectionCount: number): PresentState {
  return {
    index: 0,
    blackout: false,
    crisis: false,
    clockMs: 0,
    runningSince: null,
    spentMs: Array.from({ length: Math.max(1, sectionCount) }, () => 0),
    revision: 0,
  };
}

/** Milliseconds on the session clock at `now`. */
export function sessionMs(state: PresentState, now: number): number {
  return state.clockMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Milliseconds spent on section `index` at `now`, counting the current stretch while the clock runs. */
export function sectionMs(state: PresentState, index: number, now: number): number {
  const past = state.spentMs[index] ?? 0;
  if (index !== state.index || state.runningSince === null) return past;
  return past + Math.max(0, now - state.runningSince);
}

/** Closes the current stretch: its time goes to the current section, and a new stretch starts at `now`. */
function settle(state: PresentState, now: number): PresentState {
  if (state.runningSince === null) return state;
  const spentMs = [...state.spentMs];
  spentMs[state.index] = sectionMs(state, state.index, now);
  return { ...state, spentMs, clockMs: sessionMs(state, now), runningSince: now };
}

function moveTo(state: PresentState, index: number, now: number, last: number): PresentState {
  const target = Math.min(Math.max(0, Math.trunc(index)), last);
  if (target === state.index) return state;
  // Moving never starts the clock: the session starts when the facilitator presses Start, so
  // looking through the slides before the group arrives does not count as teaching time.
  return { ...settle(state, now), index: target };
}

/** Applies a command at time `now` to a presentation of `sectionCount` sections. */
export function reducePresent(
  state: PresentState,
  command: PresentCommand,
  now: number,
  sectionCount: number,
): PresentState {
  const last = Math.max(0, sectionCount - 1);
  let next: PresentState;
  switch (command.type) {
    case 'next':
      next = moveTo(state, state.index + 1, now, last);
      break;
    case 'previous':
      next = moveTo(state, state.index - 1, now, last);
      break;
    case 'go':
      next = moveTo(state, command.index, now, last);
      break;
    case 'first':
      next = moveTo(state, 0, now, last);
      break;
    case 'last':
      next = moveTo(state, last, now, last);
      break;
    case 'toggle-blackout':
      next = { ...state, blackout: !state.blackout, crisis: false };
      break;
    case 'toggle-crisis':
      next = { ...state, crisis: !state.crisis, blackout: false };
      break;
    case 'show-lesson':
      next = state.blackout || state.crisis ? { ...state, blackout: false, crisis: false } : state;
      break;
    case 'start-clock':
      next = state.runningSince === null ? { ...state, runningSince: now } : state;
      break;
    case 'pause-clock':
      next = state.runningSince === null ? state : { ...settle(state, now), runningSince: null };
      break;
    case 'reset-clock':
      next = {
        ...initialPresentState(sectionCount),
        index: state.index,
        blackout: state.blackout,
        crisis: state.crisis,
      };
      break;
  }
  return next === state ? state : { ...next, revision: state.revision + 1 };
}

const commandTypes = new Set<string>([
  'next',
  'previous',
  'go',
  'first',
  'last',
  'toggle-blackout',
  'toggle-crisis',
  'show-lesson',
  'start-clock',
  'pause-clock',
  'reset-clock',
]);

/** True when a message from another window is a command this module knows. */
export function isPresentCommand(value: unknown): value is PresentCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (typeof type !== 'string' || !commandTypes.has(type)) return false;
  return type !== 'go' || (typeof index === 'number' && Number.isFinite(index));
}

/** True when a message from another window is a well-formed state. */
export function isPresentState(value: unknown): value is PresentState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.index === 'number' &&
    typeof s.blackout === 'boolean' &&
    typeof s.crisis === 'boolean' &&
    typeof s.clockMs === 'number' &&
    (s.runningSince === null || typeof s.runningSince === 'number') &&
    Array.isArray(s.spentMs) &&
    s.spentMs.every((n) => typeof n === 'number') &&
    typeof s.revision === 'number'
  );
}

/** Which key does what, for keyboards and presentation clickers (which send Page Up / Page Down). */
export function commandForKey(key: string): PresentCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
    case 'N':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggle-blackout' };
    case 'c':
    case 'C':
      return { type: 'toggle-crisis' };
    case 'Escape':
      return { type: 'show-lesson' };
    default:
      return null;
  }
}
