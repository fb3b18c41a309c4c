import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { LessonCache } from '../../../core/curriculum/lessonCache';

const sample = join(import.meta.dirname, '../../fixtures/lessons-ok/sample.mdx');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('LessonCache', () => {
  it('reads back what it wrote', async () => {
    const compiled = await compileLesson(await readFile(sample, 'utf8'), 'sample.mdx');
    await new LessonCache(dir).put(compiled);
    const read = await new LessonCache(dir).get(compiled.hash, 'lessons/sample.mdx');
    expect(read).toMatchObject({ file: 'lessons/sample.mdx', exercises: compiled.exercises });
  });

  it.each([
    [
      'an exercise type named like a prototype key',
      (m: Meta) => ({ ...m, exercises: [{ ...m.exercises[0], type: 'constructor' }] }),
    ],
    [
      'an exercise id that could not be saved',
      (m: Meta) => ({ ...m, exercises: [{ ...m.exercises[0], id: '__proto__' }] }),
    ],
    ['options that are not text', (m: Meta) => ({ ...m, exercises: [{ ...m.exercises[0], options: [1, 2] }] })],
    ['no exercises', (m: Meta) => ({ ...m, exercises: [] })],
    ['frontmatter the schema refuses', (m: Meta) => ({ ...m, frontmatter: { ...m.frontmatter, order: 0 } })],
    ['a field the compiler never writes', (m: Meta) => ({ ...m, moduleUrl: 'https://example.com/x.mjs' })],
  ])('treats a record with %s as missing, so the lesson is compiled again', async (_name, tamper) => {
    const compiled = await compileLesson(await readFile(sample, 'utf8'), 'sample.mdx');
    await new LessonCache(dir).put(compiled);
    const path = join(dir, `${compiled.hash}.json`);
    await writeFile(path, JSON.stringify(tamper(JSON.parse(await readFile(path, 'utf8')) as Meta)));
    expect(await new LessonCache(dir).get(compiled.hash, 'sample.mdx')).toBeNull();
  });
});

interface Meta {
  exercises: Record<string, unknown>[];
  frontmatter: Record<string, unknown>;
}
