import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../core/curriculum/compileLesson';
import { toChoiceOptions } from '../../common/optionValue';

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
  it('records what bounds each answer: columns, options, the Other line, check-ins; unlabelled forms get their title', async () => {
    const compiled = await compileLesson(
      lesson(
        [
          '<Table id="week" label="My week" columns={["Day", "Plan"]} />',
          '<SingleChoice id="time" label="Time" options={["Morning", "Night"]} />',
          '<MultipleChoice id="who" label="Who" options={["Friend", "Family"]} />',
          '<SafetyPlan id="plan" />',
          '<UrgeSurfingTimer id="surf" minutes={5} />',
          '<Checklist id="signs" label="Signs" options={["Sweating", "Shaking"]} other />',
          '<Checklist id="steps" label="Steps" options={["Walk", "Call"]} other={false} />',
          '<UrgeSurfingTimer id="long-surf" minutes={30} checkInEvery={10} />',
          '<UrgeSurfingTimer id="default-surf" />',
        ].join('\n\n'),
      ),
      'check.mdx',
    );
    expect(compiled.exercises).toEqual([
      { id: 'week', type: 'table', label: 'My week', columns: ['Day', 'Plan'] },
      { id: 'time', type: 'single-choice', label: 'Time', options: toChoiceOptions(['Morning', 'Night']) },
      { id: 'who', type: 'multiple-choice', label: 'Who', options: toChoiceOptions(['Friend', 'Family']) },
      { id: 'plan', type: 'safety-plan', label: 'My safety plan' },
      { id: 'surf', type: 'urge-surfing-timer', label: 'Urge surfing', checkIns: [1, 2, 3, 4] },
      {
        id: 'signs',
        type: 'checklist',
        label: 'Signs',
        options: toChoiceOptions(['Sweating', 'Shaking']),
        other: true,
      },
      { id: 'steps', type: 'checklist', label: 'Steps', options: toChoiceOptions(['Walk', 'Call']), other: false },
      { id: 'long-surf', type: 'urge-surfing-timer', label: 'Urge surfing', checkIns: [10, 20] },
      { id: 'default-surf', type: 'urge-surfing-timer', label: 'Urge surfing', checkIns: [5, 10, 15] },
    ]);
  });

  it.each([
    ['a table with no columns', '<Table id="t" label="T" />', /needs columns/],
    ['a table with a column that is not text', '<Table id="t" label="T" columns={["A", 2]} />', /needs columns/],
    ['a choice with one option', '<SingleChoice id="c" label="C" options={["Only"]} />', /needs options/],
    [
      'a choice with the same option twice',
      '<MultipleChoice id="c" label="C" options={["A", "A"]} />',
      /Two options on <MultipleChoice> have the value "a"/,
    ],
    ['a checklist with one option', '<Checklist id="c" label="C" options={["Only"]} />', /needs options/],
    ['an Other line written as text', '<Checklist id="c" label="C" options={["A", "B"]} other="yes" />', /other/],
    ['a timer of no minutes', '<UrgeSurfingTimer id="u" minutes={0} />', /whole number of minutes/],
    ['a timer whose minutes are text', '<UrgeSurfingTimer id="u" minutes="5" />', /whole number of minutes/],
    ['check-ins every half minute', '<UrgeSurfingTimer id="u" checkInEvery={2.5} />', /whole number of minutes/],
  ])('rejects %s, pointing at its line', async (_name, body, message) => {
    await expect(compileLesson(lesson(body), 'check.mdx')).rejects.toThrow(message);
    await expect(compileLesson(lesson(body), 'check.mdx')).rejects.toThrow(/check\.mdx:14:1:/);
  });
});
