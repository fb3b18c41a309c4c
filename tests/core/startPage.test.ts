import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInfo, LessonListItem } from '../../common/api';
import type { ProfilesState } from '../../common/dataApi';
import { fail, type Result } from '../../common/result';
import { startCalls, startDataId, startKey, type StartAnswer } from '../../common/startData';
import { acceptedLanguages, firstPaint } from '../../core/firstPaint';
import { createService, type Service } from '../../core/service';
import { earlyStartAnswers, jsonForScript, startAnswers, startBlock, startPage } from '../../core/startPage';

const root = join(import.meta.dirname, '../..');
let work: string;
let service: Service;
let answers: StartAnswer[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-start-page-'));
  service = createService({
    store: { defaultProfile: true },
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    programFile: join(root, 'curriculum/program.json'),
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      print: async () => ({ status: 'printed' }),
    },
  });
  answers = await startAnswers((method, payload) => service.dispatch(method, payload));
});
afterAll(async () => {
  await service.flush();
  await rm(work, { recursive: true, force: true });
});

/** The answers with one of them changed, as another state of the app would give them. */
function changed<T>(method: string, request: unknown, change: (value: T) => T): StartAnswer[] {
  return answers.map((a) =>
    startKey(a.method, a.request) === startKey(method, request) && a.result.ok
      ? { ...a, result: { ok: true, value: change(a.result.value as T) } }
      : a,
  );
}

const withTitle = (title: string): StartAnswer[] =>
  ['en', 'es'].reduce(
    (all, language) =>
      all.map((a) =>
        startKey(a.method, a.request) === startKey('listLessons', { language }) && a.result.ok
          ? {
              ...a,
              result: {
                ok: true as const,
                value: {
                  lessons: (a.result.value as { lessons: LessonListItem[] }).lessons.map((l) => ({ ...l, title })),
                },
              },
            }
          : a,
      ),
    answers,
  );

describe('the first screen’s answers', () => {
  it('answers every start call through the host’s own dispatch, as the API would', async () => {
    expect(answers.map((a) => startKey(a.method, a.request))).toEqual(
      startCalls.map((c) => startKey(c.method, c.request)),
    );
    for (const answer of answers) {
      expect(answer.result).toEqual(await service.dispatch(answer.method, answer.request));
    }
  });

  it('leaves out an answer that failed or threw, so the app asks for it itself', async () => {
    const some = await startAnswers(async (method, payload): Promise<Result<unknown>> => {
      if (method === 'getProfiles') return fail('storage-failed', 'The disk is full.');
      if (method === 'getLessonProgress') throw new Error('boom');
      return service.dispatch(method, payload);
    });
    expect(some.map((a) => a.method)).not.toContain('getProfiles');
    expect(some.map((a) => a.method)).not.toContain('getLessonProgress');
    expect(some).toHaveLength(startCalls.length - 2);
  });
});

describe('the page', () => {
  const html = '<!doctype html><head><title>G</title></head><body><div id="root"></div></body>';

  it('carries the answers in a data block that reads back exactly, whatever the lesson titles hold', () => {
    const hostile = '</script><script>alert(1)</script><!-- \u2028 & done';
    const page = startPage(html, withTitle(hostile), 'en');
    // One script element only: the title cannot close it or open another.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).not.toContain('<!--');
    const block = new RegExp(`<script type="application/json" id="${startDataId}">(.*?)</script>`).exec(page);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(withTitle(hostile));
    // In the drawn list the title is text.
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- \u2028 &amp; done');
    expect(jsonForScript('<>&')).toBe('"\\u003c\\u003e\\u0026"');
  });

  it('is served as built when it has no root to fill', () => {
    expect(startPage('<p>no app here</p>', answers, 'en')).toBe('<p>no app here</p>');
  });

  it('draws the lesson list for an open profile, with its lessons, modules and links', () => {
    const block = startBlock(answers, 'en-US,en;q=0.9');
    expect(block).toContain('<div class="first-paint">');
    expect(block).toContain('<h1 elementtiming="lesson-list">Lessons</h1>');
    expect(block).toContain('href="#/lesson/sample-lesson"');
    expect(block).toContain('A Sample Lesson');
    expect(block).toContain('Profile: Me');
  });

  it('says its buttons do nothing yet: each one is aria-disabled until the app takes over', () => {
    const block = startBlock(answers, 'en');
    const buttons = [...block.matchAll(/<button[^>]*>/g)].map((m) => m[0]);
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const button of buttons) expect(button).toContain('aria-disabled="true"');
  });
});

describe('which first screen is drawn', () => {
  it('draws nothing on a first run, for a locked profile, or when the app has notices to show', () => {
    const none = changed<ProfilesState>('getProfiles', {}, (s) => ({ ...s, profiles: [], activeId: null }));
    expect(firstPaint(none, 'en')).toBe('');
    const locked = changed<ProfilesState>('getProfiles', {}, (s) => ({ ...s, unlocked: false }));
    expect(firstPaint(locked, 'en')).toBe('');
    const notices = changed<AppInfo>('getAppInfo', { language: 'en' }, (i) => ({ ...i, notices: ['Kept aside'] }));
    expect(firstPaint(notices, 'en')).toBe('');
    expect(
      firstPaint(
        answers.filter((a) => a.method !== 'listLessons'),
        'en',
      ),
    ).toBe('');
    expect(firstPaint(answers, 'en')).not.toBe('');
  });

  it('is in the profile’s language, else the clinic’s, else the system’s', () => {
    expect(firstPaint(answers, 'es-MX,es;q=0.9')).toContain('<h1 elementtiming="lesson-list">Lecciones</h1>');
    expect(firstPaint(answers, 'fr-FR,fr;q=0.9,es;q=0.8')).toContain('<h1 elementtiming="lesson-list">Lecciones</h1>');
    expect(firstPaint(answers, 'fr')).toContain('<h1 elementtiming="lesson-list">Lessons</h1>');
    expect(firstPaint(answers, null)).toContain('<h1 elementtiming="lesson-list">Lessons</h1>');
    const english = changed<ProfilesState>('getProfiles', {}, (s) => ({
      ...s,
      profiles: s.profiles.map((p) => ({ ...p, language: 'en' as const })),
    }));
    expect(firstPaint(english, 'es')).toContain('<h1 elementtiming="lesson-list">Lessons</h1>');
    const clinicSpanish = answers.map((a) =>
      a.method === 'getAppInfo' && a.result.ok
        ? {
            ...a,
            result: {
              ok: true as const,
              value: {
                ...(a.result.value as AppInfo),
                clinic: {
                  ...(a.result.value as AppInfo).clinic,
                  language: 'es',
                  applied: [{ file: 'clinic.json', settings: ['language'] }],
                },
              },
            },
          }
        : a,
    );
    expect(firstPaint(clinicSpanish, 'en')).toContain('<h1 elementtiming="lesson-list">Lecciones</h1>');
  });

  it('reads Accept-Language by preference, skipping wildcards, refusals and junk', () => {
    expect(acceptedLanguages('en;q=0.5, es-MX, fr;q=0.8')).toEqual(['es-MX', 'fr', 'en']);
    expect(acceptedLanguages('*, de;q=0, pt')).toEqual(['pt']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages(`${'x'.repeat(10_000)},es`)).toEqual(['x'.repeat(500)]);
  });
});

describe('the first page’s answers read early (the Electron app)', () => {
  it('gives the first page the answers read at start, and every later page answers read when it asks', async () => {
    let calls = 0;
    let listed = 0;
    const dispatch = async (method: string, payload: unknown): Promise<Result<unknown>> => {
      calls += 1;
      if (method === 'listLessons') listed += 1;
      return service.dispatch(method, payload);
    };
    const take = earlyStartAnswers(dispatch);
    // Read at once, before any page asks.
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toBe(startCalls.length);
    const first = await take();
    expect(first).toEqual(answers);
    expect(listed).toBe(2);
    // A reload or a second window reads again.
    const second = await take();
    expect(second).toEqual(answers);
    expect(calls).toBe(2 * startCalls.length);
  });

  // Asked for 5,000 ms after the start, the first page still takes them; 1 ms later, its answers are read again.
  it.each([
    { after: 5_000, reads: 1 },
    { after: 5_001, reads: 2 },
  ])('keeps them for a first page asking $after ms after the start: $reads reading(s)', async ({ after, reads }) => {
    let clock = 1_000;
    let calls = 0;
    const take = earlyStartAnswers(
      async (method, payload) => {
        calls += 1;
        return service.dispatch(method, payload);
      },
      { freshMs: 5_000, now: () => clock },
    );
    clock += after;
    await take();
    expect(calls).toBe(reads * startCalls.length);
  });
});

describe('answers the host could not give', () => {
  it('are left out, whether the dispatch fails, throws at once or answers with nothing', async () => {
    const dispatch = (method: string, payload: unknown): Promise<Result<unknown>> => {
      if (method === 'getProgram') throw new Error('thrown at once');
      if (method === 'getProfiles') return undefined as unknown as Promise<Result<unknown>>;
      if (method === 'getLessonProgress') return Promise.reject(new Error('failed'));
      return service.dispatch(method, payload);
    };
    const some = await startAnswers(dispatch);
    expect(some.map((a) => a.method).sort()).toEqual(['getAppInfo', 'getAppInfo', 'listLessons', 'listLessons']);
    // Read early, as the Electron app does, they never become an unhandled rejection.
    const take = earlyStartAnswers(dispatch);
    expect((await take()).length).toBe(4);
  });
});
