import type { Result } from '../common/result';
import { startCalls, startDataId, type StartAnswer } from '../common/startData';
import { firstPaint } from './firstPaint';
import { splitPage } from './pageSplit';

export { splitPage };

/**
 * The app's page as each host serves it (devhost/server.ts over http, the
 * Electron app's `app:` scheme): the built index.html with the first screen's
 * answers in a JSON data block (common/startData.ts), so the lesson list shows
 * as soon as the scripts have run instead of after a round of requests.
 *
 * The page comes in two parts so a host can send the head at once: the browser
 * fetches the scripts and styles while the host reads the lessons, and the
 * scripts (modules, so deferred) run only once the rest has arrived.
 */

/** The first screen's calls answered through the host's own dispatch; only answers that succeeded are kept. */
export async function startAnswers(
  dispatch: (method: string, payload: unknown) => Promise<Result<unknown>>,
): Promise<StartAnswer[]> {
  const answers = await Promise.all(
    startCalls.map(async ({ method, request }) => ({
      method,
      request,
      // A dispatch that throws at once, or answers with nothing, leaves its answer out like a failed one.
      result: await Promise.resolve()
        .then(() => dispatch(method, request))
        .catch((): null => null),
    })),
  );
  return answers.filter((a): a is StartAnswer => a.result?.ok === true);
}

/**
 * The first page's answers, read from the moment the Electron app has its
 * service: the lessons are read while the window is made, instead of once the
 * window asks. The first page served takes them if it asks within `freshMs`;
 * every later page (a reload, the audience window) has its answers read when it
 * asks. Only for a host whose pages cannot call it before the first page: the
 * browser host takes calls (and tests change files) before any page loads.
 */
export function earlyStartAnswers(
  dispatch: (method: string, payload: unknown) => Promise<Result<unknown>>,
  options: { freshMs?: number; now?: () => number } = {},
): () => Promise<StartAnswer[]> {
  const { freshMs = 5_000, now = Date.now } = options;
  const began = now();
  let early: Promise<StartAnswer[]> | null = startAnswers(dispatch);
  return () => {
    const kept = early;
    early = null;
    return kept !== null && now() - began <= freshMs ? kept : startAnswers(dispatch);
  };
}

/**
 * JSON that cannot end its script element or open a comment: `<`, `>` and `&`
 * (and the two line separators older parsers treat as line ends) are written as
 * \u escapes, which JSON reads back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * What goes where the root was: the answers, then the root with the lesson list
 * drawn in it when the app opens on it (core/firstPaint.tsx). `acceptLanguage` is
 * the request's Accept-Language header, the system's languages.
 */
export function startBlock(answers: StartAnswer[], acceptLanguage: string | null | undefined): string {
  const data = `<script type="application/json" id="${startDataId}">${jsonForScript(answers)}</script>`;
  return `${data}<div id="root">${firstPaint(answers, acceptLanguage)}</div>`;
}

/** The whole page at once, for a host that does not stream. */
export function startPage(html: string, answers: StartAnswer[], acceptLanguage: string | null | undefined): string {
  const parts = splitPage(html);
  return parts === null ? html : parts.before + startBlock(answers, acceptLanguage) + parts.after;
}
