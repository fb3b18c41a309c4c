import type { Method, Request } from './api';
import { lessonLanguages } from './language';
import type { Result } from './result';

/**
 * The answers the app's first screen asks for, written into its page by the host
 * (core/startPage.ts) so the lesson list needs no round trip after the scripts
 * load: the app's info and the lesson list in each language (the language in
 * force is only known once the profile and the clinic file are), the program,
 * the profiles and the open profile's worksheet progress. The renderer uses each
 * answer once, for its first screen only (renderer/api/startData.ts).
 */

/** The id of the `<script type="application/json">` block that holds them; a data block, never run. */
export const startDataId = 'groundwork-start';

export interface StartCall {
  method: Method;
  request: unknown;
}

/** One answer: the call it answers and the host's Result, exactly as the API would have sent it. */
export interface StartAnswer extends StartCall {
  result: Result<unknown>;
}

const call = <M extends Method>(method: M, request: Request<M>): StartCall => ({ method, request });

/** The calls answered in the page, in the form the renderer sends them. */
export const startCalls: readonly StartCall[] = [
  ...lessonLanguages.flatMap((language) => [
    call('getAppInfo', { language }),
    call('listLessons', { language }),
    call('getProgram', { language }),
  ]),
  call('getProfiles', {}),
  call('getLessonProgress', {}),
];

/** How an answer is found: the method and the request as JSON (the renderer builds requests with keys in one order). */
export const startKey = (method: string, request: unknown): string => `${method} ${JSON.stringify(request)}`;
