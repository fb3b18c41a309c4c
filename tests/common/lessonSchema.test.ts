import { describe, expect, it } from 'vitest';
import { lessonFrontmatterSchema } from '../../common/lessonSchema';

/** The frontmatter of a core lesson, as an author writes it. */
const lesson = {
  id: 'box-breathing',
  title: 'Box breathing',
  module: 'stress-management',
  order: 2,
  summary: 'Breathe in a square: in, hold, out, hold, four counts each.',
  objectives: ['Breathe in a square pattern for two minutes'],
  minutes: 50,
  timing: { why: 5, learn: 20, practice: 10, worksheet: 8, takeaway: 7 },
  skills: ['box-breathing', 'paced-breathing'],
};

/** What an author is told about a frontmatter: where, and what is wrong. */
function problems(frontmatter: object): { path: PropertyKey[]; message: string }[] {
  const parsed = lessonFrontmatterSchema.safeParse(frontmatter);
  return parsed.success ? [] : parsed.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('the lesson frontmatter', () => {
  it('accepts a lesson whose parts add up to its length, and a clinic lesson with no timing at all', () => {
    expect(lessonFrontmatterSchema.parse(lesson)).toEqual({ ...lesson, contentNotes: [], language: 'en' });
    const { timing: _timing, ...untimed } = lesson;
    expect(problems(untimed)).toEqual([]);
  });

  it('refuses a timing whose parts do not add up to the length, saying both totals on the timing field', () => {
    const timing = { ...lesson.timing, takeaway: 8 };
    expect(problems({ ...lesson, timing })).toEqual([
      { path: ['timing'], message: 'the parts add up to 51 minutes, but the lesson is 50 minutes long' },
    ]);
    expect(problems({ ...lesson, minutes: 45 })).toEqual([
      { path: ['timing'], message: 'the parts add up to 50 minutes, but the lesson is 45 minutes long' },
    ]);
    const issue = lessonFrontmatterSchema.safeParse({ ...lesson, timing }).error?.issues[0];
    expect(issue?.code).toBe('custom');
  });

  it('refuses a skill listed twice', () => {
    expect(problems({ ...lesson, skills: ['box-breathing', 'paced-breathing', 'box-breathing'] })).toEqual([
      { path: ['skills'], message: 'list each skill once' },
    ]);
  });

  it('names a skill that is not in the list of skills and says where the list is', () => {
    expect(problems({ ...lesson, skills: ['box-breathing', 'deep-breathing'] })).toEqual([
      { path: ['skills', 1], message: '"deep-breathing" is not a skill id; use one from common/skills.ts' },
    ]);
  });
});
