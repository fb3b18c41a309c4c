import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson, LessonCompileError, lessonHash } from '../../../core/curriculum/compileLesson';

const fixtures = join(import.meta.dirname, '../../fixtures');

async function problemOf(source: string, file = 'lesson.mdx') {
  try {
    await compileLesson(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(LessonCompileError);
    return (error as LessonCompileError).problem;
  }
  throw new Error('expected the lesson to fail');
}

const frontmatter = `---
id: test-lesson
title: Test Lesson
module: coping-skills
order: 1
summary: A lesson written inside a test.
objectives:
  - Check the compiler
minutes: 45
---
`;

describe('compileLesson', () => {
  it('compiles a lesson to an ES module and lists its exercises', async () => {
    const source = await readFile(join(fixtures, 'lessons-ok/sample.mdx'), 'utf8');
    const lesson = await compileLesson(source, 'sample.mdx');
    expect(lesson.frontmatter.id).toBe('sample-lesson');
    expect(lesson.frontmatter.contentNotes).toEqual([]);
    expect(lesson.exercises.map((e) => [e.id, e.type])).toEqual([
      ['name-it', 'short-text'],
      ['body', 'long-text'],
      ['level', 'scale'],
      ['signs', 'checklist'],
    ]);
    expect(lesson.moduleCode.startsWith('export default function lesson(React, ReactDOM, _jsx_runtime)')).toBe(true);
    expect(lesson.moduleCode).not.toMatch(/new Function|eval\(/);
    expect(lesson.hash).toBe(lessonHash(source));
  });

  it('points at the line and column of broken MDX', async () => {
    const source = await readFile(join(fixtures, 'lessons-broken/bad-mdx.mdx'), 'utf8');
    const problem = await problemOf(source, 'lessons/bad-mdx.mdx');
    expect(problem.file).toBe('lessons/bad-mdx.mdx');
    expect(problem.line).toBeGreaterThanOrEqual(19);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).toMatch(/attribute|tag|end of file/i);
  });

  it('points at the key of bad frontmatter', async () => {
    const source = await readFile(join(fixtures, 'lessons-broken/bad-frontmatter.mdx'), 'utf8');
    const problem = await problemOf(source);
    expect(problem).toMatchObject({ line: 9, column: 1 });
    expect(problem.message).toContain('"minutes"');
  });

  it('names an unknown component with its line and column', async () => {
    const source = await readFile(join(fixtures, 'lessons-broken/unknown-component.mdx'), 'utf8');
    const problem = await problemOf(source);
    expect(problem).toMatchObject({ line: 16, column: 3 });
    expect(problem.message).toContain('<MagicSlider>');
  });

  it.each([
    [
      'an import',
      `import x from './x'\n\n<Worksheet>\n\n<ShortText id="a" label="A" />\n\n</Worksheet>\n`,
      /import or export/,
    ],
    ['code in braces', `<Worksheet>\n\n{alert(1)}\n\n<ShortText id="a" label="A" />\n\n</Worksheet>\n`, /code/],
    [
      'a computed attribute',
      `<Worksheet>\n\n<ShortText id="a" label={window.name} />\n\n</Worksheet>\n`,
      /must be plain/,
    ],
    [
      'a duplicate exercise id',
      `<Worksheet>\n\n<ShortText id="a" label="A" />\n\n<LongText id="a" label="B" />\n\n</Worksheet>\n`,
      /used twice/,
    ],
    ['an exercise without an id', `<Worksheet>\n\n<ShortText label="A" />\n\n</Worksheet>\n`, /needs an id/],
    [
      'a script element',
      `<Worksheet>\n\n<script>alert(1)</script>\n\n<ShortText id="a" label="A" />\n\n</Worksheet>\n`,
      /Unknown component <script>/,
    ],
    [
      'raw HTML through dangerouslySetInnerHTML',
      `<Worksheet>\n\n<strong dangerouslySetInnerHTML={{ __html: "<meta http-equiv=refresh>" }} />\n\n<ShortText id="a" label="A" />\n\n</Worksheet>\n`,
      /only have a title/,
    ],
    [
      'an event handler on a component',
      `<Worksheet>\n\n<ShortText id="a" label="A" onClick="alert(1)" />\n\n</Worksheet>\n`,
      /onClick is not allowed/,
    ],
    [
      'an inline style on a component',
      `<Worksheet>\n\n<ShortText id="a" label="A" style={{ color: "red" }} />\n\n</Worksheet>\n`,
      /style is not allowed/,
    ],
    ['no exercises', `<Learn>\n\nJust reading.\n\n</Learn>\n`, /no exercises/],
  ])('rejects %s', async (_name, body, message) => {
    const problem = await problemOf(`${frontmatter}\n${body}`);
    expect(problem.message).toMatch(message);
    expect(problem.line).toBeGreaterThanOrEqual(1);
  });

  it('allows comments and literal attribute lists', async () => {
    const lesson = await compileLesson(
      `${frontmatter}\n<Worksheet>\n\n{/* a note for authors */}\n\n<Checklist id="c" label="C" options={["a", "b"]} other />\n\n</Worksheet>\n`,
      'ok.mdx',
    );
    expect(lesson.exercises).toEqual([
      {
        id: 'c',
        type: 'checklist',
        label: 'C',
        options: [
          { value: 'a', label: 'a' },
          { value: 'b', label: 'b' },
        ],
        other: true,
      },
    ]);
  });

  it('gives the same hash for the same content and a new one for a change', () => {
    expect(lessonHash('a')).toBe(lessonHash('a'));
    expect(lessonHash('a')).not.toBe(lessonHash('b'));
  });
});
