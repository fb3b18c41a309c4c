import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LessonLanguage } from '../../../common/language';
import { checkProgram, loadTerms } from '../../../scripts/curriculum/checkCurriculum';

/**
 * The program's words in Spanish (curriculum/program.es.json) in the curriculum
 * check: the same modules and schedules as program.json, easy to read, and no
 * stigmatizing terms. Only the translation's problems are looked at here; the
 * English file's own checks need the compiled lessons (checkCurriculum.test.ts).
 */
const root = join(import.meta.dirname, '../../..');
let dir: string;
let programFile: string;
let spanishFile: string;
let terms: Map<LessonLanguage, Awaited<ReturnType<typeof loadTerms>>>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-program-check-'));
  programFile = join(dir, 'program.json');
  spanishFile = join(dir, 'program.es.json');
  await copyFile(join(root, 'curriculum/program.json'), programFile);
  await copyFile(join(root, 'curriculum/program.es.json'), spanishFile);
  terms = new Map([['es', await loadTerms(join(root, 'curriculum/language/stigmatizing-terms.es.json'))]]);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function spanishProblems(): Promise<string[]> {
  return (await checkProgram(programFile, [], terms)).filter((p) => p.file === spanishFile).map((p) => p.message);
}

async function changeSpanish(
  change: (words: { modules: Record<string, string>[]; schedules: Record<string, string>[] }) => void,
) {
  const words = JSON.parse(await readFile(spanishFile, 'utf8'));
  change(words);
  await writeFile(spanishFile, JSON.stringify(words));
}

describe("the program's words in Spanish", () => {
  it('has none of the problems the check looks for', async () => {
    expect(await spanishProblems()).toEqual([]);
  });

  it('names a module or schedule left without words, and words for one the program does not have', async () => {
    await changeSpanish((w) => {
      w.modules = w.modules.filter((m) => m.id !== 'coping-skills');
      w.schedules.push({ id: 'every-day', title: 'Cada día', description: 'Un grupo cada día de la semana.' });
    });
    expect(await spanishProblems()).toEqual([
      'The module coping-skills has no words in es.',
      'The schedule every-day is not in program.json.',
    ]);
  });

  it('finds an overview that reads too hard, and a stigmatizing term', async () => {
    await changeSpanish((w) => {
      const first = w.modules[0] ?? {};
      first.overview =
        'La consolidación neurofisiológica interdisciplinaria subsiguiente presupone intervenciones psicoterapéuticas individualizadas, multidimensionales y pormenorizadamente contextualizadas institucionalmente.';
      const second = w.schedules[0] ?? {};
      second.description = 'Para que cada adicto empiece cualquier semana.';
    });
    const problems = await spanishProblems();
    expect(problems).toContainEqual(
      expect.stringMatching(/^The overview of stress-management scores -?\d+(\.\d+)? \(INFLESZ\)/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/is a stigmatizing term/));
  });

  it('says so when the file is not a program translation at all', async () => {
    await writeFile(spanishFile, JSON.stringify({ modules: 'none' }));
    expect(await spanishProblems()).toEqual([expect.stringMatching(/^Not a program translation/)]);
    await writeFile(spanishFile, '{ broken');
    expect(await spanishProblems()).toEqual([expect.stringMatching(/could not be read/)]);
  });
});
