import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LessonListItem } from '../../../common/api';
import { Clinic } from '../../../core/clinic/clinic';
import { Curriculum, type LessonRoot } from '../../../core/curriculum/curriculum';
import { createService, type Service } from '../../../core/service';
import { hostileFences, ranKey } from './hostileLessons';

/**
 * Lessons from a folder are hostile until checked: frontmatter that tries to run
 * code, in the core folder or a clinic's, is a lesson problem and runs nothing.
 */

const root = join(import.meta.dirname, '../../..');
const sample = join(root, 'tests/fixtures/lessons-ok/sample.mdx');
let work: string;
let mark: string;
let coreDir: string;
let clinicDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-hostile-'));
  mark = join(work, 'ran.txt');
  coreDir = join(work, 'core');
  clinicDir = join(work, 'clinic', 'lessons');
  await mkdir(coreDir, { recursive: true });
  await mkdir(clinicDir, { recursive: true });
  await cp(sample, join(coreDir, 'sample.mdx'));
  Reflect.deleteProperty(globalThis, ranKey);
});
afterEach(() => rm(work, { recursive: true, force: true }));

const ran = (): boolean => existsSync(mark) || Reflect.has(globalThis, ranKey);
const folders = { core: () => coreDir, clinic: () => clinicDir };
const roots = (): LessonRoot[] => [
  { dir: coreDir, label: 'curriculum/lessons' },
  { dir: clinicDir, label: clinicDir },
];

function clinicWithLessons(lessonsDir: string): Clinic {
  const file = join(lessonsDir, '..', 'clinic.json');
  return new Clinic({
    settings: {},
    origin: {},
    logo: null,
    sources: [],
    locations: [{ scope: 'user', file, lessonsDir }],
    problems: [],
  });
}

function serviceFor(lessonsDir = clinicDir): Service {
  return createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: coreDir, label: 'curriculum/lessons' }],
    resourcesDir: join(root, 'resources'),
    clinic: clinicWithLessons(lessonsDir),
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      print: async () => ({ status: 'printed' }),
    },
  });
}

const byFile = (items: LessonListItem[], suffix: string) => items.find((i) => i.file.endsWith(suffix));

describe.each(['core', 'clinic'] as const)('frontmatter that tries to run code, in the %s lessons folder', (where) => {
  it.each(hostileFences)('%s is a lesson problem with file:line:column, and runs nothing', async (_name, fence, at) => {
    await writeFile(join(folders[where](), 'hostile.mdx'), fence(mark));
    const curriculum = new Curriculum(roots(), join(work, 'cache'));
    const items = await curriculum.list();
    expect(byFile(items, '/hostile.mdx')).toMatchObject({ status: 'broken', id: null, problem: at });
    expect(byFile(items, '/sample.mdx')).toMatchObject({ status: 'ok', id: 'sample-lesson' });
    expect(ran()).toBe(false);
    for (const id of ['evil-js', 'evil-javascript', 'evil-upper', 'evil-coffee', 'json-lesson', 'x', 'evil-tag']) {
      await expect(curriculum.open(id)).rejects.toMatchObject({ code: 'not-found' });
    }
    expect((await curriculum.open('sample-lesson')).frontmatter.id).toBe('sample-lesson');
    expect(ran()).toBe(false);
  });

  it('every variant at once, through the service, runs nothing and leaves the other lessons working', async () => {
    for (const [i, [, fence]] of hostileFences.entries()) {
      await writeFile(join(folders[where](), `hostile-${i}.mdx`), fence(mark));
    }
    const service = serviceFor();
    const listed = await service.dispatch('listLessons', {});
    expect(listed.ok).toBe(true);
    const lessons = listed.ok ? (listed.value as { lessons: LessonListItem[] }).lessons : [];
    expect(lessons.filter((l) => l.status === 'broken')).toHaveLength(hostileFences.length);
    expect(await service.dispatch('getAppInfo', {})).toMatchObject({ ok: true });
    expect(await service.dispatch('openLesson', { lessonId: 'evil-js' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await service.dispatch('openLesson', { lessonId: 'sample-lesson' })).toMatchObject({ ok: true });
    expect(ran()).toBe(false);
  });
});
