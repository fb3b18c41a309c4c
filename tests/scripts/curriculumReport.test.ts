import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

describe('npm run curriculum:report', () => {
  it('prints valid JSON: exercise types, four modules of lessons with reading grade and word count, no problems', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'curriculum:report'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    const report = JSON.parse(stdout) as {
      exerciseTypes: { type: string }[];
      modules: { id: string; lessons: number }[];
      lessons: {
        id: string;
        module: string;
        minutes: number;
        readingGrade: number;
        patientWords: number;
        exercises: unknown[];
        translations: { es?: { inflesz: number; patientWords: number } };
      }[];
      problems: unknown[];
    };
    expect(report.exerciseTypes.length).toBeGreaterThanOrEqual(16);
    expect(report.modules.map((m) => [m.id, m.lessons])).toEqual([
      ['coping-skills', 6],
      ['recovery-life', 8],
      ['relapse-prevention', 6],
      ['stress-management', 6],
    ]);
    expect(report.lessons.length).toBeGreaterThanOrEqual(26);
    for (const lesson of report.lessons) {
      expect(lesson.minutes).toBeGreaterThanOrEqual(45);
      expect(lesson.readingGrade).toBeLessThanOrEqual(8);
      expect(lesson.patientWords).toBeGreaterThan(300);
      expect(lesson.exercises.length).toBeGreaterThan(0);
      // The Spanish version's figures beside the English ones.
      expect(lesson.translations.es?.inflesz, lesson.id).toBeGreaterThanOrEqual(65);
      expect(lesson.translations.es?.patientWords, lesson.id).toBeGreaterThan(300);
    }
    expect(report.problems).toEqual([]);
  }, 180_000);
});
