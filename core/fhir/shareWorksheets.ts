import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import type { ShareSelection } from './bundle';

/**
 * Every lesson a profile has answered, with those answers, for a share with the
 * care team. Lessons come from the curriculum's one reader (`Curriculum.lessons`),
 * as worksheet progress and the progress view take them, so a share preview reads
 * each lesson file once instead of listing every lesson and then opening each again.
 */
export async function answeredWorksheets(
  curriculum: Curriculum,
  store: AnswerStore,
  profileId: string,
): Promise<ShareSelection['worksheets']> {
  const worksheets: ShareSelection['worksheets'] = [];
  for (const { item, lesson } of await curriculum.lessons()) {
    const { answers } = await store.load(profileId, item.id, lesson.exercises);
    const stored = Object.entries(answers);
    if (stored.length === 0) continue;
    worksheets.push({
      lesson: { id: item.id, title: item.title, language: lesson.frontmatter.language, exercises: lesson.exercises },
      answers: new Map(stored),
    });
  }
  return worksheets;
}
