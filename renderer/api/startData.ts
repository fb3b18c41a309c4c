import type { AppInfo } from '../../common/api';
import type { ProfilesState } from '../../common/dataApi';
import { baseLanguage, type LessonLanguage } from '../../common/language';
import { clinicLanguageOf } from '../../common/languageChoice';
import { startDataId, startKey, type StartAnswer } from '../../common/startData';
import type { Result } from '../../common/result';

/**
 * The first screen's answers the host wrote into the page (common/startData.ts,
 * core/startPage.ts). Each is used once, and all of them only until the app
 * sends its first call that the page did not answer: from then on the app may
 * have changed something (made a profile, saved an answer), so every call goes
 * to the host again. A page without them (an old host, a test page) just
 * makes the calls.
 */
let answers: Map<string, Result<unknown>> | null = null;

function read(): Map<string, Result<unknown>> {
  if (answers !== null) return answers;
  answers = new Map();
  const text = typeof document === 'undefined' ? null : document.getElementById(startDataId)?.textContent;
  if (text === null || text === undefined) return answers;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return answers;
    for (const entry of parsed as Partial<StartAnswer>[]) {
      if (typeof entry?.method !== 'string' || entry.result?.ok !== true) continue;
      answers.set(startKey(entry.method, entry.request), entry.result);
    }
  } catch {
    // A damaged block costs only the head start: the calls are made as usual.
  }
  return answers;
}

/** The page's answer to this call without using it up (the language chosen before the first render reads it). */
export function peekStart<T>(method: string, request: unknown): T | undefined {
  const result = read().get(startKey(method, request));
  return result?.ok === true ? (result.value as T) : undefined;
}

/**
 * The page's answer to this call, used up; undefined when the page has none, in
 * which case every answer left is dropped, since the call about to be sent may change what they say.
 */
export function takeStart(method: string, request: unknown): Result<unknown> | undefined {
  const map = read();
  const key = startKey(method, request);
  const result = map.get(key);
  if (result === undefined) map.clear();
  else map.delete(key);
  return result;
}

/** The page's answer's value for a screen's first state, used up; undefined (and nothing dropped) when it has none. */
export function takeStartValue<T>(method: string, request: unknown): T | undefined {
  const value = peekStart<T>(method, request);
  if (value !== undefined) read().delete(startKey(method, request));
  return value;
}

/**
 * The open (or locked) profile's language and the clinic file's, as the page
 * knows them, so the first render is already in the language the app will use.
 */
export function startLanguages(): { profile: LessonLanguage | null; clinic: string | null } {
  const profiles = peekStart<ProfilesState>('getProfiles', {});
  const active = profiles?.profiles.find((p) => p.id === profiles.activeId);
  const info = peekStart<AppInfo>('getAppInfo', { language: baseLanguage });
  return { profile: active?.language ?? null, clinic: info === undefined ? null : clinicLanguageOf(info.clinic) };
}
