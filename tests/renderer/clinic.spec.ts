import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, root, seriousA11yViolations, test } from './fixtures';
import { pdfText } from './helpers';

const riverside = join(root, 'tests/fixtures/clinic/riverside/clinic.json');
// Written by the test (not kept as a fixture) because the formatter refuses to check a broken JSON file.
const malformed = join(tmpdir(), `groundwork-malformed-clinic-${process.pid}`, 'clinic.json');
const malformedText = '{\n  "schemaVersion": 1,\n  "name": "Hillside Clinic"\n  "crisisLines": []\n}\n';

async function crisisDialogText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Crisis help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help right now' });
  await expect(dialog).toBeVisible();
  const text = await dialog.innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

async function moduleHeadings(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  return page.locator('main h2').allInnerTexts();
}

const accent = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());

test.describe('with a clinic configuration', () => {
  test.use({ hostArgs: ['--clinic-config', riverside] });

  test('shows the clinic name, logo, colours, crisis and local numbers', async ({ page, host }) => {
    await page.goto(host.url);
    const header = page.getByRole('banner');
    await expect(header).toContainText('Riverside Recovery Center');
    await expect(header.locator('img.clinic-logo')).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
    await expect(page).toHaveTitle('Groundwork – Riverside Recovery Center');
    expect(await accent(page)).toBe('#0b5d3b');

    const crisis = await crisisDialogText(page);
    expect(crisis).toContain('Riverside Crisis Line');
    expect(crisis).toContain('Call (555) 010-0199');
    expect(crisis).toContain('Riverside front desk');
    expect(crisis).toContain('(555) 010-0100');
    // The clinic's lines take the SAMHSA helpline's place, never 988's or 911's.
    expect(crisis).not.toContain('SAMHSA');
    expect(crisis).toContain('Call 911');
    expect(crisis.match(/Call or text 988/g)).toHaveLength(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test('lists only the modules and lessons the clinic chose, in its order', async ({ page, host }) => {
    await page.goto(host.url);
    const headings = await moduleHeadings(page);
    const modules = headings.filter((h) =>
      ['Our program at Riverside', 'Coping skills', 'Stress management', 'Relapse prevention'].includes(h),
    );
    expect(modules).toEqual(['Our program at Riverside', 'Coping skills', 'Stress management']);
    const stress = page.getByRole('region', { name: 'Stress management' });
    await expect(stress.getByRole('link')).toHaveText(['How Stress Works', 'Paced and Box Breathing']);
    await expect(page.getByRole('link', { name: 'Knowing Your Triggers' })).toHaveCount(0);

    // The clinic's own lesson, from the lessons folder beside its configuration, opens like any other.
    await page.getByRole('link', { name: 'Welcome to Riverside' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Riverside' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'One thing I hope to get from the program' })).toBeVisible();
  });

  test('prints the clinic name and its crisis numbers on worksheets', async ({ page, host }) => {
    await page.goto(host.url);
    const response = await page.request.post(`${host.url}api/exportWorksheet`, {
      data: { lessonId: 'how-stress-works', filled: false, paper: 'letter' },
    });
    const result = (await response.json()) as { ok: boolean; value: { status: string; path: string } };
    expect(result.ok).toBe(true);
    const text = await pdfText(result.value.path);
    expect(text).toContain('Riverside Recovery Center');
    expect(text).toContain('Call (555) 010-0199');
    expect(text).toContain('(555) 010-0100');
    expect(text).not.toContain('SAMHSA');
  });

  test('the About page shows the version, the settings in force, their files and the data folder', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'About Groundwork' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About Groundwork' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('0.1.0');
    await expect(main).toContainText('Riverside Recovery Center');
    await expect(main).toContainText('10 minutes');
    await expect(main).toContainText('Stress management: How Stress Works, Paced and Box Breathing');
    await expect(main).toContainText(`Machine-wide file: ${riverside} – In use`);
    await expect(main).toContainText(`This user’s file: ${join(host.dataDir, 'clinic.json')} – Not present`);
    await expect(main).toContainText(host.dataDir);
    await expect(main).toContainText('No problems found.');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("this user's file overrides the machine-wide one, setting by setting", async ({ page, host }) => {
    await writeFile(
      join(host.dataDir, 'clinic.json'),
      JSON.stringify({ schemaVersion: 1, name: 'Riverside Evening Program' }),
    );
    await host.restart();
    await page.goto(host.url);
    await expect(page.getByRole('banner')).toContainText('Riverside Evening Program');
    expect(await crisisDialogText(page)).toContain('Riverside Crisis Line');
  });
});

test.describe('with a malformed configuration', () => {
  test.use({ hostArgs: ['--clinic-config', malformed] });
  test.beforeAll(async () => {
    await mkdir(join(malformed, '..'), { recursive: true });
    await writeFile(malformed, malformedText);
  });
  test.afterAll(() => rm(join(malformed, '..'), { recursive: true, force: true }));

  test('says which file and where, and keeps every default', async ({ page, host }) => {
    await page.goto(host.url);
    const notice = page.getByRole('region', { name: 'The clinic settings need attention' });
    await expect(notice).toContainText(`${malformed}:4:3`);
    await expect(notice).toContainText('not valid JSON');
    await expect(page.getByRole('banner')).not.toContainText('Hillside');
    await expect(page).toHaveTitle('Groundwork');
    expect(await crisisDialogText(page)).toContain('SAMHSA National Helpline');
    expect(await moduleHeadings(page)).toEqual(
      expect.arrayContaining(['Coping skills', 'Relapse prevention', 'Stress management']),
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await notice.getByRole('link', { name: 'See the About page for details' }).click();
    const main = page.getByRole('main');
    await expect(main).toContainText(`Machine-wide file: ${malformed} – Has problems: not used`);
    await expect(main).toContainText('No clinic settings are in force');
  });

  test('names each bad setting, such as a colour without enough contrast', async ({ page, host }) => {
    const userFile = join(host.dataDir, 'clinic.json');
    await writeFile(
      userFile,
      JSON.stringify({ schemaVersion: 1, name: 'Lakeside', colors: { accent: '#8fbc8f' }, crisisLine: [] }, null, 2),
    );
    await host.restart();
    await page.goto(host.url);
    const notice = page.getByRole('region', { name: 'The clinic settings need attention' });
    await expect(notice).toContainText(`${userFile}, colors.accent: #8fbc8f has a contrast of 2.`);
    await expect(notice).toContainText('needs at least 4.5:1');
    await expect(notice).toContainText(`${userFile}, crisisLine: unknown setting "crisisLine"`);
    // The whole file is set aside: none of its settings apply.
    await expect(page.getByRole('banner')).not.toContainText('Lakeside');
    expect(await accent(page)).toBe('#1f5f8b');
  });

  test('starts with a colour that is not a colour and a logo that is a pipe, and lists both', async ({
    page,
    host,
  }) => {
    const userFile = join(host.dataDir, 'clinic.json');
    // A FIFO never answers a read: before, the host (and the app) hung at start-up on it.
    execFileSync('mkfifo', [join(host.dataDir, 'logo.png')]);
    await writeFile(
      userFile,
      JSON.stringify({ schemaVersion: 1, name: 'Lakeside', colors: { accent: 'red' }, logo: 'logo.png' }),
    );
    await host.restart();
    await page.goto(host.url);
    const notice = page.getByRole('region', { name: 'The clinic settings need attention' });
    await expect(notice).toContainText(`${userFile}, colors.accent: use a hex colour like "#1f5f8b"`);
    await expect(notice).toContainText(
      `${userFile}, logo: the logo ${join(host.dataDir, 'logo.png')} could not be read`,
    );
    await expect(page.getByRole('banner')).not.toContainText('Lakeside');
    await expect(page.locator('img.clinic-logo')).toHaveCount(0);
    expect(await accent(page)).toBe('#1f5f8b');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
