import {
  methods,
  type GroundworkApi,
  type GroundworkBridge,
  type Method,
  type Request,
  type Responses,
} from '../../common/api';
import { ApiFailure, fail, type Result } from '../../common/result';
import { i18n } from '../i18n';
import { takeStart } from './startData';

declare global {
  interface Window {
    /** Present in the Electron app, exposed by the preload. */
    groundwork?: GroundworkBridge;
  }
}

/**
 * The browser development host serves the same API over HTTP on 127.0.0.1:
 * POST /api/<method> with the request as JSON, answering a Result.
 */
function httpBridge(): GroundworkBridge {
  const call =
    (method: Method) =>
    async (request: unknown): Promise<Result<unknown>> => {
      try {
        const body = JSON.stringify(request);
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          // Lets a save sent as the page closes or reloads still arrive (browsers cap keepalive bodies at 64 KiB).
          keepalive: method === 'saveAnswer' && body.length < 32_000,
        });
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return fail('internal', i18n.t('errors.unreachable', { reason: (error as Error).message }));
      }
    };
  const api = Object.fromEntries(methods.map((m) => [m, call(m)])) as unknown as GroundworkApi;
  return { ...api, onFlushRequest: () => () => undefined };
}

export const bridge: GroundworkBridge = window.groundwork ?? httpBridge();

const lockedListeners = new Set<() => void>();

/**
 * Runs `listener` whenever a call finds the profile locked (the main process locks
 * it after its idle time, even with no window watching); returns an unsubscribe.
 */
export function onProfileLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => {
    lockedListeners.delete(listener);
  };
}

/** Calls an API method and unwraps its Result, throwing ApiFailure on error. */
export async function call<M extends Method>(method: M, request: Request<M>): Promise<Responses[M]> {
  const fn = bridge[method] as (r: Request<M>) => Promise<Result<Responses[M]>>;
  // The first screen's calls are answered in the page itself (./startData.ts).
  const result = (takeStart(method, request) as Result<Responses[M]> | undefined) ?? (await fn(request));
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'forbidden' && error.details?.reason === 'locked') {
      for (const listener of lockedListeners) listener();
    }
    throw new ApiFailure(error.code, error.message, error.details);
  }
  return result.value;
}
