import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LessonListItem } from '../../../common/api';
import { Clinic } from '../../../core/clinic/clinic';
import { Curriculum } from '../../../core/curriculum/curriculum';
import { createService } from '../../../core/service';

/** Folder listings come back in the order a test picks, as readdir's order differs between systems. */
const order = vi.hoisted(() => ({ reversed: false }));
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof fsPromises>();
  const readdir = (async (...args: Parameters<typeof actual.readdir>) => {
    const entries = (await actual.readdir(...args)) as unknown[];
    return order.reversed ? entries.reverse() : entries;
  }) as typeof actual.readdir;
  return { ...actual, readdir, default: { ...actual, readdir } };
});

const root = join(import.meta.dirname, '../../..');
const sample = join(root, 'tests/fixtures/lessons-ok/sample.mdx');
let work: string;
let coreDir: string;
let clinicDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-duplicate-'));
  coreDir = join(work, 'core');
  clinicDir = join(work, 'clinic', 'lessons');
  await mkdir(join(coreDir, 'stress-management'), { recursive: true });
  await mkdir(clinicDir, { recursive: true });
  await cp(sample, join(coreDir, 'stress-management', 'sample.mdx'));
  // The clinic's file takes the core lesson's id, under a name that sorts first.
  const source = await readFile(sample, 'utf8');
  await writeFile(join(clinicDir, 'a-takeover.mdx'), source.replace('A Sample Lesson', 'Clinic Takeover'));
  order.reversed = false;
});
afterEach(() => rm(work, { recursive: true, force: true }));

const coreFile = 'curriculum/lessons/stress-management/sample.mdx';
const ofId = (items: LessonListItem[], id: string) => items.filter((i) => i.id === id);

describe.each([
  ['an absolute path (sorting before the core files)', () => clinicDir],
  ['a label sorting after the core files', () => 'zz-clinic'],
])('a clinic lesson that claims a core lesson id, labelled by %s', (_name, clinicLabel) => {
  it.each([false, true])('leaves the id to the core lesson (readdir reversed: %s)', async (reversed) => {
    order.reversed = reversed;
    const clinicFile = `${clinicLabel()}/a-takeover.mdx`;
    const curriculum = new Curriculum(
      [
        { dir: coreDir, label: 'curriculum/lessons' },
        { dir: clinicDir, label: clinicLabel() },
      ],
      join(work, 'cache'),
    );
    const items = ofId(await curriculum.list(), 'sample-lesson');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ status: 'ok', file: coreFile, title: 'A Sample Lesson' });
    expect(items[1]).toMatchObject({ status: 'broken', file: clinicFile, problem: { file: clinicFile, line: 2 } });
    const message = items[1]?.status === 'broken' ? items[1].problem.message : '';
    expect(message).toContain(coreFile);
    expect(message).toContain('"sample-lesson"');
    const opened = await curriculum.open('sample-lesson');
    expect(opened).toMatchObject({ file: coreFile, frontmatter: { title: 'A Sample Lesson' } });
  });
});

describe('duplicate lesson ids', () => {
  it('keep the id with a broken core lesson: the clinic file does not take its place', async () => {
    const path = join(coreDir, 'stress-management', 'sample.mdx');
    await writeFile(path, (await readFile(path, 'utf8')).replace('<Worksheet>', '<Worksheet>\n\n<Broken'));
    const curriculum = new Curriculum(
      [
        { dir: coreDir, label: 'curriculum/lessons' },
        { dir: clinicDir, label: clinicDir },
      ],
      join(work, 'cache'),
    );
    const items = ofId(await curriculum.list(), 'sample-lesson');
    const core = items.find((i) => i.file === coreFile);
    expect(core?.status === 'broken' && core.problem.message).not.toMatch(/already used/);
    expect(items.find((i) => i.file === `${clinicDir}/a-takeover.mdx`)).toMatchObject({
      status: 'broken',
      problem: { message: expect.stringContaining(`already used by ${coreFile}`) },
    });
    await expect(curriculum.open('sample-lesson')).rejects.toMatchObject({
      code: 'lesson-broken',
      details: { file: coreFile },
    });
  });

  it('between two clinic folders go to the first folder, whatever the file names', async () => {
    const second = join(work, 'user', 'lessons');
    await mkdir(second, { recursive: true });
    await cp(join(clinicDir, 'a-takeover.mdx'), join(second, '0-first-by-name.mdx'));
    await rm(join(coreDir, 'stress-management', 'sample.mdx'));
    const curriculum = new Curriculum(
      [
        { dir: clinicDir, label: 'zz-machine' },
        { dir: second, label: 'aa-user' },
      ],
      join(work, 'cache'),
    );
    const items = ofId(await curriculum.list(), 'sample-lesson');
    expect(items.map((i) => [i.status, i.file])).toEqual([
      ['ok', 'zz-machine/a-takeover.mdx'],
      ['broken', 'aa-user/0-first-by-name.mdx'],
    ]);
  });

  it('reach the lesson list through the service, and the core lesson opens', async () => {
    const service = createService({
      dataDir: join(work, 'data'),
      cacheDir: join(work, 'cache'),
      lessonRoots: [{ dir: coreDir, label: 'curriculum/lessons' }],
      resourcesDir: join(root, 'resources'),
      clinic: new Clinic({
        settings: {},
        origin: {},
        logo: null,
        sources: [],
        locations: [{ scope: 'user', file: join(clinicDir, '..', 'clinic.json'), lessonsDir: clinicDir }],
        problems: [],
      }),
      adapters: {
        host: 'browser',
        version: '0.0.0-test',
        renderPdf: async () => new Uint8Array(),
        chooseSavePath: async () => null,
        print: async () => ({ status: 'printed' }),
      },
    });
    const listed = await service.dispatch('listLessons', {});
    const lessons = listed.ok ? (listed.value as { lessons: LessonListItem[] }).lessons : [];
    expect(ofId(lessons, 'sample-lesson').map((l) => l.status)).toEqual(['ok', 'broken']);
    expect(await service.dispatch('openLesson', { lessonId: 'sample-lesson' })).toMatchObject({
      ok: true,
      value: { frontmatter: { title: 'A Sample Lesson' } },
    });
  });
});
