import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test, type Host } from './fixtures';

const SHOTS = '/tmp/shots/sec-profiles';
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Screenshots of the whole page at both sizes, to be looked at. */
async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
}

/** Calls the host's API as another program on this computer would (no window involved). */
async function api(page: Page, host: Host, method: string, body: unknown): Promise<unknown> {
  const response = await page.request.post(`${host.url}api/${method}`, { data: body });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/** SHA-256 of every file under a folder. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return out;
}

async function rewriteRecord(dir: string, change: (record: Record<string, unknown>) => string): Promise<void> {
  for (const name of ['profile.json', 'profile.json.bak']) {
    const path = join(dir, name);
    await writeFile(path, change(JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>));
  }
}

test('the picker shows a profile that cannot be opened, why, and what to do, and never opens it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  const ana = (await api(page, host, 'createProfile', { name: 'Ana', passcode: 'river stone 42' })) as {
    activeId: string;
  };
  const ben = (await api(page, host, 'createProfile', { name: 'Ben', passcode: null })) as { activeId: string };
  const profiles = join(host.dataDir, 'profiles');
  // Ben's record comes from a newer Groundwork (a downgrade); the default profile's is damaged.
  await rewriteRecord(join(profiles, ben.activeId), (r) =>
    JSON.stringify({ ...r, schemaVersion: Number(r.schemaVersion) + 1 }),
  );
  await rewriteRecord(join(profiles, 'default'), (r) => JSON.stringify(r).slice(0, 30));
  await host.restart();
  const before = { ben: await hashes(join(profiles, ben.activeId)), me: await hashes(join(profiles, 'default')) };

  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Who is using Groundwork?' })).toBeVisible();
  const attention = page.getByRole('region', { name: 'Profiles that need attention' });
  await expect(attention).toContainText('Nothing in them has been changed or deleted.');
  const benItem = attention.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Ben' }) });
  await expect(benItem).toContainText('saved by a newer version of Groundwork');
  await expect(benItem).toContainText('open it with the newer version of Groundwork');
  const damaged = attention.getByRole('listitem').filter({ hasText: 'A profile in the folder “default”' });
  await expect(damaged).toContainText('damaged or missing');
  await expect(damaged).toContainText('put back profile.json from a backup');
  await expect(damaged).toContainText(join(profiles, 'default'));
  // Only Ana can be opened; nothing in the list offers to open Ben or the default profile.
  await expect(page.getByRole('button', { name: /^Open (Ana|Ben|Me)/ })).toHaveText([/^Open Ana/]);
  await expect(attention.getByRole('button')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await shoot(page, 'picker-attention');

  await page.getByRole('button', { name: /^Open Ana/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana is locked' })).toBeVisible();
  expect(ana.activeId).not.toBe('');
  expect(await hashes(join(profiles, ben.activeId))).toEqual(before.ben);
  expect(await hashes(join(profiles, 'default'))).toEqual(before.me);
});

test('choosing a passcode shows how hard it is to guess, politely, and asks for at least 6 characters', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByLabel('Your name or a nickname').fill('Cam');
  const field = page.getByLabel('Passcode (optional, at least 6 characters)');
  const hint = page.locator('#' + ((await field.getAttribute('aria-describedby')) ?? 'none'));
  await expect(hint).toHaveAttribute('aria-live', 'polite');
  await expect(hint).toContainText('a few ordinary words');
  await field.fill('1234');
  await expect(hint).toHaveText('Too short: use at least 6 characters.');
  await page.getByLabel('Type the passcode again').fill('1234');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('alert')).toHaveText('A passcode needs at least 6 characters.');
  await field.fill('482913');
  await expect(hint).toContainText('Easy to guess. Try three or four ordinary words together.');
  await shoot(page, 'passcode-weak');
  await field.fill('blue kettle morning walk');
  await expect(hint).toContainText('Strong');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await shoot(page, 'passcode-strong');
  await page.getByLabel('Type the passcode again').fill('blue kettle morning walk');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Profile: Cam')).toBeVisible();

  // Changing it later gives the same advice, and the same minimum.
  await page.getByRole('button', { name: 'Profile settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Profile settings' });
  await settings.getByLabel('Current passcode').fill('blue kettle morning walk');
  await settings.getByLabel('New passcode (leave empty to remove it)').fill('river stone 42');
  await expect(settings.getByText('Okay. One more word would make it much harder to guess.')).toBeVisible();
  await settings.getByLabel('New passcode (leave empty to remove it)').fill('12345');
  await settings.getByRole('button', { name: 'Save passcode' }).click();
  await expect(settings.getByRole('alert')).toHaveText('A passcode needs at least 6 characters.');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await shoot(page, 'settings-passcode');
});

test('the window reports activity, throttled, and shows the lock screen when the main process has locked', async ({
  page,
  host,
}) => {
  const reports: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/reportActivity')) reports.push(Date.now());
  });
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByLabel('Your name or a nickname').fill('Dee');
  await page.getByLabel('Passcode (optional, at least 6 characters)').fill('quiet harbor lamp');
  await page.getByLabel('Type the passcode again').fill('quiet harbor lamp');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Profile: Dee')).toBeVisible();
  expect(reports).toEqual([]);

  // A burst of reading and typing: one report at once, the rest folded into one at the end of the window.
  for (let i = 0; i < 30; i += 1) await page.mouse.wheel(0, 40);
  await page.keyboard.press('Shift');
  await expect.poll(() => reports.length).toBe(1);
  await page.clock.fastForward(5_000);
  expect(reports).toHaveLength(1);
  await page.clock.fastForward(16_000);
  await expect.poll(() => reports.length).toBe(2);
  await page.clock.fastForward(60_000);
  expect(reports).toHaveLength(2);

  // The main process locks the profile (as its idle timer does, window or not); the next call shows the lock screen.
  // Opened by its address, so no pointer or key (which would report activity, also answered "locked") is involved.
  await api(page, host, 'lockProfile', { leave: false });
  await page.evaluate(() => {
    window.location.hash = '#/lesson/how-stress-works';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Dee is locked' })).toBeVisible();
  await expect(page.getByText('Profile: Dee')).toHaveCount(0);
});
