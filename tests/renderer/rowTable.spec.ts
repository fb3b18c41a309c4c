import type { Locator } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { allSaved, galleryDirs, openGallery, typeHere } from './exerciseHelpers';

test.use({ lessonDirs: galleryDirs });

/** Labels that take room on screen (a visually hidden label is a 1 px clipped box for screen readers). */
function shownLabels(root: Locator): Promise<number> {
  return root
    .locator('label')
    .evaluateAll((labels) => labels.filter((l) => l.getBoundingClientRect().width > 3).length);
}

test('a trigger chart is a table with column headings on wide screens and labelled cards at 800 px, by keyboard', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openGallery(page, host);
  const chart = page.getByRole('group', { name: 'My trigger chart' });
  await chart.getByRole('button', { name: 'Add a trigger' }).focus();
  await page.keyboard.press('Enter');
  // The new row's first field takes focus, and the row is announced politely.
  await expect(chart.getByRole('textbox', { name: 'Trigger, row 1' })).toBeFocused();
  await expect(chart.getByRole('status')).toHaveText('Trigger 1 added.');
  await typeHere(page, 'Payday');
  // Tab walks the row left to right, column by column.
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('combobox', { name: 'External or internal, row 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('combobox', { name: 'Risk (0–10), row 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('textbox', { name: 'My plan, row 1' })).toBeFocused();
  await typeHere(page, 'Give my card to my sister');
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('button', { name: 'Remove Trigger 1' })).toBeFocused();
  await chart.getByRole('button', { name: 'Add a trigger' }).click();
  await typeHere(page, 'Being alone at night');
  await allSaved(page);

  // Wide: one table named by the exercise, a heading per column, one table row per trigger.
  const table = chart.getByRole('table', { name: 'My trigger chart' });
  for (const width of [1024, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(table.getByRole('columnheader', { name: 'Risk (0–10)' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'External or internal' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Trigger 2' })).toBeAttached();
    // Headings say what a field is; its own label stays for screen readers only.
    await expect(chart.getByText('My plan', { exact: true }).first()).toBeVisible();
    expect(await shownLabels(chart)).toBe(0);
  }

  // Narrow: each trigger is a card with its name and a visible label on every field.
  await page.setViewportSize({ width: 800, height: 800 });
  await expect(table.getByRole('columnheader', { name: 'Risk (0–10)' })).toBeHidden();
  await expect(chart.getByText('Trigger 2', { exact: true })).toBeVisible();
  await expect.poll(() => shownLabels(chart)).toBe(8);
  const risk = chart.getByRole('combobox', { name: 'Risk (0–10), row 2' });
  await expect(risk).toBeVisible();
  await expect(chart.getByRole('button', { name: 'Move Trigger 2 up' })).toContainText('Move up');
  // Moving a row keeps its answers with it (rows keep their ids) and keeps focus on the row.
  await chart.getByRole('button', { name: 'Move Trigger 2 up' }).press('Enter');
  await expect(chart.getByRole('textbox', { name: 'Trigger, row 1' })).toHaveValue('Being alone at night');
  await expect(chart.getByRole('textbox', { name: 'My plan, row 2' })).toHaveValue('Give my card to my sister');
  await expect(chart.getByRole('button', { name: 'Move Trigger 1 down' })).toBeFocused();
  await allSaved(page);
  await page.reload();
  await expect(chart.getByRole('textbox', { name: 'Trigger, row 2' })).toHaveValue('Payday');
});

test('row exercises pass axe WCAG 2.1 AA checks as cards at 800 px and as tables at 1280 and 1920 px', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openGallery(page, host);
  for (const name of ['Add to the list', 'Add a row', 'Add a trigger', 'Add an entry', 'Add a feeling']) {
    await page.getByRole('button', { name }).click();
    await page.getByRole('button', { name }).click();
  }
  for (const button of await page.getByRole('button', { name: 'Add a person' }).all()) await button.click();
  await allSaved(page);
  for (const width of [800, 1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await seriousA11yViolations(page), `${width}px`).toEqual([]);
  }
});
