import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LessonListItem } from '../../common/api';
import { groupLessons, lessonListTiming, type OkLesson } from '../../common/lessonGroups';
import type { Program } from '../../common/programSchema';

const root = resolve(import.meta.dirname, '../..');

function lesson(id: string, module: string): OkLesson {
  return {
    status: 'ok',
    file: `${module}/${id}.mdx`,
    language: 'en',
    languages: ['en'],
    id,
    title: id,
    module,
    order: 1,
    summary: 'A lesson.',
    minutes: 30,
    contentNotes: [],
  };
}

function broken(file: string): LessonListItem {
  return {
    status: 'broken',
    file,
    id: null,
    language: 'en',
    problem: { file, line: 1, column: 1, message: 'could not compile' },
  };
}

const entry = (id: string): Program['modules'][number] => ({
  id,
  title: `Module ${id}`,
  overview: 'What this module is about, in a sentence.',
});

/** The program's order is deliberately not alphabetical. */
const program: Program = { modules: [entry('coping'), entry('body'), entry('relapse')], schedules: [] };

const ids = (groups: { id: string }[]): string[] => groups.map((g) => g.id);

describe('groupLessons', () => {
  it("lists modules in the program's order, not in listing or alphabetical order", () => {
    const { groups } = groupLessons([lesson('r1', 'relapse'), lesson('b1', 'body'), lesson('c1', 'coping')], program);
    expect(ids(groups)).toEqual(['coping', 'body', 'relapse']);
  });

  it('puts modules the program does not know after the ones it does, by id', () => {
    const { groups } = groupLessons(
      [lesson('z1', 'zeta'), lesson('b1', 'body'), lesson('a1', 'alpha'), lesson('c1', 'coping')],
      program,
    );
    expect(ids(groups)).toEqual(['coping', 'body', 'alpha', 'zeta']);
  });

  it('keeps a later module of the program after an earlier one when the first is missing', () => {
    const { groups } = groupLessons([lesson('x1', 'extra'), lesson('b1', 'body')], program);
    expect(ids(groups)).toEqual(['body', 'extra']);
  });

  it("gives each module the program's entry for it, and none to a module it does not know", () => {
    const { groups } = groupLessons([lesson('b1', 'body'), lesson('x1', 'extra')], program);
    expect(groups.map((g) => g.module)).toEqual([entry('body'), undefined]);
  });

  it('gives each module only its own lessons, in listing order', () => {
    const b2 = lesson('b2', 'body');
    const c1 = lesson('c1', 'coping');
    const b1 = lesson('b1', 'body');
    const c2 = lesson('c2', 'coping');
    const { groups } = groupLessons([b2, c1, b1, c2], program);
    expect(groups).toEqual([
      { id: 'coping', module: entry('coping'), lessons: [c1, c2] },
      { id: 'body', module: entry('body'), lessons: [b2, b1] },
    ]);
  });

  it('counts the lessons that could not be loaded and leaves them out of every module', () => {
    const c1 = lesson('c1', 'coping');
    const { groups, broken: count } = groupLessons([broken('a.mdx'), c1, broken('b.mdx')], program);
    expect(count).toBe(2);
    expect(groups).toEqual([{ id: 'coping', module: entry('coping'), lessons: [c1] }]);
  });

  it('has no modules and nothing broken for an empty list', () => {
    expect(groupLessons([], program)).toEqual({ groups: [], broken: 0 });
  });
});

describe('lessonListTiming', () => {
  it('marks the heading with the identifier the first-start benchmark waits for', () => {
    const bench = readFileSync(resolve(root, 'scripts/benchFirstStart.ts'), 'utf8');
    expect(lessonListTiming.elementtiming).toBeTruthy();
    expect(bench).toContain(`e.identifier === '${lessonListTiming.elementtiming}'`);
  });
});
