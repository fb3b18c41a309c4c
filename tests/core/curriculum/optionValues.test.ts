import { describe, expect, it } from 'vitest';
import { compileLesson, LessonCompileError } from '../../../core/curriculum/compileLesson';

const lesson = (options: string): string => `---
id: test-lesson
title: Test Lesson
module: coping-skills
order: 1
summary: A lesson written inside a test.
objectives:
  - Check the compiler
minutes: 45
---

<Worksheet>

<Checklist id="signs" label="Signs" options={${options}} />

</Worksheet>
`;

describe('choice options by stable value', () => {
  it('gives plain-text options their slug and keeps the value of { value, label } options', async () => {
    const compiled = await compileLesson(
      lesson('["Tight shoulders, neck or jaw", { value: "racing-heart", label: "Corazón acelerado" }]'),
      'l.mdx',
    );
    expect(compiled.exercises[0]?.options).toEqual([
      { value: 'tight-shoulders-neck-or-jaw', label: 'Tight shoulders, neck or jaw' },
      { value: 'racing-heart', label: 'Corazón acelerado' },
    ]);
  });

  it.each([
    [
      'two options with one value',
      '["Racing heart", { value: "racing-heart", label: "Otra" }]',
      /value "racing-heart"/,
    ],
    ['a value that is not a slug', '[{ value: "Racing Heart", label: "A" }, "B"]', /option value "Racing Heart"/],
    ['an option with a third property', '[{ value: "a", label: "A", extra: "x" }, "B"]', /needs options/],
    ['an option with no label', '[{ value: "a", label: " " }, "B"]', /no label/],
    ['one option', '["Only"]', /at least two/],
  ])('refuses %s', async (_name, options, message) => {
    const error = await compileLesson(lesson(options), 'l.mdx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LessonCompileError);
    expect((error as LessonCompileError).problem.message).toMatch(message);
  });
});
