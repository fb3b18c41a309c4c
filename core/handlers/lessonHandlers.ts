import type { Clinic } from '../clinic/clinic';
import type { Curriculum } from '../curriculum/curriculum';
import { loadProgram } from '../program/loadProgram';
import type { HandlersFor } from './handlerTypes';

export interface LessonDeps {
  curriculum: Curriculum;
  clinic: Clinic;
  /** curriculum/program.json: module overviews and suggested schedules. */
  programFile?: string;
}

/** The lesson list in the clinic's order, one lesson to show, and the program of modules and schedules. */
export function lessonHandlers(deps: LessonDeps): HandlersFor<'listLessons' | 'openLesson' | 'getProgram'> {
  const { curriculum, clinic } = deps;
  return {
    async listLessons({ language }) {
      return { lessons: clinic.arrange(await curriculum.list(language)) };
    },
    async openLesson({ lessonId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      return {
        frontmatter: lesson.frontmatter,
        languages: curriculum.languagesOf(lessonId),
        exercises: lesson.exercises,
        moduleUrl: `/lessons/${lesson.hash}.mjs`,
      };
    },
    async getProgram({ language }) {
      return clinic.arrangeProgram(await loadProgram(deps.programFile, language));
    },
  };
}
