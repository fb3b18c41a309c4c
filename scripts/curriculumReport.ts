/**
 * Prints JSON describing the curriculum: the modules (lessons and minutes), every
 * lesson (id, module, order, title, minutes, file, measured reading grade and
 * patient-facing word count) with the exercises it uses, the exercise types lessons
 * can use, and every problem the curriculum check finds. Usage:
 *
 *   npm run -s curriculum:report [-- --lessons <dir> ...]
 *
 * Lessons come from curriculum/lessons unless --lessons folders are given. The
 * exit code is 1 when there is a problem, so CI can use it as a check.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { exerciseTypeNames, exerciseTypes } from '../common/exercises';
import { checkCurriculum } from './curriculum/checkCurriculum';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { lessons: { type: 'string', multiple: true } } });
const dirs = (values.lessons ?? [join(root, 'curriculum/lessons')]).map((d) => resolve(d));
const cache = await mkdtemp(join(tmpdir(), 'groundwork-report-'));
try {
  const { lessons, problems } = await checkCurriculum(
    dirs.map((dir) => ({ dir, label: relative(root, dir).split(sep).join('/') || '.' })),
    cache,
    join(root, 'curriculum/language/stigmatizing-terms.json'),
  );
  lessons.sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order);
  const modules = [...new Set(lessons.map((l) => l.module))].map((id) => {
    const inModule = lessons.filter((l) => l.module === id);
    return { id, lessons: inModule.length, minutes: inModule.reduce((sum, l) => sum + l.minutes, 0) };
  });
  const report = {
    exerciseTypes: exerciseTypeNames.map((type) => ({ type, component: exerciseTypes[type].component })),
    modules,
    lessons,
    exercisesByType: Object.fromEntries(
      exerciseTypeNames.map((type) => [
        type,
        lessons.flatMap((l) => l.exercises.filter((e) => e.type === type)).length,
      ]),
    ),
    problems,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (problems.length > 0) process.exitCode = 1;
} finally {
  await rm(cache, { recursive: true, force: true });
}
