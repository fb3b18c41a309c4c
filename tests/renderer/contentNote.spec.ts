import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const LESSON_URL = '#/lesson/getting-through-a-crisis-moment';
const TITLE = 'Getting Through a Crisis Moment';

/** Screenshots for looking at (issue 12), only when asked: GROUNDWORK_SHOTS=1 keeps CI from paying for them. */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.GROUNDWORK_SHOTS !== '1') return;
  const dir = '/tmp/shots/contentnote';
  await mkdir(dir, { recursive: true });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(dir, `${name}-${size.width}x${size.height}.png`) });
  }
}

test('a content note stands before a lesson once per profile, and can be read again from the lesson', async ({
  page,
  host,
}) => {
  const gate = page.getByRole('button', { name: 'Continue to the lesson' });
  // The lesson itself (the note that stands before it has the same title as its heading).
  const title = page.getByRole('article', { name: TITLE });
  const noteButton = page.getByRole('button', { name: 'Content note' });
  const note = page.getByRole('region', { name: 'Before you start' });

  await page.goto(`${host.url}${LESSON_URL}`);
  await expect(note).toContainText('This lesson talks about suicide, self-harm. You can take a break');
  await Promise.all([page.waitForResponse('**/api/markContentNoteSeen'), gate.click()]);
  await expect(title).toBeVisible();

  // Opened again by the same person: the lesson itself, its topics in a quiet line under the title.
  await page.reload();
  await expect(title).toBeVisible();
  await expect(page.locator('[data-exercise-id]').first()).toBeVisible();
  await expect(gate).toHaveCount(0);
  await expect(note).toHaveCount(0);
  await expect(title.getByText('This lesson talks about suicide, self-harm.')).toBeVisible();
  await shoot(page, 'lesson-header');

  // The whole note again, from the keyboard, without leaving the lesson.
  await expect(noteButton).toHaveAttribute('aria-expanded', 'false');
  await noteButton.focus();
  await page.keyboard.press('Enter');
  await expect(noteButton).toHaveAttribute('aria-expanded', 'true');
  await expect(note).toContainText('You can take a break, skip parts, or talk with your facilitator at any time.');
  await expect(gate).toHaveCount(0);
  // Only the header is scanned: the whole lesson takes axe over 20 seconds here, and the rest is not changed by this.
  const scan = await new AxeBuilder({ page })
    .include('.lesson-header')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await shoot(page, 'note-again');
  await page.keyboard.press('Enter');
  await expect(note).toHaveCount(0);

  // Another person on this computer has not read it: it stands before the lesson for them.
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByLabel('Your name or a nickname').fill('Ben');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Profile: Ben')).toBeVisible();
  await page.goto(`${host.url}${LESSON_URL}`);
  await expect(gate).toBeVisible();
  await expect(title).toHaveCount(0);
});
