import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../../common/api';
import { exerciseTypeNames } from '../../common/exercises';
import { compileLesson } from '../../core/curriculum/compileLesson';
import { LessonCache, type CachedLesson } from '../../core/curriculum/lessonCache';
import { renderWorksheetHtml } from '../../core/worksheet/renderWorksheet';
import { answersFor } from '../common/galleryAnswers';

const root = join(import.meta.dirname, '../..');
let work: string;
let lesson: CachedLesson;
let modulePath: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-gallery-'));
  const cache = new LessonCache(work);
  const source = await readFile(join(root, 'curriculum/gallery/exercise-gallery.mdx'), 'utf8');
  lesson = await cache.put(await compileLesson(source, 'curriculum/gallery/exercise-gallery.mdx'));
  modulePath = cache.modulePath(lesson.hash) ?? '';
});
afterAll(() => rm(work, { recursive: true, force: true }));

const galleryAnswers = (): Record<string, StoredAnswer> => answersFor(lesson);

const crisisLines = [{ name: 'Riverside Clinic Crisis Line', contact: '555-0199', detail: 'Any time.' }];
/** The document's body: the print CSS in its head names classes such as scale-chosen. */
const render = async (filled: boolean): Promise<string> =>
  (
    await renderWorksheetHtml({
      lesson,
      modulePath,
      answers: filled ? galleryAnswers() : {},
      filled,
      paper: 'letter',
      resourcesDir: join(root, 'resources'),
      crisisLines,
    })
  ).split('<body>')[1] ?? '';

/** Words from the sample answers that appear nowhere in the blank form's own labels. */
const answerWords = [
  'Payday',
  'Give cash to my sister',
  'Called my sponsor',
  'Boss criticized my report',
  'I made one mistake and can fix it',
  'The urge will pass',
  'Give my pills to Ana',
  'Dr. Lee',
  '555-0101',
  'Leave early',
  'Praised last month',
  'Walk to the park',
  'Clenched jaw',
  'Coffee',
];

describe('the exercise gallery on paper', () => {
  it('uses every exercise type', () => {
    expect(new Set(lesson.exercises.map((e) => e.type))).toEqual(new Set(exerciseTypeNames));
  });

  it('prints every answer when filled, newest log entry first, with the clinic crisis lines', async () => {
    const html = await render(true);
    for (const word of answerWords) expect(html, word).toContain(word);
    expect(html).toContain('Mar 14, 2026');
    expect(html).toContain('8/10');
    expect(html).toContain('Riverside Clinic Crisis Line');
    expect(html).toMatch(/class="check-box checked">My counselor/);
    // The log is stored oldest first here; on paper the newest entry comes first.
    expect(html.indexOf('Mar 16, 2026')).toBeGreaterThan(-1);
    expect(html.indexOf('Mar 16, 2026')).toBeLessThan(html.indexOf('Mar 14, 2026'));
  });

  it('prints no answers when blank, but leaves ruled rows and lines to write on', async () => {
    const html = await render(false);
    for (const word of answerWords) expect(html, word).not.toContain(word);
    expect(html).not.toContain('check-box checked');
    expect(html).not.toContain('scale-chosen');
    expect((html.match(/class="blank-row"/g) ?? []).length).toBeGreaterThan(20);
    expect((html.match(/class="write-line"/g) ?? []).length).toBeGreaterThan(60);
    // The safety plan lists the crisis lines even on a blank sheet.
    expect(html).toContain('Riverside Clinic Crisis Line');
    expect(html).toContain('Step 6: Making my surroundings safer');
  });
});
