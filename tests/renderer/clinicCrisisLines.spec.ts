import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { shot } from './roomShots';

// Each test starts its own host and runs axe: on the shared two-core machine that can pass a minute.
test.slow();
import { pdfText } from './helpers';

/**
 * Issue 12, item 9: a clinic's crisis lines are added to 988 and 911, never put
 * in their place, in Crisis help, on the projector's crisis screen and on paper.
 */

const folder = join(tmpdir(), `groundwork-crisis-clinic-${process.pid}`);
const clinicFile = join(folder, 'clinic.json');
const lakeside = { name: 'Lakeside Crisis Team', contact: 'Call (555) 010-0222', detail: 'Answered by our staff.' };

test.beforeAll(async () => {
  await mkdir(folder, { recursive: true });
  await writeFile(clinicFile, JSON.stringify({ schemaVersion: 1, name: 'Lakeside Clinic', crisisLines: [lakeside] }));
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));
test.use({ hostArgs: ['--clinic-config', clinicFile] });

const expectAllLines = async (scope: ReturnType<Page['getByRole']>): Promise<void> => {
  await expect(scope.getByText('Call or text 988')).toBeVisible();
  await expect(scope.getByText('Call 911')).toBeVisible();
  await expect(scope.getByText('Call (555) 010-0222')).toBeVisible();
};

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Crisis help lists 988 and 911 first, then the clinic line', async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Crisis help' }).click();
      const dialog = page.getByRole('dialog', { name: 'Help right now' });
      await expectAllLines(dialog);
      const text = await dialog.innerText();
      expect(text.indexOf('988')).toBeLessThan(text.indexOf('911'));
      expect(text.indexOf('911')).toBeLessThan(text.indexOf('Lakeside Crisis Team'));
      await shot(page, 'crisis-help-clinic');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });

    test("the projector's crisis screen keeps 988 and 911 beside the clinic line", async ({ page, host }) => {
      await page.goto(`${host.url}#/present/how-stress-works/presenter`);
      const [audience] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('button', { name: 'Open audience view' }).click(),
      ]);
      await audience.setViewportSize(viewport);
      await page.getByRole('button', { name: 'Crisis help on screen (C)' }).click();
      await expect(audience.getByRole('heading', { name: 'Help right now' })).toBeVisible();
      await expectAllLines(audience.getByRole('main'));
      await shot(audience, 'audience-crisis-clinic');
      expect(await seriousA11yViolations(audience)).toEqual([]);
    });
  });
}

test('a printed worksheet lists 988, 911 and the clinic line', async ({ page, host }) => {
  await page.goto(host.url);
  const response = await page.request.post(`${host.url}api/exportWorksheet`, {
    data: { lessonId: 'how-stress-works', filled: false, paper: 'letter' },
  });
  const result = (await response.json()) as { ok: boolean; value: { path: string } };
  expect(result.ok).toBe(true);
  const text = await pdfText(result.value.path);
  expect(text).toContain('988');
  expect(text).toContain('Call 911');
  expect(text).toContain('Call (555) 010-0222');
});
