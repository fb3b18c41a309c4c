import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Curriculum, type LessonRoot } from '../../core/curriculum/curriculum';
import { anatomyComponents } from '../../core/curriculum/lessonComponents';
import { measure } from './readability';
import { measureSpanish } from './readabilityEs';
import { parityProblems } from './parity';
import { programSchema, programTranslationSchema } from '../../common/programSchema';
import { programTranslationPath } from '../../core/program/loadProgram';
import { baseLanguage, type LessonLanguage } from '../../common/language';
import type { CachedLesson } from '../../core/curriculum/lessonCache';

/** Highest Flesch–Kincaid grade allowed for anything a patient reads. */
export const MAX_GRADE = 8;
/** Lowest Szigriszt-Pazos (INFLESZ) score for Spanish patient text: "bastante fácil" (fairly easy) or easier. */
export const MIN_INFLESZ = 65;
/** The languages every core lesson must be written in, beside English. */
export const coreTranslations: readonly LessonLanguage[] = ['es'];
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
    | 'timing'
    | 'translation'
    | 'parity';
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
  /** Each translation of the lesson, measured by its own language's formula. */
  translations: Partial<Record<LessonLanguage, TranslationReport>>;
}

/** A translation's figures beside the English lesson's. */
export interface TranslationReport {
  file: string;
  title: string;
  /** Szigriszt-Pazos / INFLESZ score of the patient-facing text (Spanish). */
  inflesz: number;
  patientWords: number;
}

const termsSchema = z.object({ terms: z.array(z.object({ pattern: z.string(), instead: z.string() })) });

type Terms = { pattern: RegExp; instead: string; source: string }[];

/**
 * The list of stigmatizing terms kept in the repository. Whole words are found
 * by letters, not by `\b`, which ends a word at an accented letter ("alcohólico").
 */
export async function loadTerms(path: string): Promise<Terms> {
  const parsed = termsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  return parsed.terms.map((t) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.pattern})(?![\\p{L}\\p{N}])`, 'iu'),
    instead: t.instead,
    source: t.pattern,
  }));
}

/** The term list of each language: `stigmatizing-terms.json` for English, `stigmatizing-terms.<language>.json` beside it. */
export function termsFileFor(englishFile: string, language: LessonLanguage): string {
  return language === baseLanguage ? englishFile : englishFile.replace(/\.json$/, `.${language}.json`);
}

function lineOf(source: string, needle: string): number {
  const index = source.toLowerCase().indexOf(needle.toLowerCase());
  return index === -1 ? 1 : source.slice(0, index).split('\n').length;
}

/** Per language: words that mean a lesson talks about suicide or self-harm, or teaches a skill with physical risk. */
const SUICIDE_OR_HARM: Record<LessonLanguage, RegExp> = {
  en: /\b(suicid\w*|self-harm|hurt(?:ing)? (?:yourself|myself|themselves)|kill(?:ing)? (?:yourself|myself))\b/i,
  es: /(?<!\p{L})(suicid\p{L}*|autolesi\p{L}*|hacerse daño|hacerme daño|quitarse la vida|quitarme la vida)(?!\p{L})/iu,
};
const PHYSICAL_RISK: Record<LessonLanguage, RegExp> = {
  en: /\b(cold water|ice water|ice pack|cold pack|intense exercise|hard exercise|move hard|moving hard)\b/i,
  es: /(?<!\p{L})(agua fría|agua helada|agua con hielo|bolsa de hielo|compresa fría|ejercicio intenso|ejercicio fuerte)(?!\p{L})/iu,
};

/** A lesson's patient-facing text measured by its language's formula, with the problem when it reads too hard. */
function readingLevel(lesson: CachedLesson): { figure: number; words: number; problem?: string } {
  const fm = lesson.frontmatter;
  const blocks = [fm.title, fm.summary, ...fm.objectives, ...lesson.text.patientBlocks];
  if (fm.language === 'es') {
    const es = measureSpanish(blocks);
    return es.inflesz < MIN_INFLESZ
      ? {
          figure: es.inflesz,
          words: es.words,
          problem: `Patient-facing text scores ${es.inflesz} on the Szigriszt-Pazos (INFLESZ) scale; keep it at ${MIN_INFLESZ} or above with shorter sentences and words.`,
        }
      : { figure: es.inflesz, words: es.words };
  }
  const en = measure(blocks);
  return en.grade > MAX_GRADE
    ? {
        figure: en.grade,
        words: en.words,
        problem: `Patient-facing text reads at grade ${en.grade}; keep it at ${MAX_GRADE} or below.`,
      }
    : { figure: en.grade, words: en.words };
}

/**
 * Checks every lesson, in each language it is written in, against the curriculum
 * guide's rules: it compiles (valid frontmatter, unique exercise ids, known
 * components), has all six parts in order, has real facilitator notes, reads
 * easily enough (Flesch–Kincaid grade 8 in English, INFLESZ 65 in Spanish), uses
 * no stigmatizing terms from its language's list, carries a content note where
 * it talks about suicide or self-harm, and a caution where it teaches a skill with
 * physical risk. A core lesson (in the first root) must have a Spanish version
 * (each of `options.translations`, by default every core translation), and any
 * translation's plan and exercises must match the English lesson's (parity.ts).
 */
export async function checkCurriculum(
  roots: LessonRoot[],
  cacheDir: string,
  termsFile: string,
  options: { translations?: readonly LessonLanguage[] } = {},
): Promise<{ lessons: LessonReport[]; problems: CurriculumProblem[] }> {
  const required = options.translations ?? coreTranslations;
  const terms = new Map<LessonLanguage, Terms>([[baseLanguage, await loadTerms(termsFile)]]);
  for (const language of coreTranslations) terms.set(language, await loadTerms(termsFileFor(termsFile, language)));
  const curriculum = new Curriculum(roots, cacheDir);
  const problems: CurriculumProblem[] = [];
  const opened = new Map<
    string,
    Map<LessonLanguage, { lesson: CachedLesson; file: string; figure: number; words: number }>
  >();
  for (const item of await curriculum.versions()) {
    if (item.status === 'broken') {
      problems.push({ file: item.file, line: item.problem.line, rule: 'compile', message: item.problem.message });
      continue;
    }
    const lesson = await curriculum.open(item.id, item.language);
    if (lesson.file !== item.file) continue;
    const root = roots.find((r) => item.file.startsWith(`${r.label}/`));
    const source = root ? await readFile(join(root.dir, item.file.slice(root.label.length + 1)), 'utf8') : '';
    const level = checkLesson(lesson, source, terms.get(item.language) ?? [], (rule, message, line = 1) =>
      problems.push({ file: item.file, line, rule, message }),
    );
    const versions = opened.get(item.id) ?? new Map();
    versions.set(item.language, { lesson, file: item.file, ...level });
    opened.set(item.id, versions);
  }
  const coreLabel = roots[0]?.label;
  const lessons: LessonReport[] = [];
  for (const [id, versions] of opened) {
    const english = versions.get(baseLanguage);
    const isCore = [...versions.values()].some((v) => v.file.startsWith(`${coreLabel}/`));
    for (const language of coreTranslations) {
      const translation = versions.get(language);
      if (english === undefined) continue;
      if (translation === undefined) {
        if (isCore && required.includes(language)) {
          const wanted = english.file.replace(/\.mdx$/, `.${language}.mdx`);
          problems.push({
            file: english.file,
            line: 1,
            rule: 'translation',
            message: `The core lesson "${id}" has no "${language}" version; write ${wanted} with the same id and exercises.`,
          });
        }
        continue;
      }
      for (const message of parityProblems(english.lesson, translation.lesson))
        problems.push({ file: translation.file, line: 1, rule: 'parity', message });
    }
    const main = english ?? [...versions.values()][0];
    if (main === undefined) continue;
    const fm = main.lesson.frontmatter;
    const translations: LessonReport['translations'] = {};
    for (const [language, v] of versions) {
      if (language === fm.language) continue;
      translations[language] = {
        file: v.file,
        title: v.lesson.frontmatter.title,
        inflesz: v.figure,
        patientWords: v.words,
      };
    }
    lessons.push({
      id: fm.id,
      module: fm.module,
      order: fm.order,
      title: fm.title,
      minutes: fm.minutes,
      file: main.file,
      readingGrade: main.figure,
      patientWords: main.words,
      exercises: main.lesson.exercises.map((e) => ({ id: e.id, type: e.type, label: e.label })),
      translations,
    });
  }
  return { lessons, problems };
}

type Add = (rule: CurriculumProblem['rule'], message: string, line?: number) => void;

/** The rules one version of a lesson is held to on its own; returns its reading figure and word count. */
function checkLesson(lesson: CachedLesson, source: string, terms: Terms, add: Add): { figure: number; words: number } {
  const { frontmatter: fm, text } = lesson;
  const language = fm.language;
  if (text.parts.join(',') !== anatomyComponents.join(',')) {
    add(
      'anatomy',
      `The lesson's parts must be ${anatomyComponents.join(', ')} in that order, once each; found: ${text.parts.join(', ') || 'none'}.`,
    );
  }
  const notesWords =
    language === 'es' ? measureSpanish(text.facilitatorBlocks).words : measure(text.facilitatorBlocks).words;
  if (notesWords < MIN_NOTES_WORDS) {
    add(
      'facilitator-notes',
      `Facilitator notes have ${notesWords} words; write at least ${MIN_NOTES_WORDS} (timing, prompts, hard disclosures, adaptations).`,
      lineOf(source, '<FacilitatorNotes'),
    );
  }
  const level = readingLevel(lesson);
  if (level.problem !== undefined) add('reading-level', level.problem);
  if (fm.minutes < 45 || fm.minutes > 60)
    add('length', `A lesson runs 45–60 minutes; this one says ${fm.minutes}.`, lineOf(source, 'minutes:'));
  if (fm.timing === undefined)
    add(
      'timing',
      'Give the lesson a timing block (minutes for why, learn, practice, worksheet, takeaway) that adds up to its minutes.',
      lineOf(source, 'minutes:'),
    );

  // A word in quotation marks is being talked about ("avoid 'addict'", «no diga "adicto"»), not used.
  const unquoted = (block: string): string => block.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, ' ');
  const allText = [fm.title, fm.summary, ...fm.objectives, ...text.patientBlocks, ...text.facilitatorBlocks].map(
    unquoted,
  );
  for (const term of terms) {
    const hit = allText.map((block) => term.pattern.exec(block)?.[0]).find((m) => m !== undefined);
    if (hit !== undefined) add('stigma', `"${hit}" is stigmatizing; say "${term.instead}".`, lineOf(source, hit));
  }
  const patientText = text.patientBlocks.join('\n');
  const harm = SUICIDE_OR_HARM[language].exec(patientText)?.[0];
  if (harm !== undefined && !fm.contentNotes.some((n) => n === 'suicide' || n === 'self-harm')) {
    add(
      'content-note',
      `The lesson mentions "${harm}" but its contentNotes do not include suicide or self-harm.`,
      lineOf(source, harm),
    );
  }
  const risk = PHYSICAL_RISK[language].exec(patientText)?.[0];
  if (risk !== undefined && !text.components.includes('Caution')) {
    add(
      'caution',
      `The lesson teaches "${risk}" but has no <Caution> about who should not use it: heart problems, chest pain, fainting or a slow heart rate, eating disorders, beta-blockers, recent stimulant use or intoxication, and cold allergy.`,
      lineOf(source, risk),
    );
  }
  return { figure: level.figure, words: level.words };
}

/**
 * Checks the program file against the lessons: module overviews readable at
 * grade 8, and every schedule using each lesson exactly once, with no unknown ids.
 * Its words in each core translation (program.es.json) must name exactly the same
 * modules and schedules, read easily (INFLESZ), and use none of that language's
 * stigmatizing terms (`terms`, by language, when given).
 */
export async function checkProgram(
  programFile: string,
  lessons: LessonReport[],
  terms?: ReadonlyMap<LessonLanguage, Terms>,
): Promise<CurriculumProblem[]> {
  const program = programSchema.parse(JSON.parse(await readFile(programFile, 'utf8')));
  const problems: CurriculumProblem[] = [];
  const add = (message: string): void => void problems.push({ file: programFile, line: 1, rule: 'program', message });
  for (const language of coreTranslations) {
    const file = programTranslationPath(programFile, language);
    const say = (message: string): void => void problems.push({ file, line: 1, rule: 'program', message });
    let words;
    try {
      const parsed = programTranslationSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) {
        say(`Not a program translation: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}.`);
        continue;
      }
      words = parsed.data;
    } catch (error) {
      say(`The program's words in ${language} could not be read: ${(error as Error).message}`);
      continue;
    }
    const sameIds = (kind: string, wanted: string[], given: string[]): void => {
      for (const id of wanted) if (!given.includes(id)) say(`The ${kind} ${id} has no words in ${language}.`);
      for (const id of given) if (!wanted.includes(id)) say(`The ${kind} ${id} is not in program.json.`);
    };
    sameIds(
      'module',
      program.modules.map((m) => m.id),
      words.modules.map((m) => m.id),
    );
    sameIds(
      'schedule',
      program.schedules.map((m) => m.id),
      words.schedules.map((m) => m.id),
    );
    for (const module of words.modules) {
      const { inflesz } = measureSpanish([module.title, module.overview]);
      if (inflesz < MIN_INFLESZ)
        say(`The overview of ${module.id} scores ${inflesz} (INFLESZ); keep it at ${MIN_INFLESZ} or above.`);
    }
    const texts = [...words.modules, ...words.schedules].flatMap((w) =>
      'overview' in w ? [w.title, w.overview] : [w.title, w.description],
    );
    for (const term of terms?.get(language) ?? []) {
      const found = texts.find((text) => term.pattern.test(text));
      if (found !== undefined) say(`"${term.source}" is a stigmatizing term; say ${term.instead} instead.`);
    }
  }
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
