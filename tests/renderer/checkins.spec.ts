import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDay } from '../../common/progress/sentence';
import { expect, seriousA11yViolations, test, type Host } from './fixtures';
import { today } from './progressHelpers';

const SHOTS = '/tmp/shots/checkins';
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Screenshots of the whole page at both sizes, to be looked at; the test's own size is restored after. */
async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  if (before !== null) await page.setViewportSize(before);
}

/** Calls the host's API as the app does, unwrapping its Result. */
async function api(page: Page, host: Host, method: string, body: unknown): Promise<unknown> {
  const response = await page.request.post(`${host.url}api/${method}`, { data: body });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/**
 * Opens the app at a screen. The first start compiles every lesson when the shared
 * cache is cold, which takes far longer than a click on a busy machine.
 */
async function open(page: Page, host: Host, hash = ''): Promise<void> {
  await page.goto(`${host.url}${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
}

// Each test walks a whole screen, with axe scans and screenshots at two sizes.
test.slow();

test('a new person checks in from the home screen, is told plainly about a wrong value, can change it later, and sees it on the progress charts and tables', async ({
  page,
  host,
}) => {
  await open(page, host);
  await expect(page.getByText('You have not checked in today.')).toBeVisible();
  await shoot(page, 'home');
  await page.getByRole('link', { name: 'Check in now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Today/ })).toBeChecked();

  await page.getByRole('group', { name: 'My mood' }).getByRole('radio', { name: '7', exact: true }).check();
  await page.getByRole('group', { name: 'My cravings or urges' }).getByRole('radio', { name: /^2/ }).check();
  // Stress is skipped, as any question can be.
  await page.getByRole('textbox', { name: 'Hours of sleep last night' }).fill('30');
  await page.getByRole('radio', { name: 'Well', exact: true }).check();
  await page
    .getByRole('group', { name: /did I drink or use/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await page.getByRole('textbox', { name: 'Add a skill of my own' }).fill('Walked the dog');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('checkbox', { name: 'Walked the dog' })).toBeChecked();
  await page.getByRole('textbox', { name: 'A note for myself (optional)' }).fill('Group was good today');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('alert')).toContainText('Give hours of sleep from 0 to 24');
  expect(await api(page, host, 'listCheckIns', {})).toEqual({ checkIns: [] });

  await page.getByRole('textbox', { name: 'Hours of sleep last night' }).fill('7.5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. Thank you for checking in.');
  await shoot(page, 'checkin-saved');
  const { checkIns } = (await api(page, host, 'listCheckIns', {})) as { checkIns: Record<string, unknown>[] };
  expect(checkIns).toEqual([
    expect.objectContaining({
      mood: 7,
      craving: 2,
      stress: null,
      sleepHours: 7.5,
      sleepQuality: 3,
      used: 'no',
      ownSkills: ['Walked the dog'],
      note: 'Group was good today',
    }),
  ]);

  // A second check-in the same day updates the first, and the home screen says it is done.
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await expect(page.getByText('You checked in today.')).toBeVisible();
  await page.getByRole('link', { name: 'Change today’s check-in' }).click();
  await expect(page.getByText('You already checked in for this day.')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'My mood' }).getByRole('radio', { name: '7', exact: true }),
  ).toBeChecked();
  await page.getByRole('group', { name: 'My mood' }).getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. Your check-in for this day was updated.');
  const after = (await api(page, host, 'listCheckIns', {})) as { checkIns: { mood: number }[] };
  expect(after.checkIns.map((c) => c.mood)).toEqual([5]);

  // The check-in is on the progress screen: one dot today on each chart it rated, and today's row in each table.
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  const todayInWords = formatDay(today, 'en');
  for (const [name, sentence, value] of [
    ['Mood', `Mood was 5 on ${todayInWords}.`, '5'],
    ['Craving', `Craving was 2 on ${todayInWords}.`, '2'],
    ['Sleep', `Sleep was 7.5 hours on ${todayInWords}.`, '7.5'],
  ] as const) {
    const region = page.getByRole('region', { name, exact: true });
    const chart = region.getByRole('img', { name: sentence });
    await expect(chart.locator('circle.recharts-dot')).toHaveCount(1);
    await region.getByText(`Show ${name} as a table`).click();
    const rows = region.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toHaveText(`${todayInWords}${value}`);
  }
  // Stress was skipped: no chart and no row, and no made-up value either.
  const stress = page.getByRole('region', { name: 'Stress', exact: true });
  await expect(stress.getByText('No stress ratings in this time yet.')).toBeVisible();
  await expect(stress.getByRole('img')).toHaveCount(0);
  await expect(stress.getByRole('table')).toHaveCount(0);
});

test('saying yes to using is met with thanks, the lapse lesson and the person’s own plan, never a scolding', async ({
  page,
  host,
}) => {
  await api(page, host, 'saveAnswer', {
    lessonId: 'my-recovery-plan-and-safety-plan',
    exerciseId: 'recovery-plan',
    value: { lapsePlan: 'Call Sam and go to the Tuesday meeting' },
  });
  await page.goto(`${host.url}#/check-in`);
  await page
    .getByRole('group', { name: /did I drink or use/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for being honest' })).toBeVisible();
  await expect(page.getByText('Call Sam and go to the Tuesday meeting')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read “A Lapse Is Not a Relapse”' })).toBeVisible();
  await shoot(page, 'checkin-lapse');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a PHQ-9 with item 9 above 0 shows the crisis lines and the person’s safety plan at once, and marks the result', async ({
  page,
  host,
}) => {
  await api(page, host, 'saveAnswer', {
    lessonId: 'my-recovery-plan-and-safety-plan',
    exerciseId: 'safety-plan',
    value: { ownCoping: 'Walk to the park with my dog', helpers: [{ id: 'a1', name: 'Sam', phone: '555 0101' }] },
  });
  await open(page, host, '#/self-check/phq-9');
  await expect(page.getByRole('heading', { level: 1, name: 'Mood check (PHQ-9)' })).toBeVisible();
  const question = (name: RegExp) => page.getByRole('group', { name });
  await question(/Little interest or pleasure/)
    .getByRole('radio', { name: 'Several days' })
    .check();
  // Clicked, not checked: the questions give way to the safety screen at once.
  await question(/better off dead/)
    .getByRole('radio', { name: 'Several days' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for telling us' })).toBeFocused();
  const calm = page.getByRole('region', { name: 'Thank you for telling us' });
  await expect(calm.getByText('Call or text 988')).toBeVisible();
  await expect(calm.getByText('Walk to the park with my dog')).toBeVisible();
  await expect(calm.getByText('555 0101')).toBeVisible();
  await shoot(page, 'phq9-safety');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Marked for the summary before the person answers anything more.
  await expect
    .poll(async () => ((await api(page, host, 'listSelfCheckResults', {})) as { results: unknown[] }).results)
    .toEqual([expect.objectContaining({ status: 'incomplete', flagsSeen: ['safety'] })]);

  await page.getByRole('button', { name: 'Go back to the questions' }).click();
  await expect(question(/better off dead/).getByRole('radio', { name: 'Several days' })).toBeChecked();
  const rest = [
    /Feeling down/,
    /Trouble falling/,
    /Feeling tired/,
    /Poor appetite/,
    /Feeling bad/,
    /concentrating/,
    /Moving/,
  ];
  for (const name of rest) await question(name).getByRole('radio', { name: 'Not at all' }).check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText('Few or no signs of low mood', { exact: true })).toBeVisible();
  await expect(page.getByText('Talk with your care team about this.')).toBeVisible();
  await expect(page.getByText(/Marked for your care team/)).toBeVisible();
  await shoot(page, 'phq9-result');
  const { results } = (await api(page, host, 'listSelfCheckResults', {})) as { results: unknown[] };
  expect(results).toEqual([expect.objectContaining({ status: 'complete', total: 2, flagsSeen: ['safety'] })]);
});

test('the self-check list and a self-check pass axe WCAG 2.1 AA checks', async ({ page, host }) => {
  await open(page, host);
  await page.getByRole('link', { name: 'Self-checks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Self-checks' })).toBeVisible();
  await shoot(page, 'self-checks');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Start Worry and anxiety check (GAD-7)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Worry and anxiety check (GAD-7)' })).toBeVisible();
  await shoot(page, 'gad7');
  expect(await seriousA11yViolations(page)).toEqual([]);
  // A form left half done is kept, unscored, and says so.
  await page
    .getByRole('group', { name: /Feeling nervous/ })
    .getByRole('radio', { name: 'Several days' })
    .check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByText(/Some questions are not answered yet, so there is no score/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('the check-in screen passes axe WCAG 2.1 AA checks', async ({ page, host }) => {
  await open(page, host, '#/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Skills I used' })).toBeVisible();
  await shoot(page, 'checkin');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('reminders are off until a person turns one on, and the screen passes axe checks', async ({ page, host }) => {
  await open(page, host);
  await page.getByRole('link', { name: 'Reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders' })).toBeVisible();
  const checkIn = page.getByRole('checkbox', { name: 'Remind me to check in' });
  await expect(checkIn).not.toBeChecked();
  await checkIn.check();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveText('Saved. Your reminders are set.');
  await shoot(page, 'reminders');
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await api(page, host, 'getReminders', {})).toMatchObject({
    allowed: true,
    settings: { checkIn: { enabled: true, time: '19:00' }, practice: { enabled: false } },
  });
});
