import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createService, type Service } from '../../../core/service';
import * as regularFile from '../../../core/security/readRegularFile';

// Every read of a lesson file goes through readRegularFile; counting them shows how often each lesson is read.
vi.mock('../../../core/security/readRegularFile', async (original) => {
  const real = await original<typeof regularFile>();
  return { ...real, readRegularFile: vi.fn(real.readRegularFile) };
});

const root = join(import.meta.dirname, '../../..');
let work: string;
let service: Service;

/** How many times the fixture lesson's file was read since the last call. */
function lessonReads(): number {
  const reads = vi.mocked(regularFile.readRegularFile).mock.calls.filter(([path]) => path.endsWith('sample.mdx'));
  vi.mocked(regularFile.readRegularFile).mockClear();
  return reads.length;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-share-reads-'));
  service = createService({
    store: { defaultProfile: true },
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: () => Promise.resolve(new Uint8Array()),
      chooseSavePath: () => Promise.resolve(null),
      print: () => Promise.resolve({ status: 'printed' }),
    },
  });
});
afterEach(async () => {
  await service.flush();
  await rm(work, { recursive: true, force: true });
});

describe('the lessons a share, worksheet progress and the progress view read', () => {
  it('come from one reader that reads each lesson file once per request, not once to list and again to open', async () => {
    const { handlers } = service;
    await handlers.saveAnswer({ lessonId: 'sample-lesson', exerciseId: 'name-it', value: 'Money' });
    lessonReads();

    const preview = await handlers.previewShare({
      from: '2026-01-01',
      to: '2026-12-31',
      worksheets: true,
      selfChecks: false,
      checkIns: false,
      notes: false,
    });
    expect(preview.counts).toMatchObject({ Questionnaire: 1, QuestionnaireResponse: 1 });
    expect(lessonReads()).toBe(1);

    const { lessons } = await handlers.getLessonProgress({});
    expect(lessons['sample-lesson']).toMatchObject({ answered: 1 });
    expect(lessonReads()).toBe(1);

    const { overview } = await handlers.getProgress({});
    expect(overview.lessons.map((l) => l.lessonId)).toEqual(['sample-lesson']);
    expect(lessonReads()).toBe(1);
  });
});
