import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, root, test } from './fixtures';

const welcome = join(root, 'tests/fixtures/clinic/riverside/lessons/our-program/01-welcome-to-riverside.mdx');
const unknownComponent = join(root, 'tests/fixtures/lessons-broken/unknown-component.mdx');

const importing = `---
id: imports-a-module
title: A Lesson That Imports Code
module: our-program
order: 2
summary: Clinic lessons may use only the exercise library, never their own code.
objectives:
  - Show a clear error
minutes: 30
---
import fs from 'node:fs'

<Worksheet>

<ShortText id="one" label="One" />

</Worksheet>
`;

test('a lesson dropped in the clinic lessons folder appears beside the core lessons and opens', async ({
  page,
  host,
}) => {
  const folder = join(host.dataDir, 'lessons');
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'How Stress Works' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Welcome to Riverside' })).toHaveCount(0);

  await mkdir(folder, { recursive: true });
  await copyFile(welcome, join(folder, 'welcome.mdx'));
  await page.reload();
  await page.getByRole('link', { name: 'Welcome to Riverside' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Riverside' })).toBeVisible();
  const answer = page.getByRole('textbox', { name: 'One thing I hope to get from the program' });
  await answer.fill('Feel steadier');
  await expect(page.getByText('All answers saved')).toBeVisible();
});

test('a broken clinic lesson shows its file:line:column while the rest still work', async ({ page, host }) => {
  const folder = join(host.dataDir, 'lessons');
  await mkdir(folder, { recursive: true });
  await copyFile(welcome, join(folder, 'welcome.mdx'));
  await copyFile(unknownComponent, join(folder, 'slider.mdx'));
  await writeFile(join(folder, 'imports.mdx'), importing);
  await page.goto(host.url);
  await expect(page.getByRole('main')).toContainText('2 lessons are not available right now.');
  await expect(page.getByRole('main')).not.toContainText(folder);

  await page.getByRole('link', { name: 'For staff: the About page says why.' }).click();
  const broken = page.getByRole('region', { name: 'Lessons that could not be loaded' });
  await expect(broken.getByRole('listitem')).toHaveCount(2);
  await expect(broken).toContainText(`${folder}/slider.mdx:16:3`);
  await expect(broken).toContainText('Unknown component <MagicSlider>');
  await expect(broken).toContainText(
    new RegExp(`${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/imports\\.mdx:\\d+:\\d+`),
  );

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Welcome to Riverside' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Riverside' })).toBeVisible();
  await page.getByRole('link', { name: /All lessons/ }).click();
  await page.getByRole('link', { name: 'How Stress Works' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Stress Works' })).toBeVisible();
});
