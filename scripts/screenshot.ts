import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../devhost/chromiumPdf';
import { startDevHost } from '../devhost/server';
import { PREBUILT_DIR } from '../core/curriculum/prebuilt';

/** Takes the README's screenshots from the browser host (run `npm run build` first). */
const root = resolve(import.meta.dirname, '..');
const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-shot-'));
const host = await startDevHost({
  port: 0,
  dataDir,
  lessonDirs: [join(root, 'curriculum/lessons')],
  exportDir: join(dataDir, 'exports'),
  cacheDir: join(dataDir, 'cache'),
  rendererDir: join(root, 'out/renderer'),
  resourcesDir: join(root, 'resources'),
  programFile: join(root, 'curriculum/program.json'),
  // The lessons `npm run build` compiled: compiling all of them here timed out on a busy machine.
  prebuiltDir: join(root, PREBUILT_DIR),
  version: 'docs',
  // Straight to the lessons: the README shows the app in use, not its first-run welcome.
  defaultProfile: true,
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A worksheet with a row exercise: the trigger chart, a table on a laptop's screen.
  await page.goto(`${host.url}#/lesson/knowing-your-triggers`);
  await page.getByRole('button', { name: 'Continue to the lesson' }).click();
  const chart = page.getByRole('group', { name: 'My trigger chart' });
  const triggers = [
    ['Payday', 'external', '8', 'Give my bank card to my sister on Fridays'],
    ['Feeling lonely at night', 'internal', '6', 'Call my sponsor, then take a walk around the block'],
  ];
  for (const [index, [trigger = '', kind = '', risk = '', plan = '']] of triggers.entries()) {
    const row = index + 1;
    await chart.getByRole('button', { name: 'Add a trigger' }).click();
    await chart.getByRole('textbox', { name: `Trigger, row ${row}` }).fill(trigger);
    await chart.getByRole('combobox', { name: `External or internal, row ${row}` }).selectOption(kind);
    await chart.getByRole('combobox', { name: `Risk (0–10), row ${row}` }).selectOption(risk);
    await chart.getByRole('textbox', { name: `My plan, row ${row}` }).fill(plan);
  }
  await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();
  // Below the sticky header and lesson toolbar, with the exercise before it in view.
  await chart.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160));
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(root, 'docs/worksheet.png') });

  // The lesson list, with one worksheet started and one not.
  await page.getByRole('link', { name: 'All lessons' }).click();
  await page.getByRole('link', { name: 'How Stress Works' }).click();
  await page.getByRole('textbox', { name: 'One thing that stresses me this week' }).fill('Rent is due on Friday');
  await page.getByRole('status').filter({ hasText: 'All answers saved' }).waitFor();
  await page.getByRole('link', { name: 'All lessons' }).click();
  await page.getByText('Worksheet started').first().waitFor();
  // The first module's lesson cards, each saying how far its worksheet is.
  await page
    .getByRole('heading', { level: 2, name: 'Stress management' })
    .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 90));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(root, 'docs/lesson-list.png') });

  // Facilitator mode: the presenter view at 1920×1080 (issue 12), and the room's screen it drives.
  const presenter = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await presenter.goto(`${host.url}#/present/cravings-and-urge-surfing/presenter`);
  const [audience] = await Promise.all([
    presenter.waitForEvent('popup'),
    presenter.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await presenter
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /What a craving is/ })
    .click();
  await presenter.getByRole('button', { name: 'Dismiss' }).click();
  await presenter.getByRole('button', { name: 'Start clock' }).click();
  await audience.getByRole('heading', { level: 1, name: 'What a craving is' }).waitFor();
  await presenter.waitForTimeout(1500);
  await presenter.screenshot({ path: join(root, 'docs/presenter.png') });
  await presenter
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Cravings peak and pass/ })
    .click();
  await audience.getByRole('img', { name: 'The urge wave' }).waitFor();
  await audience.waitForTimeout(500);
  await audience.screenshot({ path: join(root, 'docs/audience.png') });
} finally {
  await browser.close();
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
}
