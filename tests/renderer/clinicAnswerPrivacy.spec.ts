import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../devhost/chromiumPdf';
import { allSaved, galleryDirs, openGallery } from './exerciseHelpers';
import { expect, test } from './fixtures';

/**
 * What a person types is theirs: Chromium must keep no copy of it in its own
 * files (autofill's "Web Data", the session files that restore forms, the spell
 * checker's dictionary). Answer fields ask it not to; the second test checks the
 * browser's profile folder after it closes.
 */

test.use({ lessonDirs: galleryDirs });

/** Opens every list and table row the gallery offers, so their fields exist too. */
async function addOneOfEach(page: Page): Promise<void> {
  const adders = page.locator('main .exercise button').filter({ hasText: /^Add (a|an|to) / });
  const count = await adders.count();
  for (let i = 0; i < count; i += 1) await adders.nth(i).click();
}

test('every answer field asks Chromium not to keep or spell-check what is typed', async ({ page, host }) => {
  await openGallery(page, host);
  await addOneOfEach(page);
  const controls = await page
    .locator('main .exercise')
    .locator('input, textarea, select')
    .evaluateAll((elements) =>
      elements.map((element) => ({
        what: `${element.tagName.toLowerCase()}[type=${element.getAttribute('type') ?? ''}] ${element.id}`,
        text:
          element.tagName === 'TEXTAREA' ||
          ['text', 'tel', 'datetime-local'].includes(element.getAttribute('type') ?? ''),
        autocomplete: element.getAttribute('autocomplete'),
        spellcheck: element.getAttribute('spellcheck'),
      })),
    );
  expect(controls.filter((c) => c.text).length).toBeGreaterThan(30);
  for (const control of controls) {
    expect(control.autocomplete, control.what).toBe('off');
    if (control.text) expect(control.spellcheck, control.what).toBe('false');
  }
});

/** Every file under `dir`, however deep. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

test('after the browser closes, its profile folder holds none of the typed answers in plain text', async ({ host }) => {
  test.setTimeout(120_000);
  const profile = await mkdtemp(join(tmpdir(), 'groundwork-chromium-profile-'));
  // Made-up words that appear nowhere else, so any match in Chromium's files is our answer.
  const answers = ['short', 'long', 'cell'].map((k) => `Quillmoss${k}${randomBytes(4).toString('hex')}`);
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await openGallery(page, host);
    await page.getByRole('textbox', { name: 'One word for how I feel today' }).fill(answers[0] ?? '');
    await page.getByRole('textbox', { name: 'What helped me this week' }).fill(answers[1] ?? '');
    const week = page.getByRole('group', { name: 'My week' });
    await week.getByRole('button', { name: 'Add a row' }).click();
    await week.getByRole('textbox', { name: 'Day, row 1' }).fill(answers[2] ?? '');
    await allSaved(page);
    // Leave the lesson and come back, as a person does: the moments Chromium saves form state and autofill.
    // A query string makes it a new document (a change of hash alone would not leave the page).
    await page.goto(`${host.url}?left`);
    await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise Gallery' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'One word for how I feel today' })).toHaveValue(answers[0] ?? '');
    await context.close();

    const found: string[] = [];
    for (const file of await filesUnder(profile)) {
      if ((await stat(file)).size > 64 * 1024 * 1024) continue;
      const bytes = await readFile(file);
      for (const answer of answers) {
        if (bytes.includes(Buffer.from(answer, 'utf8')) || bytes.includes(Buffer.from(answer, 'utf16le'))) {
          found.push(`${file.slice(profile.length)}: ${answer}`);
        }
      }
    }
    expect(found, 'typed answers found in Chromium’s profile folder').toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
