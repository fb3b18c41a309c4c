import { readSavedAnswers } from './dataHelpers';
import { expect, seriousA11yViolations, test } from './fixtures';
import { pdfInfo, pdfText, pdfWords } from './helpers';

const LESSON = 'How Stress Works';
const STRESSOR = 'Rent is due and money is tight';
const CALM_PLAN = 'Slow breathing, then a walk around the block';

test('a new user answers a lesson, reloads, and exports it filled and blank', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.getByRole('link', { name: LESSON }).click();
  await expect(page.getByRole('heading', { level: 1, name: LESSON })).toBeVisible();

  // A text, a scale and a checklist, by keyboard where a person would use it.
  const stressor = page.getByRole('textbox', { name: 'One thing that stresses me this week' });
  await stressor.click();
  await page.keyboard.type(STRESSOR);
  await page.getByRole('textbox', { name: /what I can do to help my body calm down/ }).fill(CALM_PLAN);
  const before = page.getByRole('group', { name: 'My stress before the breathing practice' });
  await before.getByRole('radio', { name: '5', exact: true }).check();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(before.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  const bodySigns = page.getByRole('group', { name: 'Signs of stress I notice in my body' });
  await bodySigns.getByRole('checkbox', { name: 'Headache' }).focus();
  await page.keyboard.press('Space');
  await expect(bodySigns.getByRole('checkbox', { name: 'Headache' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();

  // The answers are on disk, in this person's encrypted profile files, read back by the store's own reader.
  const saved = await readSavedAnswers(host.dataDir, 'default', 'how-stress-works');
  expect(saved['stressor-this-week']?.value).toBe(STRESSOR);
  expect(saved['stress-before-breathing']?.value).toBe(7);
  expect((saved['body-stress-signs']?.value as { checked: string[] }).checked).toEqual(['headache']);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'One thing that stresses me this week' })).toHaveValue(STRESSOR);
  await expect(before.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await expect(bodySigns.getByRole('checkbox', { name: 'Headache' })).toBeChecked();

  // Filled worksheet: the answers and the title are in the PDF.
  await page.getByRole('button', { name: 'Save my answers as PDF' }).click();
  const savedTo = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(savedTo).toBeVisible();
  const filledPath = ((await savedTo.textContent()) ?? '').replace('Saved to ', '').trim();
  expect(filledPath.startsWith(host.exportDir)).toBe(true);
  const filled = await pdfText(filledPath);
  expect(filled).toContain(LESSON);
  expect(filled).toContain(STRESSOR);
  expect(filled).toContain(CALM_PLAN);
  expect(filled).toContain('My rating: 7');
  expect((await pdfInfo(filledPath)).Tagged).toBe('yes');

  // Blank worksheet: labels and space to write, none of the answers.
  await page.getByRole('button', { name: 'Save blank worksheet as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'blank.pdf' })).toBeVisible();
  const blankPath = ((await page.getByRole('status').filter({ hasText: 'blank.pdf' }).textContent()) ?? '')
    .replace('Saved to ', '')
    .trim();
  const blank = await pdfText(blankPath);
  expect(blank).toContain(LESSON);
  expect(blank).toContain('One thing that stresses me this week');
  expect(blank).not.toContain(STRESSOR);
  expect(blank).not.toContain(CALM_PLAN);
  expect(blank).not.toContain('My rating');
  // Ruled write-in space: the long answer's label is followed by room for four lines before the next label.
  const words = await pdfWords(blankPath);
  const labelTop = words.find((w) => w.word === 'alarm');
  const nextLabel = words.find(
    (w) => w.word === 'practice' && labelTop !== undefined && w.page === labelTop.page && w.yMin > labelTop.yMax,
  );
  expect(labelTop).toBeDefined();
  expect(nextLabel).toBeDefined();
  expect((nextLabel?.yMin ?? 0) - (labelTop?.yMax ?? 0)).toBeGreaterThan(4 * 20);
  expect(foreignRequests).toEqual([]);
});

test('answers survive a restart of the host, and pending saves are flushed on reload', async ({ page, host }) => {
  await page.goto(`${host.url}#/lesson/how-stress-works`);
  const box = page.getByRole('textbox', { name: 'One thing that stresses me this week' });
  await box.fill('typed just before reload');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'One thing that stresses me this week' })).toHaveValue(
    'typed just before reload',
  );
  // Close the app (its last saves flush on the way out), stop and start the host, open the app again.
  await page.goto('about:blank');
  await host.restart();
  await page.goto(`${host.url}#/lesson/how-stress-works`);
  await expect(page.getByRole('textbox', { name: 'One thing that stresses me this week' })).toHaveValue(
    'typed just before reload',
  );
});

test('the lesson list and a lesson pass axe WCAG 2.1 AA checks', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: LESSON }).click();
  await expect(page.getByRole('heading', { level: 1, name: LESSON })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('crisis help is one click away from every screen', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Crisis help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help right now' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('988');
  await expect(dialog).toContainText('1-800-662-4357');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
