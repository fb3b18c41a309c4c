import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits } from '../../../common/limits';
import type { Result } from '../../../common/result';
import {
  contentNotesSeenSchema,
  MAX_TOPICS_PER_NOTE,
  noteSeen,
  withNoteSeen,
} from '../../../core/profiles/contentNotesSeen';
import { MAX_RECORD_BYTES, readProfileRecord, writeProfileRecord } from '../../../core/profiles/profileRecord';
import { createService, type Service } from '../../../core/service';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');

describe('which content notes a person has read', () => {
  it('counts a note as read only when every topic it names now was in the note they read', () => {
    const seen = { 'crisis-moment': ['suicide', 'self-harm'] };
    expect(noteSeen(seen, 'crisis-moment', ['suicide', 'self-harm'])).toBe(true);
    expect(noteSeen(seen, 'crisis-moment', ['self-harm'])).toBe(true);
    // The lesson was changed to name a topic the person was never told about: the note stands again.
    expect(noteSeen(seen, 'crisis-moment', ['suicide', 'self-harm', 'trauma'])).toBe(false);
    expect(noteSeen(seen, 'other-lesson', ['suicide'])).toBe(false);
    expect(noteSeen(undefined, 'crisis-moment', ['suicide'])).toBe(false);
    // Names that objects inherit are not lessons someone read.
    expect(noteSeen(seen, 'constructor', [])).toBe(false);
  });

  it('keeps at most one entry per lesson a curriculum may hold; past that a note simply shows again', () => {
    const full = Object.fromEntries(Array.from({ length: limits.lessons }, (_, i) => [`lesson-${i}`, ['trauma']]));
    expect(withNoteSeen(full, 'one-more', ['trauma'])).toBeNull();
    // A lesson already kept is updated in place, even when full.
    expect(withNoteSeen(full, 'lesson-7', ['trauma', 'abuse'])?.['lesson-7']).toEqual(['trauma', 'abuse']);
    expect(withNoteSeen({}, 'no-note', [])).toBeNull();
    expect(withNoteSeen({}, 'crisis', ['suicide'])).toEqual({ crisis: ['suicide'] });
  });

  it('refuses a stored list with a lesson id or topic that is not a slug, too many topics, or too many lessons', () => {
    const ok = (value: unknown): boolean => contentNotesSeenSchema.safeParse(value).success;
    expect(ok({ 'how-stress-works': ['trauma'] })).toBe(true);
    expect(ok({ '../profile': ['trauma'] })).toBe(false);
    // A "__proto__" key in the file is dropped, never made the prototype of what is read.
    const proto = contentNotesSeenSchema.parse(JSON.parse('{"__proto__": ["trauma"], "lesson": ["abuse"]}'));
    expect(Object.keys(proto)).toEqual(['lesson']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(ok({ ['a'.repeat(limits.idChars + 1)]: ['trauma'] })).toBe(false);
    expect(ok({ lesson: ['Suicide'] })).toBe(false);
    expect(ok({ lesson: Array.from({ length: MAX_TOPICS_PER_NOTE + 1 }, (_, i) => `t${i}`) })).toBe(false);
    expect(ok({ lesson: 'trauma' })).toBe(false);
    const many = Object.fromEntries(Array.from({ length: limits.lessons + 1 }, (_, i) => [`l-${i}`, ['trauma']]));
    expect(ok(many)).toBe(false);
  });
});

describe('a profile record with the content notes read', () => {
  let work: string;
  beforeEach(async () => {
    work = await tempDir('notes-record');
    await mkdir(join(work, 'ana-1'));
  });
  afterEach(() => removeDir(work));
  const record = {
    schemaVersion: 4 as const,
    id: 'ana-1',
    name: 'Ana',
    createdAt: '2026-01-02T03:04:05.000Z',
    lockAfterMinutes: 10,
    key: { kind: 'os' as const, wrapped: 'd3JhcHBlZA==' },
    failedAttempts: 0,
    lastFailedAt: null,
  };

  it('writes and reads back the largest list it may hold, within the size a record is read at', async () => {
    const topics = Array.from({ length: MAX_TOPICS_PER_NOTE }, (_, i) => `${i}`.padStart(40, 't'));
    const ids = Array.from({ length: limits.lessons }, (_, i) => `${i}`.padStart(limits.idChars, 'l'));
    const contentNotesSeen = Object.fromEntries(ids.map((id) => [id, topics]));
    await writeProfileRecord(join(work, 'ana-1'), { ...record, contentNotesSeen });
    const bytes = (await readFile(join(work, 'ana-1', 'profile.json'))).length;
    expect(bytes).toBeLessThan(MAX_RECORD_BYTES);
    expect((await readProfileRecord(join(work, 'ana-1'))).contentNotesSeen).toEqual(contentNotesSeen);
  });

  it('falls back to the second copy when the list in the first is not one Groundwork writes', async () => {
    await writeProfileRecord(join(work, 'ana-1'), { ...record, name: 'Ana from the copy' });
    const bad = { ...record, contentNotesSeen: { '../x': ['trauma'] } };
    await writeFile(join(work, 'ana-1', 'profile.json'), JSON.stringify(bad));
    expect((await readProfileRecord(join(work, 'ana-1'))).name).toBe('Ana from the copy');
  });
});

describe('the content-note API', () => {
  let work: string;
  let service: Service;
  beforeEach(async () => {
    work = await tempDir('content-notes');
    const lessons = join(work, 'lessons');
    await mkdir(lessons);
    const sample = await readFile(join(root, 'tests/fixtures/lessons-ok/sample.mdx'), 'utf8');
    await writeFile(join(lessons, 'sample.mdx'), sample);
    const noted = sample.replace('id: sample-lesson', 'id: noted-lesson\ncontentNotes: [suicide, self-harm]');
    await writeFile(join(lessons, 'noted.mdx'), noted.replace('order: 1', 'order: 2'));
    service = createService({
      dataDir: join(work, 'data'),
      cacheDir: join(work, 'cache'),
      lessonRoots: [{ dir: lessons, label: 'fixtures' }],
      resourcesDir: join(root, 'resources'),
      store: { kdf: testKdf, historyGapMs: 0, defaultProfile: true },
      adapters: {
        host: 'browser',
        version: '0.0.0-test',
        renderPdf: async () => new Uint8Array(),
        chooseSavePath: async () => null,
        print: async () => ({ status: 'cancelled' }),
      },
    });
  });
  afterEach(async () => {
    await service.store.close();
    await removeDir(work);
  });

  const d = (method: string, payload: unknown): Promise<Result<unknown>> => service.dispatch(method, payload);
  const seen = async (lessonId: string): Promise<unknown> => {
    const result = await d('loadAnswers', { lessonId });
    return result.ok ? (result.value as { contentNoteSeen?: boolean }).contentNoteSeen : result.error.code;
  };

  it('keeps a note read by one profile, on disk with its topics, while another profile still gets it', async () => {
    expect(await seen('noted-lesson')).toBe(false);
    expect(await d('markContentNoteSeen', { lessonId: 'noted-lesson' })).toEqual({
      ok: true,
      value: { remembered: true },
    });
    expect(await seen('noted-lesson')).toBe(true);
    const record = JSON.parse(await readFile(join(work, 'data/profiles/default/profile.json'), 'utf8')) as unknown;
    expect(record).toMatchObject({ schemaVersion: 4, contentNotesSeen: { 'noted-lesson': ['suicide', 'self-harm'] } });

    await d('createProfile', { name: 'Ben', passcode: null });
    expect(await seen('noted-lesson')).toBe(false);
    await d('openProfile', { profileId: 'default', passcode: null });
    expect(await seen('noted-lesson')).toBe(true);
  });

  it('keeps nothing for a lesson without a note, and refuses a bad id, an unknown lesson, extra fields or no profile', async () => {
    expect(await d('markContentNoteSeen', { lessonId: 'sample-lesson' })).toEqual({
      ok: true,
      value: { remembered: false },
    });
    expect(await seen('sample-lesson')).toBe(false);
    const refused = async (payload: unknown): Promise<unknown> => {
      const result = await d('markContentNoteSeen', payload);
      return result.ok ? 'accepted' : result.error.code;
    };
    expect(await refused({ lessonId: '../noted-lesson' })).toBe('invalid-request');
    expect(await refused({ lessonId: 'x'.repeat(limits.idChars + 1) })).toBe('invalid-request');
    expect(await refused({ lessonId: 'noted-lesson', topics: ['trauma'] })).toBe('invalid-request');
    expect(await refused({})).toBe('invalid-request');
    expect(await refused({ lessonId: 'no-such-lesson' })).toBe('not-found');
    await d('createProfile', { name: 'Ana', passcode: 'open sesame' });
    await d('lockProfile', { leave: false });
    expect(await refused({ lessonId: 'noted-lesson' })).toBe('forbidden');
  });
});
