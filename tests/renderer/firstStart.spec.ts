import { cp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { shot } from './roomShots';

// Each test starts its own host and runs axe: on the shared two-core machine that can pass a minute.
test.slow();

/**
 * Issue 12, item 10: the browser host runs on the core lessons `npm run build`
 * precompiled, so a fresh data folder shows the lesson list and opens a lesson
 * without compiling anything into its cache.
 */

const freshCache = join(tmpdir(), `groundwork-fresh-cache-${process.pid}`);
test.use({ hostArgs: ['--cache', freshCache] });
test.afterEach(() => rm(freshCache, { recursive: true, force: true }));

const compiledInto = async (dir: string): Promise<string[]> =>
  (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.mjs'));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`a fresh data folder lists and opens core lessons without compiling them, at ${viewport.width}×${viewport.height}`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'How Stress Works' })).toBeVisible();
    await shot(page, 'lesson-list-first-start');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'How Stress Works' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'How Stress Works' })).toBeVisible();
    expect(await compiledInto(freshCache)).toEqual([]);
  });
}

test('a clinic lesson is still compiled at run time, into the data folder', async ({ page, host }) => {
  await cp(join(import.meta.dirname, '../fixtures/lessons-ok'), join(host.dataDir, 'lessons'), { recursive: true });
  await host.restart();
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'A Sample Lesson' })).toBeVisible();
  expect(await compiledInto(freshCache)).toHaveLength(1);
});

/** The first screen's headings and lesson links, in order, as a person using a screen reader meets them. */
async function listOutline(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'How Stress Works' })).toBeVisible();
  const headings = await main.getByRole('heading').allInnerTexts();
  const links = await main.getByRole('heading', { level: 3 }).getByRole('link').allInnerTexts();
  return [...headings, ...links].map((s) => s.trim());
}

test('the lesson list comes in the page itself: before the scripts run it shows what the app then shows, and the app starts without asking again', async ({
  page,
  host,
  browser,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) asked.push(path.slice('/api/'.length));
  });
  await page.goto(host.url);
  const app = await listOutline(page);
  // The first screen's own answers were in the page (common/startData.ts).
  expect(asked.filter((m) => ['getAppInfo', 'listLessons', 'getProgram', 'getProfiles'].includes(m))).toEqual([]);
  expect(app).toContain('Stress management');
  // The page names no module script: the app's entry is fetched only once the page is parsed, after the frame
  // that paints the drawn list (scripts/deferEntry.ts, renderer/public/first-paint.js).
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const entry = performance.getEntriesByType('resource').find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name));
    return { parsed: nav.domContentLoadedEventStart, fetched: entry?.startTime ?? -1 };
  });
  expect(timing.fetched).toBeGreaterThanOrEqual(timing.parsed);

  // Without the scripts (as in the moment before they have run), the same headings and lessons.
  const still = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const before = await still.newPage();
  await before.goto(host.url);
  expect(await listOutline(before)).toEqual(app);
  await shot(before, 'lesson-list-before-scripts');
  await still.close();

  // In the system's language when the profile has chosen none.
  const spanish = await browser.newContext({ javaScriptEnabled: false, locale: 'es-MX' });
  const espanol = await spanish.newPage();
  await espanol.goto(host.url);
  await expect(espanol.getByRole('heading', { level: 1, name: 'Lecciones' })).toBeVisible();
  await expect(espanol.getByRole('heading', { level: 2, name: 'Manejo del estrés' })).toBeVisible();
  await spanish.close();

  // Back on the list later, the app asks the host again: the page's answers were for its first screen only.
  await page.getByRole('link', { name: 'How Stress Works' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Stress Works' })).toBeVisible();
  await page.getByRole('link', { name: /^Groundwork/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await expect.poll(() => asked.includes('getLessonProgress')).toBe(true);
});

test('a page opened at another screen never shows the drawn lesson list, even while the app’s scripts load', async ({
  page,
  host,
}) => {
  // Holds the app's own script back, as a slow start would, to see what the page alone shows.
  await page.route(/\/assets\/index-[^/]*\.js$/, () => undefined);
  await page.goto(`${host.url}#/lesson/how-stress-works`, { waitUntil: 'commit' });
  await expect(page.locator('.first-paint')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeHidden();
  await page.goto(`${host.url}#/`, { waitUntil: 'commit' });
  await page.reload({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
