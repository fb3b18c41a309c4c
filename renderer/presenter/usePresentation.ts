import { useCallback, useEffect, useRef, useState } from 'react';
import {
  initialPresentState,
  isPresentState,
  reducePresent,
  type PresentCommand,
  type PresentState,
} from '../../common/presenter/presentState';
import type { LessonLanguage } from '../../common/language';
import { PresentChannel, type PresentMessage } from './presentChannel';

/** One channel per lesson for the life of the view. */
export function usePresentChannel(lessonId: string): PresentChannel | null {
  const [channel, setChannel] = useState<PresentChannel | null>(null);
  useEffect(() => {
    const created = new PresentChannel(lessonId);
    // The channel is an outside resource opened and closed with this effect (twice under StrictMode),
    // so it is handed to the render from here rather than created during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChannel(created);
    return () => created.close();
  }, [lessonId]);
  return channel;
}

const storageKey = (lessonId: string): string => `groundwork-present:${lessonId}`;

/** The state kept in this tab's sessionStorage, so reloading the presenter keeps the place and the clock. */
function restored(lessonId: string, sectionCount: number): PresentState {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(storageKey(lessonId)) ?? 'null');
    if (isPresentState(saved) && saved.spentMs.length === sectionCount && saved.index < sectionCount) return saved;
  } catch {
    // A damaged saved state only costs the place in the lesson: start again from the top.
  }
  return initialPresentState(sectionCount);
}

export interface PresenterState {
  state: PresentState;
  dispatch(command: PresentCommand): void;
  /** True while an audience window is open and listening. */
  audienceOpen: boolean;
}

/**
 * The presenter's side: it owns the state, applies commands (its own, and keys
 * pressed in the audience window), and sends every new state to the audience,
 * with the language of the lesson presented so an open audience view follows a switch.
 */
export function usePresenterState(
  lessonId: string,
  sectionCount: number,
  channel: PresentChannel | null,
  language: LessonLanguage,
): PresenterState {
  const [state, setState] = useState(() => restored(lessonId, sectionCount));
  const [audienceOpen, setAudienceOpen] = useState(false);
  const latest = useRef({ state, language });
  const dispatch = useCallback(
    (command: PresentCommand) => setState((s) => reducePresent(s, command, Date.now(), sectionCount)),
    [sectionCount],
  );

  useEffect(() => {
    latest.current = { state, language };
    channel?.post({ kind: 'state', state, language });
    try {
      sessionStorage.setItem(storageKey(lessonId), JSON.stringify(state));
    } catch {
      // Storage full or disabled: the presentation still works, it just will not survive a reload.
    }
  }, [state, channel, lessonId, language]);

  useEffect(() => {
    if (channel === null) return undefined;
    return channel.listen((message: PresentMessage) => {
      if (message.kind === 'hello') {
        setAudienceOpen(true);
        channel.post({ kind: 'state', ...latest.current });
      } else if (message.kind === 'bye') setAudienceOpen(false);
      else if (message.kind === 'command') dispatch(message.command);
    });
  }, [channel, dispatch]);

  return { state, dispatch, audienceOpen };
}

/** What the audience view knows of the presentation: null until the presenter view answers. */
export interface AudienceState {
  state: PresentState | null;
  /** The language the presenter presents the lesson in. */
  language: LessonLanguage | null;
  send(command: PresentCommand): void;
}

/** The audience's side: it shows the presenter's state, in the presenter's language, and forwards its own key presses. */
export function useAudienceState(channel: PresentChannel | null): AudienceState {
  const [state, setState] = useState<PresentState | null>(null);
  const [language, setLanguage] = useState<LessonLanguage | null>(null);
  useEffect(() => {
    if (channel === null) return undefined;
    const stop = channel.listen((message) => {
      if (message.kind !== 'state') return;
      setState(message.state);
      setLanguage(message.language);
    });
    channel.post({ kind: 'hello' });
    const bye = (): void => channel.post({ kind: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      stop();
      window.removeEventListener('pagehide', bye);
    };
  }, [channel]);
  const send = useCallback((command: PresentCommand) => channel?.post({ kind: 'command', command }), [channel]);
  return { state, language, send };
}

/** The current time, updated every second, for clocks. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
