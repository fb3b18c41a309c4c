import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Curriculum } from '../../../core/curriculum/curriculum';
import { languageOfFile, pickLanguage } from '../../../common/language';

const root = join(import.meta.dirname, '../../..');
const sample = join(root, 'tests/fixtures/lessons-ok/sample.mdx');
let work: string;
let dir: string;
let english: string;

/** The sample lesson in Spanish: same id and exercises, language: es, a Spanish title. */
const spanish = (source: string): string =>
  source.replace('A Sample Lesson', 'Una lección de muestra').replace('minutes: 45', 'minutes: 45\nlanguage: es');

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-languages-'));
  dir = join(work, 'lessons', 'stress-management');
  await mkdir(dir, { recursive: true });
  await cp(sample, join(dir, 'sample.mdx'));
  english = await readFile(sample, 'utf8');
});
afterEach(() => rm(work, { recursive: true, force: true }));

const curriculum = () => new Curriculum([{ dir: join(work, 'lessons'), label: 'lessons' }], join(work, 'cache'));

describe('lessons keyed by id and language', () => {
  it('lists a lesson once with the languages it has, titled in the language asked for', async () => {
    await writeFile(join(dir, 'sample.es.mdx'), spanish(english));
    const c = curriculum();
    const inEnglish = await c.list();
    expect(inEnglish).toHaveLength(1);
    expect(inEnglish[0]).toMatchObject({ status: 'ok', id: 'sample-lesson', language: 'en', languages: ['en', 'es'] });
    expect((await c.list('es'))[0]).toMatchObject({ title: 'Una lección de muestra', language: 'es' });
  });

  it('opens the Spanish version, and English when the lesson has no Spanish one', async () => {
    const c = curriculum();
    expect((await c.open('sample-lesson', 'es')).frontmatter).toMatchObject({
      language: 'en',
      title: 'A Sample Lesson',
    });
    await writeFile(join(dir, 'sample.es.mdx'), spanish(english));
    const fresh = curriculum();
    const opened = await fresh.open('sample-lesson', 'es');
    expect(opened.frontmatter).toMatchObject({ language: 'es', title: 'Una lección de muestra' });
    expect(opened.exercises.map((e) => e.id)).toEqual(['name-it', 'body', 'level', 'signs']);
    expect(fresh.languagesOf('sample-lesson')).toEqual(['en', 'es']);
  });

  it('serves a lesson written only in Spanish (a clinic lesson) when English is asked for', async () => {
    await rm(join(dir, 'sample.mdx'));
    await writeFile(join(dir, 'sample.es.mdx'), spanish(english));
    expect((await curriculum().open('sample-lesson')).frontmatter.language).toBe('es');
  });

  it('lists a second Spanish file with the same id as broken, naming the file that keeps it', async () => {
    await writeFile(join(dir, 'sample.es.mdx'), spanish(english));
    await writeFile(join(dir, 'twin.es.mdx'), spanish(english));
    const items = await curriculum().list('es');
    expect(items.filter((i) => i.status === 'ok')).toHaveLength(1);
    const broken = items.find((i) => i.status === 'broken');
    expect(broken).toMatchObject({ file: 'lessons/stress-management/twin.es.mdx', language: 'es' });
    expect(broken?.status === 'broken' && broken.problem.message).toContain('sample.es.mdx');
  });

  it('lists a file whose name and frontmatter disagree on the language as broken', async () => {
    await writeFile(join(dir, 'sample.es.mdx'), english.replace('sample-lesson', 'other-lesson'));
    await writeFile(join(dir, 'plain.mdx'), spanish(english).replace('sample-lesson', 'third-lesson'));
    const broken = (await curriculum().list()).filter((i) => i.status === 'broken');
    expect(broken.map((b) => b.file).sort()).toEqual([
      'lessons/stress-management/plain.mdx',
      'lessons/stress-management/sample.es.mdx',
    ]);
    expect(broken[0]?.status === 'broken' && broken[0].problem.message).toMatch(/file name says/);
  });

  it('refuses a language the app does not know in the frontmatter', async () => {
    await writeFile(join(dir, 'sample.mdx'), english.replace('minutes: 45', 'minutes: 45\nlanguage: fr'));
    const [item] = await curriculum().list();
    expect(item).toMatchObject({ status: 'broken' });
    expect(item?.status === 'broken' && item.problem).toMatchObject({ line: 10 });
  });
});

describe('language helpers', () => {
  it('reads the language from the file name', () => {
    expect(languageOfFile('a/01-how-stress-works.es.mdx')).toBe('es');
    expect(languageOfFile('a/01-how-stress-works.mdx')).toBe('en');
    expect(languageOfFile('a/v2.0.mdx')).toBe('en');
  });
  it('falls back to English, then to what the lesson has', () => {
    expect(pickLanguage(['en', 'es'], 'es')).toBe('es');
    expect(pickLanguage(['en'], 'es')).toBe('en');
    expect(pickLanguage(['es'], 'en')).toBe('es');
    expect(pickLanguage([], 'en')).toBeNull();
  });
});
