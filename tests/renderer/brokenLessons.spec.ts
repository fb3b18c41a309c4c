import { join } from 'node:path';
import { expect, root, test } from './fixtures';

test.use({ lessonDirs: [join(root, 'curriculum/lessons'), join(root, 'tests/fixtures/lessons-broken')] });

test('broken lessons show file:line:column while the other lessons still open', async ({ page, host }) => {
  await page.goto(host.url);
  const broken = page.getByRole('region', { name: 'Lessons that could not be loaded' });
  await expect(broken).toBeVisible();
  await expect(broken.getByRole('listitem')).toHaveCount(3);
  await expect(broken).toContainText(/lessons-broken\/unknown-component\.mdx:16:3/);
  await expect(broken).toContainText('Unknown component <MagicSlider>');
  await expect(broken).toContainText(/lessons-broken\/bad-frontmatter\.mdx:9:1/);
  await expect(broken).toContainText(/lessons-broken\/bad-mdx\.mdx:\d+:\d+/);

  await page.getByRole('link', { name: 'How Stress Works' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Stress Works' })).toBeVisible();
  await expect(page.getByRole('textbox').first()).toBeVisible();
});

test('opening a broken lesson by its address shows its problem and a way back', async ({ page, host }) => {
  await page.goto(`${host.url}#/lesson/broken-component`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This lesson could not be opened');
  await expect(alert).toContainText('unknown-component.mdx:16:3');
  await alert.getByRole('link', { name: /All lessons/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});
