import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, root, test } from './fixtures';
import { allSaved, galleryDirs, openGallery } from './exerciseHelpers';
import { fillTwoRowsEverywhere, layoutProblems, measureRowExercises } from './rowMeasure';

const widths = [800, 1024, 1280, 1920];

/** Measures every row exercise on the page at each width; returns every problem found, in words. */
async function problemsAtEveryWidth(page: Page, expected: number): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    // Layout settles in the next frame after a resize.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const exercises = await measureRowExercises(page);
    expect(exercises.map((e) => e.exercise)).toHaveLength(expected);
    for (const exercise of exercises) {
      expect(exercise.rows, `${exercise.exercise} has its two rows`).toHaveLength(2);
      problems.push(...layoutProblems(exercise, width));
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scroll > width) problems.push(`${width}px: the page scrolls sideways (${scroll}px wide)`);
  }
  return problems;
}

/** The ids of the core lessons whose MDX holds a row exercise (tables, lists, charts, logs, plans). */
async function lessonsWithRows(): Promise<string[]> {
  const lessons = join(root, 'curriculum/lessons');
  const ids: string[] = [];
  for (const module of await readdir(lessons, { withFileTypes: true })) {
    if (!module.isDirectory()) continue;
    for (const file of await readdir(join(lessons, module.name))) {
      // One file per lesson: a Spanish version (name.es.mdx) has the same id and exercises.
      if (!file.endsWith('.mdx') || /\.[a-z]{2}\.mdx$/.test(file)) continue;
      const text = await readFile(join(lessons, module.name, file), 'utf8');
      if (!/<(Table|ListBuilder|TriggerChart|CravingLog|ThoughtRecord|SafetyPlan|RelapsePreventionPlan)\b/.test(text)) {
        continue;
      }
      const id = /^id: ([a-z0-9-]+)$/m.exec(text)?.[1];
      if (id !== undefined) ids.push(id);
    }
  }
  return ids.sort();
}

test.describe('the gallery', () => {
  test.use({ lessonDirs: galleryDirs });

  test('no label or field of any row exercise overlaps another or leaves its cell, at 800, 1024, 1280 and 1920 px', async ({
    page,
    host,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openGallery(page, host);
    const worksheet = page.getByRole('region', { name: 'Worksheet' });
    // List, table, trigger chart, craving log, feelings, and the people of two plans (three tables).
    expect(await fillTwoRowsEverywhere(worksheet)).toBe(8);
    await allSaved(page);
    expect(await problemsAtEveryWidth(page, 8)).toEqual([]);
  });
});

test('no row exercise of any lesson, in all four modules, overlaps or overflows at 800, 1024, 1280 and 1920 px', async ({
  page,
  host,
}) => {
  test.setTimeout(900_000);
  const ids = await lessonsWithRows();
  // Stress management, coping skills, relapse prevention and the recovery-life lessons (module 4).
  expect(ids.length).toBeGreaterThanOrEqual(18);
  expect(ids).toContain('working-with-anger');
  const problems: string[] = [];
  for (const id of ids) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.url}#/lesson/${id}`);
    const note = page.getByRole('button', { name: 'Continue to the lesson' });
    const title = page.getByRole('heading', { level: 1 });
    await expect(note.or(title).first()).toBeVisible();
    if (await note.isVisible()) await note.click();
    await expect(page.locator('[data-exercise-id]').first()).toBeVisible();
    const added = await fillTwoRowsEverywhere(page.getByRole('main'));
    expect(added, `${id} has a row exercise`).toBeGreaterThanOrEqual(1);
    await allSaved(page);
    problems.push(...(await problemsAtEveryWidth(page, added)).map((p) => `${id}: ${p}`));
  }
  expect(problems).toEqual([]);
});
