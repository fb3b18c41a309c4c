import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkCurriculum,
  checkProgram,
  MAX_GRADE,
  MIN_INFLESZ,
  type CurriculumProblem,
  type LessonReport,
} from '../../../scripts/curriculum/checkCurriculum';
import { measure } from '../../../scripts/curriculum/readability';

const root = join(import.meta.dirname, '../../..');
const terms = join(root, 'curriculum/language/stigmatizing-terms.json');
let cache: string;
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'groundwork-check-test-'));
});
afterAll(() => rm(cache, { recursive: true, force: true }));

describe('the core curriculum', () => {
  it('passes every rule of the curriculum check', async () => {
    const { lessons, problems } = await checkCurriculum(
      [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
      cache,
      terms,
    );
    expect(problems).toEqual([]);
    // Every core lesson in Spanish too, as easy to read.
    for (const lesson of lessons)
      expect(lesson.translations.es?.inflesz, lesson.id).toBeGreaterThanOrEqual(MIN_INFLESZ);
    expect(await checkProgram(join(root, 'curriculum/program.json'), lessons)).toEqual([]);
    // Four modules: three of six lessons and "Building a recovery life" with eight, numbered from 1 in each.
    const modules = new Map<string, number[]>();
    for (const lesson of lessons) modules.set(lesson.module, [...(modules.get(lesson.module) ?? []), lesson.order]);
    expect([...modules.keys()].sort()).toEqual([
      'coping-skills',
      'recovery-life',
      'relapse-prevention',
      'stress-management',
    ]);
    const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
    for (const [module, orders] of modules)
      expect(
        orders.sort((a, b) => a - b),
        module,
      ).toEqual(upTo(module === 'recovery-life' ? 8 : 6));
    for (const lesson of lessons) expect(lesson.readingGrade).toBeLessThanOrEqual(MAX_GRADE);
    // Compiling 52 lessons (26 in two languages) takes a while on a busy two-core machine.
  }, 180_000);
});

describe('checkCurriculum', () => {
  let problems: CurriculumProblem[] = [];
  const rulesFor = (file: string): string[] =>
    problems.filter((p) => p.file === `check/${file}.mdx`).map((p) => p.rule);

  beforeAll(async () => {
    ({ problems } = await checkCurriculum(
      [{ dir: join(root, 'tests/fixtures/lessons-check'), label: 'check' }],
      cache,
      terms,
      { translations: [] },
    ));
  });

  it.each([
    ['clean', []],
    ['suicide-noted', []],
    ['section-notes', []],
    ['stigma', ['stigma']],
    ['hard-words', ['reading-level']],
    ['short-notes', ['facilitator-notes']],
    ['suicide', ['content-note']],
    ['cold-water', ['caution']],
    ['missing-part', ['anatomy']],
    ['too-long', ['length']],
    ['no-timing', ['timing']],
    ['timing-mismatch', ['compile']],
  ])('%s → %j', (file, rules) => {
    expect(rulesFor(file)).toEqual(rules);
  });

  it('names the line of a stigmatizing word', () => {
    const stigma = problems.find((p) => p.rule === 'stigma');
    expect(stigma?.line).toBe(29);
    expect(stigma?.message).toContain('addicts');
  });

  it('says by how much a timing block misses the lesson length', () => {
    const mismatch = problems.find((p) => p.file === 'check/timing-mismatch.mdx');
    expect(mismatch?.message).toContain('add up to 55 minutes, but the lesson is 50 minutes long');
  });
});

describe('measure', () => {
  it('scores plain sentences low and dense ones high', () => {
    expect(measure(['You can do this. Take a slow breath.']).grade).toBeLessThan(3);
    expect(
      measure(['Comprehensive psychoeducational interventions necessitate multidimensional considerations.']).grade,
    ).toBeGreaterThan(12);
  });
  it('counts a label without a full stop as one sentence', () => {
    expect(measure(['My answer', 'Another label']).sentences).toBe(2);
  });
});

describe('the core curriculum as a whole', () => {
  it("uses every standard worksheet format of the curriculum guide, and asks a practice's ratings once", async () => {
    const { lessons } = await checkCurriculum(
      [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
      cache,
      terms,
    );
    const used = new Set(lessons.flatMap((l) => l.exercises.map((e) => e.type)));
    for (const format of [
      'thought-record',
      'trigger-chart',
      'craving-log',
      'decisional-balance',
      'relapse-prevention-plan',
      'safety-plan',
      'coping-card',
      'smart-goal',
      'scale',
      'checklist',
      'short-text',
      'long-text',
    ]) {
      expect(used, format).toContain(format);
    }
    // A guided practice asks for its own before and after ratings; the worksheet must not ask again.
    const practices = new Set(['breathing-pacer', 'muscle-relaxation', 'grounding-steps', 'urge-surfing-timer']);
    for (const lesson of lessons.filter((l) => l.exercises.some((e) => practices.has(e.type)))) {
      const repeated = lesson.exercises.filter(
        (e) => e.type === 'scale' && /\b(before|after)\b.*practice/i.test(e.label),
      );
      expect(repeated, lesson.id).toEqual([]);
    }
    const finalLesson = lessons.find((l) => l.module === 'relapse-prevention' && l.order === 6);
    expect(finalLesson?.exercises.map((e) => e.type)).toEqual(
      expect.arrayContaining(['relapse-prevention-plan', 'safety-plan']),
    );
  }, 180_000);
});

describe('checkCurriculum in Spanish', () => {
  let problems: CurriculumProblem[] = [];
  let lessons: LessonReport[] = [];
  const rulesFor = (file: string): string[] => problems.filter((p) => p.file === `check/${file}`).map((p) => p.rule);

  beforeAll(async () => {
    ({ problems, lessons } = await checkCurriculum(
      [{ dir: join(root, 'tests/fixtures/lessons-check-es'), label: 'check' }],
      cache,
      terms,
    ));
  });

  it.each([
    ['clean.mdx', []],
    ['clean.es.mdx', []],
    ['quoted.es.mdx', []],
    ['no-spanish.mdx', ['translation']],
    ['options-differ.es.mdx', ['parity']],
    ['rows-differ.es.mdx', ['parity']],
    ['hard-words.es.mdx', ['reading-level']],
    ['stigma.es.mdx', ['stigma']],
  ])('%s → %j', (file, rules) => {
    expect(rulesFor(file)).toEqual(rules);
  });

  it('says which option value differs, and which term to use instead', () => {
    expect(problems.find((p) => p.rule === 'parity')?.message).toContain('["racing-heart","sweat"]');
    const rows = problems.find((p) => p.rule === 'parity' && p.file === 'check/rows-differ.es.mdx');
    expect(rows?.message).toContain(
      'Exercise "plans": number of blank rows differs from the English lesson: 3 here, 6 there.',
    );
    const stigma = problems.find((p) => p.rule === 'stigma');
    expect(stigma?.message).toContain('"adicto"');
    expect(stigma?.message).toContain('persona con un trastorno por consumo de sustancias');
    expect(problems.find((p) => p.rule === 'reading-level')?.message).toMatch(/INFLESZ/);
  });

  it('reports the Spanish figure and word count beside the English ones', () => {
    const clean = lessons.find((l) => l.id === 'clean-lesson');
    expect(clean?.translations.es).toMatchObject({ file: 'check/clean.es.mdx', patientWords: expect.any(Number) });
    expect(clean?.translations.es?.inflesz).toBeGreaterThanOrEqual(MIN_INFLESZ);
    expect(lessons.find((l) => l.id === 'no-spanish')?.translations).toEqual({});
  });
});
