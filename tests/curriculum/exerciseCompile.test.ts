import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../core/curriculum/compileLesson';

const lesson = (body: string): string => `---
id: compile-check
title: Compile Check
module: coping-skills
order: 1
summary: A lesson the tests compile.
objectives:
  - Check the compiler
minutes: 45
---

<Worksheet>

${body}

</Worksheet>
`;

describe('compiling the exercise components', () => {
  it('records what bounds each answer: table columns and choice options; unlabelled forms get their title', async () => {
    const compiled = await compileLesson(
      lesson(
        [
          '<Table id="week" label="My week" columns={["Day", "Plan"]} />',
          '<SingleChoice id="time" label="Time" options={["Morning", "Night"]} />',
          '<MultipleChoice id="who" label="Who" options={["Friend", "Family"]} />',
          '<SafetyPlan id="plan" />',
          '<UrgeSurfingTimer id="surf" minutes={5} />',
        ].join('\n\n'),
      ),
      'check.mdx',
    );
    expect(compiled.exercises).toEqual([
      { id: 'week', type: 'table', label: 'My week', columns: ['Day', 'Plan'] },
      { id: 'time', type: 'single-choice', label: 'Time', options: ['Morning', 'Night'] },
      { id: 'who', type: 'multiple-choice', label: 'Who', options: ['Friend', 'Family'] },
      { id: 'plan', type: 'safety-plan', label: 'My safety plan' },
      { id: 'surf', type: 'urge-surfing-timer', label: 'Urge surfing' },
    ]);
  });

  it.each([
    ['a table with no columns', '<Table id="t" label="T" />', /needs columns/],
    ['a table with a column that is not text', '<Table id="t" label="T" columns={["A", 2]} />', /needs columns/],
    ['a choice with one option', '<SingleChoice id="c" label="C" options={["Only"]} />', /needs options/],
    [
      'a choice with the same option twice',
      '<MultipleChoice id="c" label="C" options={["A", "A"]} />',
      /needs options/,
    ],
  ])('rejects %s, pointing at its line', async (_name, body, message) => {
    await expect(compileLesson(lesson(body), 'check.mdx')).rejects.toThrow(message);
    await expect(compileLesson(lesson(body), 'check.mdx')).rejects.toThrow(/check\.mdx:14:1:/);
  });
});
