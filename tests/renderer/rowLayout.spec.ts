import { expect, test } from './fixtures';
import { allSaved, galleryDirs, openGallery } from './exerciseHelpers';
import { fillTwoRowsEverywhere, layoutProblems, measureRowExercises } from './rowMeasure';

test.use({ lessonDirs: galleryDirs });

const widths = [800, 1024, 1280, 1920];

test('no label or field of any row exercise overlaps another or leaves its cell, at 800, 1024, 1280 and 1920 px', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openGallery(page, host);
  const worksheet = page.getByRole('region', { name: 'Worksheet' });
  // List, table, trigger chart, craving log, feelings, and the people of two plans (three tables).
  expect(await fillTwoRowsEverywhere(page, worksheet)).toBe(8);
  await allSaved(page);

  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    // Layout settles in the next frame after a resize.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const exercises = await measureRowExercises(page);
    expect(exercises.map((e) => e.exercise)).toHaveLength(8);
    for (const exercise of exercises) {
      expect(exercise.rows, `${exercise.exercise} has its two rows`).toHaveLength(2);
      problems.push(...layoutProblems(exercise, width));
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) problems.push(`${width}px: the page scrolls sideways (${scroll}px wide)`);
  }
  expect(problems).toEqual([]);
});
