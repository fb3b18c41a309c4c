import { expect, test } from './fixtures';
import { pdfInfo, pdfText } from './helpers';
import { slowWait } from './slowWait';

test('every lesson opens with its title, objectives and at least one exercise', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const lessons = await links.evaluateAll((anchors) =>
    anchors
      .map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' }))
      .filter((l) => l.href.startsWith('#/lesson/')),
  );
  expect(lessons.length).toBeGreaterThanOrEqual(18);
  let contentNotes = 0;
  for (const lesson of lessons) {
    await page.goto(`${host.url}${lesson.href}`);
    const note = page.getByRole('button', { name: 'Continue to the lesson' });
    const title = page.getByRole('heading', { level: 1, name: lesson.title });
    await expect(note.or(title).first()).toBeVisible();
    if (await note.isVisible()) {
      await expect(page.getByRole('region', { name: 'Before you start' })).toContainText('You can take a break');
      await note.click();
      contentNotes += 1;
    }
    await expect(title).toBeVisible();
    await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
    await expect(page.locator('.objectives li').first()).toBeVisible();
    await expect(page.locator('[data-exercise-id]').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Facilitator notes' })).toHaveCount(0);
  }
  // The lessons on suicide, self-harm and substance use show their gentle note first.
  expect(contentNotes).toBeGreaterThanOrEqual(1);
});

test('the whole curriculum prints as one blank packet, one worksheet to a new page', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(`${host.url}#/packets`);
  await expect(page.getByRole('heading', { level: 1, name: 'Print worksheets' })).toBeVisible();
  // Modules in the program's order (curriculum/program.json), not alphabetically.
  const moduleChoices = await page
    .getByRole('checkbox', { name: /^All of / })
    .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''));
  expect(moduleChoices.slice(0, 3)).toEqual([
    'All of Stress management',
    'All of Coping skills',
    'All of Relapse prevention',
  ]);
  expect(moduleChoices).toHaveLength(4);
  await page.getByRole('button', { name: 'Select all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'worksheets chosen' })).toHaveText(
    /^(1[89]|[2-9]\d) worksheets chosen$/,
  );
  await page.getByRole('button', { name: 'Save packet as PDF' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toBeVisible(slowWait('packetPrint'));
  const path = ((await saved.textContent()) ?? '').replace('Saved to ', '').trim();
  const info = await pdfInfo(path);
  const pages = Number(info.Pages);
  expect(pages).toBeGreaterThanOrEqual(18);
  const text = await pdfText(path);
  const lessons = await page.evaluate(async () => {
    const response = await fetch('/api/listLessons', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const result = (await response.json()) as {
      value: { lessons: { status: string; title: string; module: string }[] };
    };
    return result.value.lessons.filter((l) => l.status === 'ok');
  });
  const titles = lessons.map((l) => l.title);
  const pageTexts = text.split('\f');
  // The packet follows the page: each module's worksheets after the one before it.
  const firstPage = (title: string): number => pageTexts.findIndex((p) => p.includes(title) && /Name:/.test(p));
  const moduleSpans = ['stress-management', 'coping-skills', 'relapse-prevention', 'recovery-life'].map((module) => {
    const starts = lessons.filter((l) => l.module === module).map((l) => firstPage(l.title));
    return [Math.min(...starts), Math.max(...starts)];
  });
  expect(moduleSpans.flat()).toEqual(moduleSpans.flat().toSorted((a, b) => a - b));
  for (const title of titles) {
    // The worksheet's own first page starts with its title under the brand line.
    expect(
      pageTexts.some((p) => p.includes(title) && /Name:/.test(p)),
      title,
    ).toBe(true);
  }
  expect(pageTexts.filter((p) => /Name:/.test(p)).length).toBe(titles.length);
});
