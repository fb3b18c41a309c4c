import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import type { HandlersFor } from './handlerTypes';

const { t } = createI18n();

export interface AnswerDeps {
  curriculum: Curriculum;
  store: AnswerStore;
  /** The open profile; `forbidden` when none is open or it is locked. */
  activeProfileId(): Promise<string>;
  /** Records that the person opened a lesson (for the check-in's skills and progress); never fails the caller. */
  lessonOpened?(profileId: string, lessonId: string): Promise<void>;
}

/** Loading a lesson's answers for the open profile, saving one answer (checked against the lesson), and worksheet progress. */
export function answerHandlers(deps: AnswerDeps): HandlersFor<'loadAnswers' | 'saveAnswer' | 'getLessonProgress'> {
  const { curriculum, store } = deps;
  return {
    async loadAnswers({ lessonId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      const profileId = await deps.activeProfileId();
      const answers = await store.load(profileId, lessonId, lesson.exercises);
      // Only the person's own lesson screen loads answers, so this is when they opened the lesson.
      await deps.lessonOpened?.(profileId, lessonId);
      const { contentNotes } = lesson.frontmatter;
      const contentNoteSeen =
        contentNotes.length > 0 && (await store.profiles.contentNoteSeen(profileId, lessonId, contentNotes));
      return { ...answers, profileId, contentNoteSeen };
    },
    async saveAnswer({ lessonId, exerciseId, value, profileId, language }) {
      const lesson = await curriculum.open(lessonId, language);
      const exercise = lesson.exercises.find((e) => e.id === exerciseId);
      if (exercise === undefined) {
        throw new ApiFailure('not-found', t('errors.noExercise', { lesson: lesson.frontmatter.title, id: exerciseId }));
      }
      const active = await deps.activeProfileId();
      // A save retried after a lock or a switch must never land in the next person's profile.
      if (profileId !== undefined && profileId !== active) {
        throw new ApiFailure('forbidden', t('errors.profileChanged'), { reason: 'profile-changed' });
      }
      return { savedAt: await store.save(active, lessonId, exercise, value) };
    },
    async getLessonProgress() {
      const profileId = await deps.activeProfileId();
      // Compiled lessons are kept in memory by content hash: this reads each lesson's source once, not its build.
      const lessons = (await curriculum.lessons()).map(({ item, lesson }) => ({
        id: item.id,
        exercises: lesson.exercises,
      }));
      return { profileId, lessons: await store.progress(profileId, lessons) };
    },
  };
}
