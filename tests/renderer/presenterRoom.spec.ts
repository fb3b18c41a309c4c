import type { Locator, Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';

/**
 * Facilitator mode on real screens: the presenter view on a laptop (1280×800)
 * and a monitor (1920×1080) with every control in view and nothing to scroll,
 * and the audience view as a projector shows it (1920×1080).
 */

const crisisLesson = 'getting-through-a-crisis-moment';
const breathingLesson = 'paced-and-box-breathing';
const viewports = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agenda' });
const stage = (page: Page) => page.getByRole('region', { name: 'Section on the audience screen' });

/** Fails unless the element is drawn wholly inside the window, with no scrolling. */
async function expectWhollyInView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (box === null || size === null) return;
  expect(box.x, what).toBeGreaterThanOrEqual(0);
  expect(box.y, what).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, what).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height, what).toBeLessThanOrEqual(size.height);
}

/** The page itself cannot scroll: whatever is long scrolls inside its own panel. */
async function pageScrolls(page: Page): Promise<{ x: boolean; y: boolean; scrollY: number }> {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth > window.innerWidth,
    y: document.documentElement.scrollHeight > window.innerHeight,
    scrollY: window.scrollY,
  }));
}

const fontPx = (locator: Locator): Promise<number> =>
  locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

for (const viewport of viewports) {
  test(`the presenter view fits ${viewport.width}×${viewport.height}: every control in view, a real next-section preview, notes in their own panel`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
    await agenda(page)
      .getByRole('button', { name: /What a crisis moment is/ })
      .click();
    await expect(stage(page).getByRole('heading', { name: 'What a crisis moment is' })).toBeVisible();

    const controls: [string, Locator][] = [
      ['open audience view', page.getByRole('button', { name: 'Open audience view' })],
      ['black screen', page.getByRole('button', { name: 'Black screen (B)' })],
      ['crisis', page.getByRole('button', { name: 'Crisis help on screen (C)' })],
      ['start clock', page.getByRole('button', { name: 'Start clock' })],
      ['session clock', page.getByRole('timer', { name: 'Session clock' })],
      ['section clock', page.getByRole('timer', { name: 'Time on this section' })],
      ['pace', page.getByRole('region', { name: 'Time' }).getByText('Not started')],
      ['current section', stage(page)],
      ['previous', page.getByRole('button', { name: /Previous/ })],
      ['next', page.getByRole('button', { name: /^Next/ })],
      ['up next', page.getByRole('region', { name: 'Up next' })],
      ['notes', page.getByRole('region', { name: 'Facilitator notes' })],
      ['agenda', agenda(page)],
    ];
    for (const [what, locator] of controls) await expectWhollyInView(page, locator, what);
    expect(await pageScrolls(page)).toEqual({ x: false, y: false, scrollY: 0 });

    // The next section is drawn, scaled down, with its content: not only its title.
    const upNext = page.getByRole('region', { name: 'Up next' });
    await expect(upNext.getByText("The goal: don't make it worse").first()).toBeVisible();
    const previewText = upNext.getByText('Crisis skills do not solve the problem.');
    await expect(previewText).toBeVisible();
    await expectWhollyInView(page, previewText, 'preview text');
    const canvas = upNext.locator('.next-canvas');
    const scale = await canvas.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(scale).toBeGreaterThan(0.1);
    expect(scale).toBeLessThan(0.6);
    // Nothing in the miniature can be pressed or focused.
    await expect(upNext.locator('[inert]')).toHaveCount(1);

    // The notes are longer than their panel and scroll inside it; the page stays put.
    const notes = page.getByRole('region', { name: 'Facilitator notes' });
    const sizes = await notes.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await notes.hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => notes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect((await pageScrolls(page)).scrollY).toBe(0);
  });

  test(`starting the breathing pacer does not scroll the presenter page at ${viewport.width}×${viewport.height}`, async ({
    page,
    host,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${host.url}#/present/${breathingLesson}/presenter`);
    await agenda(page)
      .getByRole('button', { name: /Try both patterns/ })
      .click();
    const pacer = stage(page).locator('.pacer').first();
    const start = pacer.getByRole('button', { name: 'Start', exact: true });
    await start.scrollIntoViewIfNeeded();
    // Wherever the page was, starting must leave it there (a page that could scroll used to jump).
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await pageScrolls(page);
    await start.click();
    await expect(pacer.getByRole('status')).toHaveText('Breathe in for 4');
    await expect(pacer.getByText('Round 1')).toBeVisible();
    expect(await pageScrolls(page)).toEqual(before);
    expect(before).toEqual({ x: false, y: false, scrollY: 0 });
  });
}

test('the session clock does not run before Start, however the facilitator moves', async ({ page, host }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
  const session = page.getByRole('timer', { name: 'Session clock' });
  const clock = page.getByRole('region', { name: 'Time' });
  await expect(session).toHaveText('0:00');
  // From here time moves only when the test says, however slow the machine is.
  await page.clock.pauseAt(new Date('2026-03-02T09:05:00'));
  await expect(clock.getByText('The clock starts when you press Start clock.')).toBeVisible();
  for (const key of ['ArrowRight', 'ArrowRight', 'PageDown', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await page.clock.runFor(30_000);
  }
  await expect(session).toHaveText('0:00');
  await expect(page.getByRole('timer', { name: 'Time on this section' })).toHaveText('0:00');
  await expect(clock).toHaveAttribute('data-pace', 'not-started');
  // The agenda shows only the plan, in whole minutes, until time is spent.
  await expect(agenda(page).getByRole('button', { name: /What a crisis moment is/ })).toHaveText(
    /What a crisis moment is\s*\d+ min$/,
  );

  await page.getByRole('button', { name: 'Start clock' }).click();
  await page.clock.runFor(20_000);
  await expect(session).toHaveText('0:20');
  await expect(clock).toHaveAttribute('data-pace', 'on-time');
  await expect(clock.getByText(/^Learn: 0:20 of 22 min$/)).toBeVisible();
  await expect(clock.getByText(/of 55 min planned/)).toBeVisible();
});

test('the room can read it: crisis numbers at least as large as the lesson text, worksheet labels over hints, scale boxes in line', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}#/present/how-stress-works/presenter`);
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await agenda(page)
    .getByRole('button', { name: /Worksheet/ })
    .click();
  await expect(audience.getByRole('heading', { level: 1, name: 'Worksheet' })).toBeVisible();

  const lessonText = await fontPx(audience.getByText('These questions help you learn your own stress signs.'));
  const label = await fontPx(audience.getByText('One thing that stresses me this week'));
  const hint = await fontPx(audience.getByText('A few words is enough.'));
  expect(label).toBeGreaterThanOrEqual(hint);
  expect(label).toBeGreaterThanOrEqual(lessonText);

  const scale = audience
    .getByRole('list')
    .filter({ hasText: /^012345678910$/ })
    .first();
  const tops = await scale
    .getByRole('listitem')
    .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().top));
  expect(tops).toHaveLength(11);
  for (const top of tops) expect(Math.abs(top - (tops[0] ?? 0))).toBeLessThanOrEqual(1);

  await page.keyboard.press('c');
  const number = audience.getByText('Call or text 988');
  await expect(number).toBeVisible();
  expect(await fontPx(number)).toBeGreaterThanOrEqual(lessonText);
  // Every line is on the screen at once, with no scrolling.
  for (const contact of ['Call or text 988', 'Call 911', '1-800-662-4357']) {
    await expect(audience.getByText(contact)).toBeInViewport({ ratio: 1 });
  }
});

const diagrams = [
  {
    lesson: 'how-stress-works',
    section: 'Short bursts and stress that lasts',
    name: 'The stress curve',
    desc: /alarm goes off/,
  },
  {
    lesson: 'cravings-and-urge-surfing',
    section: 'Cravings peak and pass',
    name: 'The urge wave',
    desc: /peak at about 10 minutes/,
  },
  { lesson: 'warning-signs', section: 'A process, not a moment', name: 'The relapse process', desc: /turn around/ },
  {
    lesson: 'my-recovery-plan-and-safety-plan',
    section: 'The six steps of a safety plan',
    name: 'The six steps of a safety plan',
    desc: /1: my warning signs.*6: making my surroundings safer/,
  },
] as const;

test('each diagram is drawn in its lesson with a text alternative, and stays accessible', async ({ page, host }) => {
  for (const diagram of diagrams) {
    await page.goto(`${host.url}#/present/${diagram.lesson}/presenter`);
    await agenda(page)
      .getByRole('button', { name: new RegExp(diagram.section) })
      .click();
    const image = stage(page).getByRole('img', { name: diagram.name });
    await expect(image, diagram.lesson).toBeVisible();
    await expect(image).toHaveAccessibleDescription(diagram.desc);
    await expect(stage(page).locator('figure figcaption')).not.toBeEmpty();
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('on the room screen a diagram sits beside its text, all of it in view', async ({ page, host }) => {
  await page.goto(`${host.url}#/present/cravings-and-urge-surfing/presenter`);
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await agenda(page)
    .getByRole('button', { name: /Cravings peak and pass/ })
    .click();
  const wave = audience.getByRole('img', { name: 'The urge wave' });
  await expect(wave).toBeInViewport({ ratio: 1 });
  await expect(audience.getByText(/Cravings act like waves/)).toBeInViewport({ ratio: 1 });
  expect(await seriousA11yViolations(audience)).toEqual([]);
});
