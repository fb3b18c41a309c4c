import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { allSaved, galleryDirs, openGallery } from './exerciseHelpers';

/** Opens a lesson from the list by its link, past its content note if it has one. */
async function openFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  const note = page.getByRole('button', { name: 'Continue to the lesson' });
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(note.or(heading).first()).toBeVisible();
  if (await note.isVisible()) await note.click();
  await expect(heading).toBeVisible();
}

test('the lesson list says, in words, which worksheets are not started, started or all answered', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const title = 'Muscle Relaxation and Grounding';
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await page.goto(host.url);
  await expect(card).toContainText('Worksheet not started');
  await expect(page.getByText('Worksheet not started')).toHaveCount(26);

  await openFromList(page, title);
  await page
    .getByRole('group', { name: 'Where I hold stress in my body' })
    .getByRole('checkbox', { name: 'Jaw' })
    .check();
  await allSaved(page);
  await page.getByRole('link', { name: 'All lessons' }).click();
  await expect(card).toContainText('Worksheet started: 1 of 4 answered');

  await openFromList(page, title);
  await page
    .getByRole('group', { name: 'Grounding tools I want to use' })
    .getByRole('checkbox', { name: 'Feet on the floor' })
    .check();
  await page.getByRole('textbox', { name: 'A small object I could carry to help me ground' }).fill('A smooth stone');
  await page.getByRole('textbox', { name: 'What I noticed during the practice' }).fill('My shoulders let go');
  await allSaved(page);
  // A fresh start reads the answers from disk, not from what the page remembers.
  await host.restart();
  await page.goto(host.url);
  await expect(card).toContainText('Worksheet done: all 4 answered');
  await expect(page.getByText('Worksheet not started')).toHaveCount(25);
  await page.getByRole('heading', { level: 1, name: 'Lessons' }).scrollIntoViewIfNeeded();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/rows/lesson-list-progress-1280.png' });
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test.describe('the save status, in the gallery', () => {
  test.use({ lessonDirs: galleryDirs });

  for (const width of [800, 1280, 1920]) {
    test(`stays in view at ${width} px while the worksheet is filled in, and no field reached by Tab is under it`, async ({
      page,
      host,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      await openGallery(page, host);
      const status = page.getByRole('status').filter({ hasText: /saved|Saving/ });
      const worksheet = page.getByRole('region', { name: 'Worksheet' });
      const last = worksheet.getByRole('textbox').last();
      await last.fill('Far down the worksheet');
      await allSaved(page);
      await expect(status).toBeInViewport();
      // From the end of the worksheet back up with Shift+Tab: each field scrolls into view below the bar.
      await last.focus();
      const covered: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Shift+Tab');
        const problem = await page.evaluate(() => {
          const field = document.activeElement;
          const bar = document.querySelector('.lesson-toolbar');
          if (field === null || bar === null || field === document.body) return null;
          const f = field.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          const name = field.getAttribute('aria-label') ?? (field as HTMLInputElement).labels?.[0]?.textContent ?? '';
          return f.top < b.bottom - 1 && f.bottom > b.top ? `${field.tagName} "${name.slice(0, 40)}"` : null;
        });
        if (problem !== null) covered.push(problem);
      }
      expect(covered).toEqual([]);
      await expect(status).toBeInViewport();
      if (width === 1280) await page.screenshot({ path: '/tmp/shots/rows/save-status-sticky-1280.png' });
    });
  }

  test('tells screen readers politely once typing pauses, not on every keystroke', async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openGallery(page, host);
    const live = page.locator('.save-status [aria-live="polite"]');
    await expect(page.getByRole('status').filter({ hasText: 'Answers are saved as you type' })).toBeVisible();
    // Everything the polite region says, in order.
    await live.evaluate((region) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.getByRole('textbox', { name: 'One word for how I feel today' }).pressSequentially('Hopeful and rested', {
      delay: 120,
    });
    const whileTyping = await page.evaluate(() => (window as unknown as { said: string[] }).said.slice());
    expect(whileTyping.filter((s) => s.trim() !== '')).toEqual([]);
    await allSaved(page);
    await expect(live).toHaveText('All answers saved');
    const said = await page.evaluate(() =>
      (window as unknown as { said: string[] }).said.filter((s) => s.trim() !== ''),
    );
    expect(said.map((s) => s.trim())).toEqual(['All answers saved']);
  });
});
