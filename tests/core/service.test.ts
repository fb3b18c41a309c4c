import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService, type HostAdapters, type Service } from '../../core/service';

const root = join(import.meta.dirname, '../..');
let work: string;
let service: Service;
let savePath: string | null;
const pdfCalls: string[] = [];

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-service-'));
  savePath = join(work, 'out.pdf');
  pdfCalls.length = 0;
  const adapters: HostAdapters = {
    host: 'browser',
    version: '0.0.0-test',
    renderPdf: async (html) => {
      pdfCalls.push(html);
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    chooseSavePath: async () => savePath,
    print: async () => ({ status: 'printed' }),
  };
  service = createService({
    store: { defaultProfile: true },
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    adapters,
  });
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('service.dispatch', () => {
  it('answers an unknown method with a typed error', async () => {
    expect(await service.dispatch('deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await service.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it.each([
    ['a lesson id with a path', 'openLesson', { lessonId: '../../etc/passwd' }],
    ['a missing field', 'saveAnswer', { lessonId: 'sample-lesson', value: 'x' }],
    ['an extra field', 'listLessons', { sneaky: true }],
    ['a wrong type', 'exportWorksheet', { lessonId: 'sample-lesson', filled: 'yes', paper: 'letter' }],
    ['an unknown paper size', 'exportWorksheet', { lessonId: 'sample-lesson', filled: true, paper: 'legal' }],
    ['a string payload', 'loadAnswers', 'sample-lesson'],
    ['an array payload', 'loadAnswers', ['sample-lesson']],
  ])('rejects %s as invalid-request', async (_name, method, payload) => {
    const result = await service.dispatch(method, payload);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: { reason: 'invalid-fields' } },
    });
  });

  it('names each refused field of a request in its details', async () => {
    const result = await service.dispatch('openLesson', { lessonId: '../x' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: { reason: 'invalid-fields', issues: [{ path: ['lessonId'] }] } },
    });
  });

  it('saves and loads an answer through the API', async () => {
    const saved = await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'level', value: 3 });
    expect(saved).toMatchObject({ ok: true });
    const loaded = await service.dispatch('loadAnswers', { lessonId: 'sample-lesson' });
    expect(loaded).toMatchObject({ ok: true, value: { answers: { level: { value: 3 } }, setAside: [] } });
  });

  it('refuses an answer for an exercise the lesson does not have, or of the wrong shape', async () => {
    expect(
      await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'nope', value: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'level', value: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await service.dispatch('saveAnswer', { lessonId: 'missing', exerciseId: 'level', value: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it.each([
    ['a checklist option the lesson does not offer', 'signs', { checked: ['not an option'] }, 'checked[0]'],
    ['a checklist option ticked twice', 'signs', { checked: ['racing-heart', 'racing-heart'] }, 'checked[1]'],
  ])('refuses %s as invalid-request, naming the field', async (_name, exerciseId, value, field) => {
    const result = await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId, value });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain(field);
    expect(!result.ok && result.error.details).toMatchObject({ reason: 'invalid-fields', issues: [{}] });
    const loaded = await service.dispatch('loadAnswers', { lessonId: 'sample-lesson' });
    expect(loaded).toMatchObject({ ok: true, value: { answers: {}, setAside: [] } });
  });

  it('exports a filled worksheet to the chosen path, and reports a cancelled dialog', async () => {
    await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', value: 'Landlord' });
    const result = await service.dispatch('exportWorksheet', { lessonId: 'sample-lesson', filled: true, paper: 'a4' });
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: savePath } });
    expect(await readFile(savePath ?? '', 'utf8')).toBe('%PDF-1.7 fake');
    expect(pdfCalls[0]).toContain('Landlord');
    expect(pdfCalls[0]).toContain('size: A4');

    savePath = null;
    expect(
      await service.dispatch('exportWorksheet', { lessonId: 'sample-lesson', filled: false, paper: 'letter' }),
    ).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(pdfCalls[1]).not.toContain('Landlord');
  });

  it('reports app info with the crisis lines', async () => {
    const result = await service.dispatch('getAppInfo', {});
    expect(result.ok && result.value).toMatchObject({ version: '0.0.0-test', host: 'browser' });
    expect(JSON.stringify(result)).toContain('988');
  });
});
