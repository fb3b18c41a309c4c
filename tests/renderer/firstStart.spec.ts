import { cp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
