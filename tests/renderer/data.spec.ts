import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesContaining, readSavedAnswers } from './dataHelpers';
import { expect, seriousA11yViolations, test } from './fixtures';
import { slowWait } from './slowWait';

const LESSON_URL = '#/lesson/how-stress-works';
const STRESSOR = 'One thing that stresses me this week';

test.beforeAll(() => {
  // Every change keeps the earlier answer in history, so the history test need not wait five minutes.
  process.env.GROUNDWORK_HISTORY_GAP_MS = '0';
});
test.afterAll(() => {
  delete process.env.GROUNDWORK_HISTORY_GAP_MS;
});

test('a person makes a profile with a passcode; the files hold no answer in plain text; lock and unlock', async ({
  page,
  host,
}) => {
  const secret = 'Relapsed after the argument with my brother';
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is using Groundwork?' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('Your name or a nickname').fill('Ana');
  await page.getByLabel('Passcode (optional, at least 6 characters)').fill('river stone 42');
  await page.getByLabel('Type the passcode again').fill('river stone 42');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible(slowWait('scrypt'));
  await expect(page.getByText('Profile: Ana')).toBeVisible();

  await page.goto(`${host.url}${LESSON_URL}`);
  await page.getByRole('textbox', { name: STRESSOR }).fill(secret);
  await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();
  expect(await filesContaining(host.dataDir, secret)).toEqual([]);
  expect(await filesContaining(host.dataDir, 'brother')).toEqual([]);

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana is locked' })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel('Passcode', { exact: true }).fill('wrong code');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passcode is not right', slowWait('scrypt'));
  await expect(page.getByRole('textbox', { name: STRESSOR })).toHaveCount(0);

  await page.getByLabel('Passcode', { exact: true }).fill('river stone 42');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('textbox', { name: STRESSOR })).toHaveValue(secret, slowWait('scrypt'));
});

test('a full disk shows a warning, keeps the answer, and saves it once writing works again', async ({ page, host }) => {
  await page.goto(`${host.url}${LESSON_URL}`);
  const box = page.getByRole('textbox', { name: STRESSOR });
  await box.fill('saved before the disk filled');
  await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();

  // Inject a write error from outside: the lessons folder is replaced by a file (root ignores chmod, so no chmod).
  const lessons = join(host.dataDir, 'profiles', 'default', 'lessons');
  await rename(lessons, `${lessons}.away`);
  await writeFile(lessons, 'not a folder');
  await box.fill('typed while nothing could be written');
  const banner = page.getByRole('alert').filter({ hasText: 'Your answers are not saved yet' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('kept in this window');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await rm(lessons);
  await rename(`${lessons}.away`, lessons);
  await expect(page.getByRole('status').filter({ hasText: 'Writing works again' })).toBeVisible({ timeout: 20_000 });
  await expect(banner).toHaveCount(0);
  await expect
    .poll(
      async () => (await readSavedAnswers(host.dataDir, 'default', 'how-stress-works'))['stressor-this-week']?.value,
    )
    .toBe('typed while nothing could be written');
});

test('earlier versions can be restored, and a profile travels by encrypted backup file', async ({ page, host }) => {
  await page.goto(`${host.url}${LESSON_URL}`);
  const box = page.getByRole('textbox', { name: STRESSOR });
  const saved = async (): Promise<unknown> =>
    (await readSavedAnswers(host.dataDir, 'default', 'how-stress-works'))['stressor-this-week']?.value;
  await box.fill('my first answer');
  await expect.poll(saved).toBe('my first answer');
  await box.fill('my second answer');
  await expect.poll(saved).toBe('my second answer');

  await page.getByRole('button', { name: 'Earlier versions' }).click();
  const history = page.getByRole('dialog', { name: 'Earlier versions of your answers' });
  await expect(history).toContainText('my first answer');
  await history.getByRole('button', { name: /^Restore this version/ }).click();
  await expect(history.getByRole('status')).toHaveText('The earlier version was restored.');
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(box).toHaveValue('my first answer');
  await expect.poll(saved).toBe('my first answer');

  await page.getByRole('button', { name: 'Profile settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Profile settings' });
  await settings.getByLabel('Passcode for the backup file (at least 8 characters)').fill('take it home 7');
  await settings.getByRole('button', { name: 'Save backup file' }).click();
  const done = settings.getByRole('status').filter({ hasText: 'The backup file was saved to' });
  await expect(done).toBeVisible(slowWait('scrypt'));
  const path = ((await done.textContent()) ?? '').replace('The backup file was saved to ', '').replace(/\.$/, '');
  expect(path.startsWith(host.exportDir)).toBe(true);
  expect(await filesContaining(host.exportDir, 'my first answer')).toEqual([]);
  await settings.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(path);
  await page.getByLabel('The backup file’s passcode').fill('take it home 7');
  await page.getByRole('button', { name: 'Open backup file' }).click();
  await expect(page.getByText('Profile: Me (imported)')).toBeVisible(slowWait('backupImport'));
  await page.goto(`${host.url}${LESSON_URL}`);
  await expect(page.getByRole('textbox', { name: STRESSOR })).toHaveValue('my first answer');
});

test('a damaged answers file is kept aside, the newest backup restored, and the person told', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}${LESSON_URL}`);
  const box = page.getByRole('textbox', { name: STRESSOR });
  const saved = async (): Promise<unknown> =>
    (await readSavedAnswers(host.dataDir, 'default', 'how-stress-works'))['stressor-this-week']?.value;
  await box.fill('the answer in the backup');
  await expect.poll(saved).toBe('the answer in the backup');
  await box.fill('the answer that gets damaged');
  await expect.poll(saved).toBe('the answer that gets damaged');
  await host.restart();

  // Cut the file short, as a power cut mid-write on a system without atomic renames might.
  const file = join(host.dataDir, 'profiles', 'default', 'lessons', 'how-stress-works.gw');
  const bytes = await readFile(file);
  await writeFile(file, bytes.subarray(0, bytes.length - 10));
  await page.goto(`${host.url}${LESSON_URL}`);
  await expect(page.getByRole('textbox', { name: STRESSOR })).toHaveValue('the answer in the backup');
  const notice = page.getByRole('alert').filter({ hasText: 'About your saved answers' });
  await expect(notice).toContainText('were cut short');
  await expect(notice).toContainText('brought back from a backup');
  const kept = await readdir(join(host.dataDir, 'profiles', 'default', 'set-aside'));
  expect(kept).toEqual([expect.stringMatching(/^how-stress-works\.gw\.truncated-/)]);
  await expect(notice).toContainText(kept[0] ?? '');
});
