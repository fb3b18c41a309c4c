import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkCurriculum, checkProgram, coreTranslations, loadTerms, termsFileFor } from './checkCurriculum';

/** `npm run curriculum:check`: lists every problem in the core lessons and fails if there is one. */
const root = resolve(import.meta.dirname, '../..');
const cache = await mkdtemp(join(tmpdir(), 'groundwork-check-'));
try {
  const termsFile = join(root, 'curriculum/language/stigmatizing-terms.json');
  const { lessons, problems: lessonProblems } = await checkCurriculum(
    [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
    cache,
    termsFile,
  );
  const terms = new Map(
    await Promise.all(
      coreTranslations.map(async (language) => [language, await loadTerms(termsFileFor(termsFile, language))] as const),
    ),
  );
  const programFile = join(root, 'curriculum/program.json');
  const problems = [...lessonProblems, ...(await checkProgram(programFile, lessons, terms))];
  for (const lesson of lessons) {
    const es = lesson.translations.es;
    const spanish =
      es === undefined
        ? '  es: missing'
        : `  es: INFLESZ ${es.inflesz.toFixed(1).padStart(5)}  ${String(es.patientWords).padStart(5)} words`;
    console.log(
      `${lesson.id.padEnd(40)} grade ${lesson.readingGrade.toFixed(1).padStart(4)}  ${String(lesson.patientWords).padStart(5)} words  ${lesson.minutes} min${spanish}`,
    );
  }
  for (const p of problems) console.log(`${p.file}:${p.line}: [${p.rule}] ${p.message}`);
  console.log(`${lessons.length} lessons checked (each in every language it has), ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  await rm(cache, { recursive: true, force: true });
}
