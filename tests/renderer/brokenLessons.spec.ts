import { join } from 'node:path';
import { expect, root, seriousA11yViolations, test } from './fixtures';
import { shot } from './roomShots';

// Each test starts its own host and runs axe: on the shared two-core machine that can pass a minute.
test.slow();

test.use({ lessonDirs: [join(root, 'curriculum/lessons'), join(root, 'tests/fixtures/lessons-broken')] });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the lesson list says lessons are not available, without file paths or parser text', async ({
      page,
      host,
    }) => {
      await page.goto(host.url);
      const main = page.getByRole('main');
      // Broken lessons are compiled again at every start (only good ones are cached): slow on a busy machine.
      await expect(main).toContainText('3 lessons are not available right now.', { timeout: 30_000 });
      await expect(main).not.toContainText('.mdx');
      await expect(main).not.toContainText('MagicSlider');
      await expect(page.getByRole('region', { name: 'Lessons that could not be loaded' })).toHaveCount(0);
      await page.getByText('3 lessons are not available right now.').scrollIntoViewIfNeeded();
      await shot(page, 'lesson-list-unavailable');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'How Stress Works' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'How Stress Works' })).toBeVisible();
    });
  });
}

test('the About page shows each broken lesson with file:line:column and the parser text', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'For staff: the About page says why.' }).click();
  const broken = page.getByRole('region', { name: 'Lessons that could not be loaded' });
  await expect(broken.getByRole('listitem')).toHaveCount(3);
  await expect(broken).toContainText(/lessons-broken\/unknown-component\.mdx:16:3/);
  await expect(broken).toContainText('Unknown component <MagicSlider>');
  await expect(broken).toContainText(/lessons-broken\/bad-frontmatter\.mdx:9:1/);
  await expect(broken).toContainText(/lessons-broken\/bad-mdx\.mdx:\d+:\d+/);
  await broken.scrollIntoViewIfNeeded();
  await shot(page, 'about-broken-lessons');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('opening a broken lesson by its address says it is not available, and the way back', async ({ page, host }) => {
  await page.goto(`${host.url}#/lesson/broken-component`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'This lesson is not available right now' })).toBeVisible();
  await expect(alert).not.toContainText('.mdx');
  await shot(page, 'lesson-unavailable');
  await alert.getByRole('link', { name: /All lessons/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});

test('the presenter, for the facilitator, still shows the file and its problem', async ({ page, host }) => {
  await page.goto(`${host.url}#/present/broken-component/presenter`);
  await expect(page.getByRole('alert')).toContainText('unknown-component.mdx:16:3');
});

test("the room's screen shows no file path for a broken lesson", async ({ page, host }) => {
  await page.goto(`${host.url}#/present/broken-component/audience`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'This lesson is not available right now' })).toBeVisible();
  await expect(alert).not.toContainText('.mdx');
});
