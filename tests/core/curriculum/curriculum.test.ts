import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as compiler from '../../../core/curriculum/compileLesson';
import * as files from '../../../core/security/readRegularFile';
import { Curriculum } from '../../../core/curriculum/curriculum';
import { ApiFailure } from '../../../common/result';

vi.mock('../../../core/security/readRegularFile', async (original) => {
  const actual = await original<typeof files>();
  return { ...actual, readRegularFile: vi.fn(actual.readRegularFile) };
});
vi.mock('../../../core/curriculum/compileLesson', async (original) => {
  const actual = await original<typeof compiler>();
  return { ...actual, compileLesson: vi.fn(actual.compileLesson) };
});

const fixtures = join(import.meta.dirname, '../../fixtures');
const coreLessons = join(import.meta.dirname, '../../../curriculum/lessons');
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-curriculum-'));
  vi.mocked(compiler.compileLesson).mockClear();
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('Curriculum', () => {
  it('lists broken lessons with file:line:column while the others still open', async () => {
    const curriculum = new Curriculum(
      [
        { dir: coreLessons, label: 'curriculum/lessons' },
        { dir: join(fixtures, 'lessons-broken'), label: 'fixtures' },
      ],
      join(work, 'cache'),
    );
    const items = await curriculum.list();
    const broken = items.filter((i) => i.status === 'broken');
    expect(broken.map((b) => b.file).sort()).toEqual([
      'fixtures/bad-frontmatter.mdx',
      'fixtures/bad-mdx.mdx',
      'fixtures/unknown-component.mdx',
    ]);
    for (const item of broken) {
      if (item.status !== 'broken') continue;
      expect(item.problem.file).toBe(item.file);
      expect(item.problem.line).toBeGreaterThan(0);
      expect(item.problem.column).toBeGreaterThan(0);
    }
    const ok = items.filter((i) => i.status === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(3);
    for (const item of ok) {
      const lesson = await curriculum.open(item.id);
      expect(lesson.exercises.length).toBeGreaterThan(0);
    }
    await expect(curriculum.open('broken-component')).rejects.toMatchObject({ code: 'lesson-broken' });
    await expect(curriculum.open('no-such-lesson')).rejects.toBeInstanceOf(ApiFailure);
  });

  it('compiles each lesson once and reuses the cache across starts', async () => {
    const lessons = join(work, 'lessons');
    await cp(join(fixtures, 'lessons-ok'), lessons, { recursive: true });
    const cacheDir = join(work, 'cache');
    const first = new Curriculum([{ dir: lessons, label: 'lessons' }], cacheDir);
    await first.list();
    await first.open('sample-lesson');
    expect(compiler.compileLesson).toHaveBeenCalledTimes(1);
    expect((await readdir(cacheDir)).sort()).toEqual([
      expect.stringMatching(/\.json$/),
      expect.stringMatching(/\.mjs$/),
    ]);

    // A new start (a new instance on the same cache) compiles nothing.
    const second = new Curriculum([{ dir: lessons, label: 'lessons' }], cacheDir);
    await second.list();
    await second.open('sample-lesson');
    expect(compiler.compileLesson).toHaveBeenCalledTimes(1);

    // Editing the lesson changes its hash, so it is compiled again.
    const file = join(lessons, 'sample.mdx');
    const { readFile } = await import('node:fs/promises');
    await writeFile(file, (await readFile(file, 'utf8')).replace('A Sample Lesson', 'A Changed Lesson'));
    const lesson = await second.open('sample-lesson');
    expect(lesson.frontmatter.title).toBe('A Changed Lesson');
    expect(compiler.compileLesson).toHaveBeenCalledTimes(2);
  });

  it('shares one reading of the files between calls at the same moment, and reads again after it', async () => {
    const lessons = join(work, 'lessons');
    await cp(join(fixtures, 'lessons-ok'), lessons, { recursive: true });
    const curriculum = new Curriculum([{ dir: lessons, label: 'lessons' }], join(work, 'cache'));
    const { readFile } = await import('node:fs/promises');
    const reads = vi.mocked(files.readRegularFile);
    reads.mockClear();
    const [en, es, info] = await Promise.all([curriculum.list('en'), curriculum.list('es'), curriculum.list()]);
    expect(en).toEqual(info);
    expect(es.map((l) => l.id)).toEqual(en.map((l) => l.id));
    const sources = reads.mock.calls.filter(([path]) => String(path).endsWith('.mdx')).length;
    expect(sources).toBe(1);

    // A call after the shared reading has ended sees a change made in between.
    const file = join(lessons, 'sample.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('A Sample Lesson', 'A Renamed Lesson'));
    expect((await curriculum.list()).map((l) => l.status === 'ok' && l.title)).toContain('A Renamed Lesson');
  });

  it('compiles again when a cache entry is damaged', async () => {
    const lessons = join(work, 'lessons');
    await cp(join(fixtures, 'lessons-ok'), lessons, { recursive: true });
    const cacheDir = join(work, 'cache');
    await new Curriculum([{ dir: lessons, label: 'lessons' }], cacheDir).list();
    const meta = (await readdir(cacheDir)).find((f) => f.endsWith('.json')) ?? '';
    await writeFile(join(cacheDir, meta), '{"trunc');
    const again = new Curriculum([{ dir: lessons, label: 'lessons' }], cacheDir);
    expect((await again.open('sample-lesson')).frontmatter.id).toBe('sample-lesson');
    expect(compiler.compileLesson).toHaveBeenCalledTimes(2);
  });

  it('lists a second file with the same id as broken', async () => {
    const lessons = join(work, 'lessons');
    await cp(join(fixtures, 'lessons-ok'), lessons, { recursive: true });
    await cp(join(lessons, 'sample.mdx'), join(lessons, 'z-copy.mdx'));
    const items = await new Curriculum([{ dir: lessons, label: 'lessons' }], join(work, 'cache')).list();
    expect(items.map((i) => i.status)).toEqual(['ok', 'broken']);
    const dup = items[1];
    expect(dup?.status === 'broken' && dup.problem.message).toMatch(/already used by lessons\/sample.mdx/);
  });
});
