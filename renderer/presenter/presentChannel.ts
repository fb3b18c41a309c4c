import {
  isPresentCommand,
  isPresentState,
  type PresentCommand,
  type PresentState,
} from '../../common/presenter/presentState';
import { isLessonLanguage, type LessonLanguage } from '../../common/language';

/** What the presenter and audience windows say to each other. */
export type PresentMessage =
  /** The presenter's state and the language of the lesson presented: the audience shows exactly this. */
  | { kind: 'state'; state: PresentState; language: LessonLanguage }
  /** An audience window opened (or reloaded) and wants the current state. */
  | { kind: 'hello' }
  /** An audience window is closing. */
  | { kind: 'bye' }
  /** A key pressed in the audience window (a clicker aimed at the projector), for the presenter to apply. */
  | { kind: 'command'; command: PresentCommand }
  /** The facilitator pressed the `control`-th button of section `section` (start, pause...): press it on screen too. */
  | { kind: 'press'; section: number; control: number }
  /** The facilitator scrolled a long section in the preview: scroll the room's view to the same place (0 to 1). */
  | { kind: 'scroll'; section: number; ratio: number };

function isMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.kind) {
    case 'state':
      return isPresentState(m.state) && isLessonLanguage(m.language);
    case 'hello':
    case 'bye':
      return true;
    case 'command':
      return isPresentCommand(m.command);
    case 'press':
      return Number.isInteger(m.section) && Number.isInteger(m.control);
    case 'scroll':
      return Number.isInteger(m.section) && typeof m.ratio === 'number' && m.ratio >= 0 && m.ratio <= 1;
    default:
      return false;
  }
}

/**
 * A typed BroadcastChannel per lesson. Both views are windows of the app's own
 * origin (a popup in the browser host, a second BrowserWindow in Electron), so
 * they can talk without the main process; messages of any other shape are ignored.
 */
export class PresentChannel {
  private readonly channel: BroadcastChannel;
  private readonly listeners = new Set<(message: PresentMessage) => void>();

  constructor(lessonId: string) {
    this.channel = new BroadcastChannel(`groundwork-present:${lessonId}`);
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isMessage(event.data)) return;
      for (const listener of this.listeners) listener(event.data);
    };
  }

  post(message: PresentMessage): void {
    this.channel.postMessage(message);
  }

  /** Listens for messages from the other windows; returns a function that stops listening. */
  listen(listener: (message: PresentMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel.close();
  }
}
