import { readFile } from 'node:fs/promises';
import {
  programSchema,
  programTranslationSchema,
  type Program,
  type ProgramTranslation,
} from '../../common/programSchema';
import { createI18n } from '../../common/i18n/createI18n';
import { baseLanguage, type LessonLanguage } from '../../common/language';
import { ApiFailure } from '../../common/result';

const { t } = createI18n();

/** Where a program's words in another language are: `program.es.json` beside `program.json`. */
export const programTranslationPath = (path: string, language: LessonLanguage): string =>
  path.replace(/(\.json)?$/, `.${language}.json`);

/**
 * Reads the program file (module overviews and suggested schedules), in the
 * language asked for where its words are written in it (programTranslationPath),
 * else in English. A missing file means no program, which is not an error: a
 * clinic may ship lessons only.
 */
export async function loadProgram(path: string | undefined, language: LessonLanguage = baseLanguage): Promise<Program> {
  if (path === undefined) return { modules: [], schedules: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { modules: [], schedules: [] };
    throw error;
  }
  const parsed = programSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(
      'internal',
      t('errors.programInvalid', { path, field: issue?.path.join('.'), reason: issue?.message }),
    );
  }
  if (language === baseLanguage) return parsed.data;
  const words = await loadTranslation(programTranslationPath(path, language));
  return words === null ? parsed.data : translated(parsed.data, words);
}

/**
 * The words of the program in another language, or null when there are none or
 * they cannot be used: then the English stays (the curriculum check reports a
 * broken translation of the core program; a person is never shown an error for it).
 */
async function loadTranslation(path: string): Promise<ProgramTranslation | null> {
  try {
    const parsed = programTranslationSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) return parsed.data;
    console.warn(`groundwork: ${path} is not a usable program translation; the program stays in English`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`groundwork: ${path} could not be read; the program stays in English`);
  }
  return null;
}

/** The program with the words given for each module and schedule; one without a translation keeps its own. */
export function translated(program: Program, words: ProgramTranslation): Program {
  const modules = new Map(words.modules.map((m) => [m.id, m]));
  const schedules = new Map(words.schedules.map((s) => [s.id, s]));
  return {
    modules: program.modules.map((m) => {
      const w = modules.get(m.id);
      return w === undefined ? m : { ...m, title: w.title, overview: w.overview };
    }),
    schedules: program.schedules.map((s) => {
      const w = schedules.get(s.id);
      return w === undefined ? s : { ...s, title: w.title, description: w.description };
    }),
  };
}
