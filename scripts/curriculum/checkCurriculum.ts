import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Curriculum, type LessonRoot } from '../../core/curriculum/curriculum';
import { anatomyComponents } from '../../core/curriculum/lessonComponents';
import { measure } from './readability';
import { programSchema } from '../../common/programSchema';

/** Highest Flesch–Kincaid grade allowed for anything a patient reads. */
export const MAX_GRADE = 8;
/** Facilitator notes shorter than this cannot hold timing, prompts, disclosure guidance and adaptations. */
export const MIN_NOTES_WORDS = 80;

export interface CurriculumProblem {
  file: string;
  line: number;
  rule:
    | 'program'
    | 'compile'
    | 'anatomy'
    | 'facilitator-notes'
    | 'reading-level'
    | 'stigma'
    | 'content-note'
    | 'caution'
    | 'length'
    | 'timing';
  message: string;
}

export interface LessonReport {
  id: string;
  module: string;
  order: number;
  title: string;
  minutes: number;
  file: string;
  readingGrade: number;
  patientWords: number;
  exercises: { id: string; type: string; label: string }[];
}

const termsSchema = z.object({ terms: z.array(z.object({ pattern: z.string(), instead: z.string() })) });

/** The list of stigmatizing terms kept in the repository. */
export async function loadTerms(path: string): Promise<{ pattern: RegExp; instead: string; source: string }[]> {
  const parsed = termsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  return parsed.terms.map((t) => ({
    pattern: new RegExp(`\\b(?:${t.pattern})\\b`, 'i'),
    instead: t.instead,
    source: t.pattern,
  }));
}

function lineOf(source: string, needle: string): number {
  const index = source.toLowerCase().indexOf(needle.toLowerCase());
  return index === -1 ? 1 : source.slice(0, index).split('\n').length;
}

const SUICIDE_OR_HARM =
  /\b(suicid\w*|self-harm|hurt(?:ing)? (?:yourself|myself|themselves)|kill(?:ing)? (?:yourself|myself))\b/i;
const PHYSICAL_RISK =
  /\b(cold water|ice water|ice pack|cold pack|intense exercise|hard exercise|move hard|moving hard)\b/i;

/**
 * Checks every lesson against the curriculum guide's rules: it compiles (valid
 * frontmatter, unique exercise ids, known components), has all six parts in order,
 * has real facilitator notes, reads at grade 8 or below, uses no stigmatizing
 * terms, carries a content note where it talks about suicide or self-harm, and a
 * caution where it teaches a skill with physical risk.
 */
export async function checkCurriculum(
  roots: LessonRoot[],
  cacheDir: string,
  termsFile: string,
): Promise<{ lessons: LessonReport[]; problems: CurriculumProblem[] }> {
  const terms = await loadTerms(termsFile);
  const curriculum = new Curriculum(roots, cacheDir);
  const problems: CurriculumProblem[] = [];
  const lessons: LessonReport[] = [];
  for (const item of await curriculum.list()) {
    if (item.status === 'broken') {
      problems.push({ file: item.file, line: item.problem.line, rule: 'compile', message: item.problem.message });
      continue;
    }
    const lesson = await curriculum.open(item.id);
    const root = roots.find((r) => item.file.startsWith(`${r.label}/`));
    const source = root ? await readFile(join(root.dir, item.file.slice(root.label.length + 1)), 'utf8') : '';
    const { frontmatter: fm, text } = lesson;
    const add = (rule: CurriculumProblem['rule'], message: string, line = 1): void => {
      problems.push({ file: item.file, line, rule, message });
    };

    if (text.parts.join(',') !== anatomyComponents.join(',')) {
      add(
        'anatomy',
        `The lesson's parts must be ${anatomyComponents.join(', ')} in that order, once each; found: ${text.parts.join(', ') || 'none'}.`,
      );
    }
    const notes = measure(text.facilitatorBlocks);
    if (notes.words < MIN_NOTES_WORDS) {
      add(
        'facilitator-notes',
        `Facilitator notes have ${notes.words} words; write at least ${MIN_NOTES_WORDS} (timing, prompts, hard disclosures, adaptations).`,
        lineOf(source, '<FacilitatorNotes'),
      );
    }
    const patient = measure([fm.title, fm.summary, ...fm.objectives, ...text.patientBlocks]);
    if (patient.grade > MAX_GRADE)
      add('reading-level', `Patient-facing text reads at grade ${patient.grade}; keep it at ${MAX_GRADE} or below.`);
    if (fm.minutes < 45 || fm.minutes > 60)
      add('length', `A lesson runs 45–60 minutes; this one says ${fm.minutes}.`, lineOf(source, 'minutes:'));

    if (fm.timing === undefined)
      add(
        'timing',
        'Give the lesson a timing block (minutes for why, learn, practice, worksheet, takeaway) that adds up to its minutes.',
        lineOf(source, 'minutes:'),
      );

    // A word in quotation marks is being talked about ("avoid 'addict'"), not used.
    const unquoted = (block: string): string => block.replace(/"[^"]*"|“[^”]*”/g, ' ');
    const allText = [fm.title, fm.summary, ...fm.objectives, ...text.patientBlocks, ...text.facilitatorBlocks].map(
      unquoted,
    );
    for (const term of terms) {
      const hit = allText.map((block) => term.pattern.exec(block)?.[0]).find((m) => m !== undefined);
      if (hit !== undefined) add('stigma', `"${hit}" is stigmatizing; say "${term.instead}".`, lineOf(source, hit));
    }
    const patientText = text.patientBlocks.join('\n');
    const harm = SUICIDE_OR_HARM.exec(patientText)?.[0];
    if (harm !== undefined && !fm.contentNotes.some((n) => n === 'suicide' || n === 'self-harm')) {
      add(
        'content-note',
        `The lesson mentions "${harm}" but its contentNotes do not include suicide or self-harm.`,
        lineOf(source, harm),
      );
    }
    const risk = PHYSICAL_RISK.exec(patientText)?.[0];
    if (risk !== undefined && !text.components.includes('Caution')) {
      add(
        'caution',
        `The lesson teaches "${risk}" but has no <Caution> about who should not use it: heart problems, chest pain, fainting or a slow heart rate, eating disorders, beta-blockers, recent stimulant use or intoxication, and cold allergy.`,
        lineOf(source, risk),
      );
    }
    lessons.push({
      id: fm.id,
      module: fm.module,
      order: fm.order,
      title: fm.title,
      minutes: fm.minutes,
      file: item.file,
      readingGrade: patient.grade,
      patientWords: patient.words,
      exercises: lesson.exercises.map((e) => ({ id: e.id, type: e.type, label: e.label })),
    });
  }
  return { lessons, problems };
}

/**
 * Checks the program file against the lessons: module overviews readable at
 * grade 8, and every schedule using each lesson exactly once, with no unknown ids.
 */
export async function checkProgram(programFile: string, lessons: LessonReport[]): Promise<CurriculumProblem[]> {
  const program = programSchema.parse(JSON.parse(await readFile(programFile, 'utf8')));
  const problems: CurriculumProblem[] = [];
  const add = (message: string): void => void problems.push({ file: programFile, line: 1, rule: 'program', message });
  const ids = new Set(lessons.map((l) => l.id));
  for (const module of program.modules) {
    const grade = measure([module.overview]).grade;
    if (grade > MAX_GRADE)
      add(`The overview of ${module.id} reads at grade ${grade}; keep it at ${MAX_GRADE} or below.`);
    if (!lessons.some((l) => l.module === module.id)) add(`The module ${module.id} has no lessons.`);
  }
  for (const schedule of program.schedules) {
    const used = schedule.weeks.flat();
    for (const id of used)
      if (!ids.has(id)) add(`The schedule ${schedule.id} names a lesson that does not exist: ${id}.`);
    for (const id of ids) {
      const count = used.filter((u) => u === id).length;
      if (count !== 1) add(`The schedule ${schedule.id} uses ${id} ${count} times; use every lesson once.`);
    }
  }
  return problems;
}
