import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, seriousA11yViolations, test } from './fixtures';
import { shot } from './roomShots';

// Each test starts its own host and runs axe: on the shared two-core machine that can pass a minute.
test.slow();

/**
 * Issue 12, item 7: the clinic notice says exactly what a file applied and what
 * was ignored, lists every problem at once, and claims the built-in settings
 * only when no file is in use.
 */

const folder = join(tmpdir(), `groundwork-clinic-messages-${process.pid}`);
const clinicFile = join(folder, 'clinic.json');
const partly = {
  schemaVersion: 1,
  name: 'Hillside Clinic',
  modules: [{ id: 'no-such-module' }, { id: 'stress-management', lessons: ['how-stress-works', 'no-such-lesson'] }],
};

test.beforeAll(async () => {
  await mkdir(folder, { recursive: true });
  await writeFile(clinicFile, JSON.stringify(partly));
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));
test.use({ hostArgs: ['--clinic-config', clinicFile] });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a file in use with unknown ids says what was applied and what was ignored', async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByRole('banner')).toContainText('Hillside Clinic');
      const notice = page.getByRole('region', { name: 'The clinic settings need attention' });
      await expect(notice).toContainText(`${clinicFile} is in use. Applied: name, modules. Ignored: the parts below.`);
      await expect(notice).toContainText(`${clinicFile}, modules[0].id: there is no module "no-such-module"`);
      await expect(notice).toContainText(`${clinicFile}, modules[1].lessons[1]: there is no lesson "no-such-lesson"`);
      await expect(notice).not.toContainText('built-in settings');
      await expect(page.getByRole('link', { name: 'How Stress Works' })).toBeVisible();
      await shot(page, 'clinic-notice-partly');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await notice.getByRole('link', { name: 'See the About page for details' }).click();
      const main = page.getByRole('main');
      await expect(main).toContainText(`${clinicFile} – In use, with some parts ignored (see Problems)`);
      await expect(main).toContainText('Settings applied from this file: name, modules');
      await expect(main).not.toContainText('No clinic settings are in force');
      await shot(page, 'about-partly');
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  });
}

test('a file with a bad colour and an unknown lesson lists both at once and is not used', async ({ page, host }) => {
  const userFile = join(host.dataDir, 'clinic.json');
  await writeFile(
    userFile,
    JSON.stringify({
      schemaVersion: 1,
      name: 'Lakeside',
      colors: { accent: '#8fbc8f' },
      modules: [{ id: 'stress-management', lessons: ['nope'] }],
    }),
  );
  await host.restart();
  await page.goto(host.url);
  const notice = page.getByRole('region', { name: 'The clinic settings need attention' });
  await expect(notice).toContainText(`${userFile} was not used: none of its settings apply`);
  await expect(notice).toContainText(`${userFile}, colors.accent: #8fbc8f has a contrast of 2.`);
  await expect(notice).toContainText(`${userFile}, modules[0].lessons[0]: there is no lesson "nope"`);
  // The machine-wide file is still in force, so the notice does not claim the built-in settings.
  await expect(notice).not.toContainText('Groundwork is using its built-in settings.');
  await expect(page.getByRole('banner')).toContainText('Hillside Clinic');
});
