import { expect, seriousA11yViolations, test } from './fixtures';
import { shot } from './roomShots';

// Each test starts its own host and runs axe: on the shared two-core machine that can pass a minute.
test.slow();

/**
 * Issue 12, item 8: End of group saves the answers, locks the profile and
 * returns to the profile picker, ready for the next person.
 */

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`End of group saves, locks and returns to the profile picker at ${viewport.width}×${viewport.height}`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${host.url}#/lesson/how-stress-works`);
    const answer = page.getByRole('textbox', { name: 'One thing that stresses me this week' });
    await answer.fill('Rent is due on Friday');
    // Pressed at once, before the typing's own save: End of group must still keep it.
    await page.getByRole('button', { name: 'End of group' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your answers are saved' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using Groundwork?' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'One thing that stresses me this week' })).toHaveCount(0);
    await shot(page, 'end-of-group');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Open Me/ }).click();
    await page.goto(`${host.url}#/lesson/how-stress-works`);
    await expect(page.getByRole('textbox', { name: 'One thing that stresses me this week' })).toHaveValue(
      'Rent is due on Friday',
    );
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`Profile settings fit with Close in view at ${viewport.width}×${viewport.height}`, async ({ page, host }) => {
    await page.setViewportSize(viewport);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Profile settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Profile settings' });
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeInViewport({ ratio: 1 });
    const box = await dialog.boundingBox();
    expect(box === null ? Infinity : box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await shot(page, 'profile-settings');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The last setting is reached by scrolling inside the dialog, with Close still in view.
    await dialog.getByRole('button', { name: 'Delete profile' }).scrollIntoViewIfNeeded();
    await expect(close).toBeInViewport({ ratio: 1 });
    await close.click();
    await expect(dialog).toBeHidden();
  });
}
