import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { pdfInfo, pdfText } from './helpers';
import { slowWait } from './slowWait';

/**
 * Facilitator mode against the real lessons: the presenter view drives an
 * audience view in a second window of the same origin, kept in step over a
 * BroadcastChannel.
 */

const crisisLesson = 'getting-through-a-crisis-moment';
const breathingLesson = 'paced-and-box-breathing';

/** Watches a popup for console errors, as the fixture does for the main page. */
function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function openAudience(page: Page): Promise<Page> {
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  // Announced to screen readers; the buttons show it on screen (Show and Close audience view).
  await expect(page.getByRole('status').filter({ hasText: 'The audience view is open.' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Close audience view' })).toBeVisible();
  return audience;
}

const audienceTitle = (audience: Page) => audience.getByRole('heading', { level: 1 });

test('start presenting from a lesson; the audience view follows next, previous, jump, blackout and crisis', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/lesson/${crisisLesson}`);
  await page.getByRole('button', { name: 'Continue to the lesson' }).click();
  await page.getByRole('link', { name: 'Present this lesson' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presenting: Getting Through a Crisis Moment');

  const audience = await openAudience(page);
  const problems = watchErrors(audience);
  await expect(audienceTitle(audience)).toHaveText('Getting Through a Crisis Moment');
  await expect(audience.getByText(/This lesson talks about suicide, self-harm/)).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(audienceTitle(audience)).toHaveText('Why this matters');
  await page.keyboard.press('PageDown');
  await expect(audienceTitle(audience)).toHaveText('What a crisis moment is');
  await page.keyboard.press(' ');
  await expect(audienceTitle(audience)).toHaveText("The goal: don't make it worse");
  await page.keyboard.press('PageUp');
  await expect(audienceTitle(audience)).toHaveText('What a crisis moment is');
  await page.keyboard.press('ArrowLeft');
  await expect(audienceTitle(audience)).toHaveText('Why this matters');

  // Jump anywhere from the agenda.
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Body skill 1: Cold water/ })
    .click();
  await expect(audienceTitle(audience)).toHaveText('Body skill 1: Cold water');
  await expect(
    page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Body skill 1: Cold water/ }),
  ).toHaveAttribute('aria-current', 'step');

  // Blackout: nothing of the lesson is left visible on the audience view.
  await page.locator('body').press('b');
  await expect(audience.locator('main')).toHaveAttribute('data-screen', 'blackout');
  await expect(audience.getByText('Splash cold water on your face')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Black screen (B)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('.');
  await expect(audience.locator('main')).toHaveAttribute('data-screen', 'lesson');
  await expect(audience.getByText(/Splash cold water on your face/)).toBeVisible();

  // Crisis resources on the audience view at once.
  await page.keyboard.press('c');
  await expect(audience.getByRole('heading', { name: 'Help right now' })).toBeVisible();
  await expect(audience.getByText('Call or text 988')).toBeVisible();
  await expect(audience.getByText(/Splash cold water/)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(audienceTitle(audience)).toHaveText('Body skill 1: Cold water');

  // A clicker aimed at the projector's window steers the presenter too.
  await audience.keyboard.press('PageDown');
  await expect(audienceTitle(audience)).toHaveText('Body skill 2: Move hard');
  await expect(page.getByRole('heading', { name: /On the audience screen · \d+ of \d+/ })).toBeVisible();
  await expect(
    page.locator('.presenter-stage').getByRole('heading', { name: 'Body skill 2: Move hard' }),
  ).toBeVisible();

  // A reloaded audience window picks up where the presenter is.
  await audience.reload();
  await expect(audienceTitle(audience)).toHaveText('Body skill 2: Move hard');
  expect(problems).toEqual([]);
});

test('facilitator notes are on the presenter view and never in the audience view DOM, nor any answer', async ({
  page,
  host,
}) => {
  // A patient's answer saved on this computer must not reach the room's screen.
  await page.goto(`${host.url}#/lesson/${crisisLesson}`);
  await page.getByRole('button', { name: 'Continue to the lesson' }).click();
  await page.getByLabel('My calm word for tense and let go').fill('Marigold-private-answer');
  await expect(page.getByText('All answers saved')).toBeVisible();
  await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
  const notes = page.getByRole('region', { name: 'Facilitator notes' });
  await expect(notes.getByRole('heading', { name: 'Key teaching points' })).toBeVisible();
  await expect(notes.getByText(/This lesson talks about suicide, self-harm. Let the group know/)).toBeVisible();

  const audience = await openAudience(page);
  const problems = watchErrors(audience);
  const count = await page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem').count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i += 1) {
    await expect(audience.locator('.audience-progress')).toHaveText(`${i + 1} of ${count}`);
    const html = await audience.content();
    for (const secret of [
      'Key teaching points',
      'Discussion prompts',
      'mammalian dive reflex',
      'Facilitator notes',
      'Marigold-private-answer',
    ]) {
      expect(html, `section ${i + 1}`).not.toContain(secret);
    }
    expect(await page.content(), `presenter, section ${i + 1}`).not.toContain('Marigold-private-answer');
    await page.keyboard.press('ArrowRight');
  }
  expect(problems).toEqual([]);
});

test('the pacing clock advances and turns to over time', async ({ page, host }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
  await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
  const clock = page.getByRole('region', { name: 'Time' });
  const session = page.getByRole('timer', { name: 'Session clock' });
  await expect(session).toHaveText('0:00');
  await expect(clock).toHaveAttribute('data-pace', 'not-started');

  await page.getByRole('button', { name: 'Start clock' }).click();
  await page.clock.runFor(20_000);
  await expect(session).toHaveText('0:20');
  await expect(clock).toHaveAttribute('data-pace', 'on-time');
  await expect(clock.getByText('On time')).toBeVisible();

  // Moving on keeps the session clock and starts this section's own count.
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(30_000);
  await expect(session).toHaveText('0:50');
  await expect(page.getByRole('timer', { name: 'Time on this section' })).toHaveText('0:30');

  await page.clock.runFor(15 * 60_000);
  await expect(clock).toHaveAttribute('data-pace', 'over');
  await expect(clock.getByText('Over time')).toBeVisible();
  await expect(clock.getByText(/behind the plan/)).toBeVisible();

  await page.getByRole('button', { name: 'Pause clock' }).click();
  const paused = await session.textContent();
  await page.clock.runFor(60_000);
  await expect(session).toHaveText(paused ?? '');
});

test('a breathing pacer started from the presenter view runs on the audience view', async ({ page, host }) => {
  await page.goto(`${host.url}#/present/${breathingLesson}/presenter`);
  const audience = await openAudience(page);
  const problems = watchErrors(audience);
  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Try both patterns/ })
    .click();
  await expect(audienceTitle(audience)).toHaveText('Try both patterns (about 12 minutes)');

  const stage = page.locator('.presenter-stage');
  const audiencePacer = audience.locator('.pacer').first();
  await expect(audiencePacer.getByRole('status')).toHaveText(/Press Start/);
  await stage.locator('.pacer').first().getByRole('button', { name: 'Start', exact: true }).click();
  await expect(audiencePacer.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(audiencePacer.getByRole('status')).toHaveText('Breathe in for 4');
  // Starting it brings the pacer into the room's view, even below a long list of steps.
  await expect(audiencePacer.locator('.pacer-visual')).toBeInViewport();
  // It keeps running on its own on the audience view: the breath turns after four seconds.
  await expect(audiencePacer.getByRole('status')).toHaveText('Breathe out for 6');
  await expect(audiencePacer.getByText('Round 1')).toBeVisible();

  await stage.locator('.pacer').first().getByRole('button', { name: 'Pause' }).click();
  await expect(audiencePacer.getByRole('button', { name: 'Go on' })).toBeVisible();
  await expect(audiencePacer.getByRole('status')).toHaveText(/Press Start/);
  expect(problems).toEqual([]);
});

test('both views have no serious or critical accessibility problems', async ({ page, host }) => {
  await page.goto(`${host.url}#/present/${breathingLesson}/presenter`);
  const audience = await openAudience(page);
  await expect(page.getByRole('region', { name: 'Facilitator notes' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await seriousA11yViolations(audience)).toEqual([]);
  for (const name of [/Try both patterns/, /Worksheet/]) {
    await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name }).first().click();
    await expect(audienceTitle(audience)).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await seriousA11yViolations(audience)).toEqual([]);
  }
  await page.keyboard.press('c');
  await expect(audience.getByRole('heading', { name: 'Help right now' })).toBeVisible();
  expect(await seriousA11yViolations(audience)).toEqual([]);
});

test("the facilitator's guide saves as a PDF with the content, notes and timings", async ({ page, host }) => {
  await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
  const guide = page.getByRole('region', { name: "Facilitator's guide" });
  // Folded away during the session: open it first.
  await guide.getByRole('heading', { name: "Facilitator's guide" }).click();
  await guide.getByLabel('Paper size').selectOption('a4');
  await guide.getByRole('button', { name: "Save facilitator's guide as PDF" }).click();
  const status = guide.getByRole('status');
  await expect(status).toHaveText(/^Saved to .*facilitator-guide\.pdf$/, slowWait('pdfExport'));
  const path = (await status.textContent())?.replace(/^Saved to /, '') ?? '';
  const text = await pdfText(path);
  for (const expected of [
    'Getting Through a Crisis Moment',
    'Timing',
    'Body skill 1: Cold water',
    'Splash cold water on your face',
    'Key teaching points',
    'Discussion prompts',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/facilitator.s guide/i);
  // Whole minutes from the lesson's own timing, by part, and for every section.
  expect(text).toMatch(/Worksheet\s+10 minutes/);
  expect(text).toMatch(/Learn · planned: \d+ minutes? · starts at minute \d+/);
  expect(text).not.toMatch(/\d\.\d+ minutes?/);
  const info = await pdfInfo(path);
  expect(info['Page size']).toContain('(A4)');
  expect(Number(info.Pages)).toBeGreaterThan(3);
});
