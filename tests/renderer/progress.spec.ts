import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '../../common/checkinDates';
import { formatDay } from '../../common/progress/sentence';
import { expect, seriousA11yViolations, test } from './fixtures';
import { pdfText } from './helpers';
import { api, cravingOn, ninetyDaysOfCheckIns, selfChecks, sixSelfChecks, today } from './progressHelpers';

const SHOTS = '/tmp/shots/progress';
const day = (daysAgo: number) => formatDay(addDays(today, -daysAgo), 'en');

// Ninety check-ins and six self-checks are saved one by one through the API, as the app saves them.
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ page }) => {
  // Any Content-Security-Policy violation on the page is kept, so a test can show there was none.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
});

test('90 days of check-ins and six self-checks show the right points, bands and summary sentences', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  // The first start compiles the lessons; on a busy machine that takes a while.
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible({ timeout: 60_000 });
  await ninetyDaysOfCheckIns(page);
  await sixSelfChecks(page);

  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  const overview = page.getByRole('region', { name: 'At a glance' });
  await expect(overview.getByRole('definition')).toHaveCount(5);

  await page.getByRole('radio', { name: '3 months' }).check();
  const craving = page.getByRole('region', { name: 'Craving', exact: true });
  await expect(craving.getByText('Craving went from 7 to 3 over the last 3 months.')).toBeVisible();
  // The chart is named by its sentence and draws one dot a day: all 90 check-ins.
  const chart = craving.getByRole('img', { name: 'Craving went from 7 to 3 over the last 3 months.' });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('circle.recharts-dot')).toHaveCount(90);
  // Its table holds the same points, oldest first.
  await craving.getByText('Show Craving as a table').click();
  const rows = craving.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(91);
  await expect(rows.nth(1)).toHaveText(`${day(89)}${cravingOn(89)}`);
  await expect(rows.nth(45)).toHaveText(`${day(45)}${cravingOn(45)}`);
  await expect(rows.nth(90)).toHaveText(`${day(0)}3`);
  await expect(
    page.getByRole('region', { name: 'Sleep' }).getByText(/^Sleep went from 6 to 6 hours|^Sleep was 6 hours/),
  ).toHaveCount(0);

  // Self-checks: three of each, with their scores, dates and bands in words.
  const phq = page.getByRole('region', { name: 'Mood check (PHQ-9)' });
  await expect(
    phq.getByText(`Mood check (PHQ-9) score went from 18 to 4 between ${day(84)} and ${day(14)}.`),
  ).toBeVisible();
  await expect(phq.getByRole('img').locator('circle.recharts-dot')).toHaveCount(3);
  await phq.getByText('Show Mood check (PHQ-9) scores as a table').click();
  const gadRegion = page.getByRole('region', { name: 'Worry and anxiety check (GAD-7)' });
  await gadRegion.getByText('Show Worry and anxiety check (GAD-7) scores as a table').click();
  await expect(gadRegion.getByText(`score went from 21 to 5 between ${day(80)} and ${day(7)}.`)).toBeVisible();
  for (const [instrumentId, daysAgo, , total, band] of selfChecks) {
    const region = instrumentId === 'phq-9' ? phq : gadRegion;
    const row = region.getByRole('row', { name: day(daysAgo) });
    await expect(row.getByRole('cell').nth(0)).toHaveText(String(total));
    await expect(row.getByRole('cell').nth(1)).toContainText(band);
  }
  // PHQ-9 item 9 above 0 on the first one: marked in words.
  await expect(phq.getByRole('row', { name: day(84) })).toContainText('Asked for follow-up');

  // Two weeks: only the last 14 days.
  await page.getByRole('radio', { name: '2 weeks' }).check();
  await expect(craving.getByRole('table').getByRole('row')).toHaveCount(15);
  await expect(craving.getByRole('img').locator('circle.recharts-dot')).toHaveCount(14);

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole('radio', { name: '3 months' }).check();
  await mkdir(SHOTS, { recursive: true });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `progress-${size.width}x${size.height}.png`), fullPage: true });
    await page.getByRole('heading', { level: 2, name: 'Check-in trends' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `progress-trends-${size.width}x${size.height}.png`) });
  }
});

test('the care-team summary PDF holds the chosen scores and dates, and nothing that was left out', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  // The first start compiles the lessons; on a busy machine that takes a while.
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible({ timeout: 60_000 });
  await ninetyDaysOfCheckIns(page);
  await sixSelfChecks(page);
  await api(page, 'saveAnswer', {
    lessonId: 'my-recovery-plan-and-safety-plan',
    exerciseId: 'safety-plan',
    value: { warningSigns: 'I stop answering my phone' },
  });
  await page.goto(`${host.url}#/progress`);
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();

  const form = page.getByRole('region', { name: 'Summary for my care team' });
  await form.getByLabel('From').fill(addDays(today, -60));
  await form.getByLabel('To').fill(today);
  await form.getByRole('checkbox', { name: 'Check-in trends' }).uncheck();
  await form.getByRole('checkbox', { name: 'Lessons completed' }).uncheck();
  await expect(form.getByRole('checkbox', { name: /Self-check scores/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /thoughts of self-harm/ })).not.toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'My plans as they are now' })).not.toBeChecked();
  await form.getByRole('button', { name: 'Save summary as PDF' }).click();
  const savedTo = form.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(savedTo).toBeVisible({ timeout: 60_000 });
  const path = ((await savedTo.textContent()) ?? '').replace('Saved to ', '').trim();
  expect(path.startsWith(host.exportDir)).toBe(true);

  const text = (await pdfText(path)).replace(/\s+/g, ' ');
  expect(text).toContain('Summary for my care team');
  expect(text).toContain('Confidential: this page holds personal health information.');
  expect(text).toContain(`From ${day(60)} to ${day(0)}`);
  // The scores in the chosen dates, with their dates and bands.
  for (const [, daysAgo, , total, band] of selfChecks.filter(([, daysAgo]) => daysAgo <= 60)) {
    expect(text).toContain(day(daysAgo));
    expect(text).toMatch(new RegExp(`${day(daysAgo)} ${total} of \\d+ ${band}`));
  }
  // None of what was left out: earlier scores, check-in trends, follow-up marks, lessons, plans.
  expect(text).not.toContain(day(84));
  expect(text).not.toContain(day(80));
  expect(text).not.toContain('18 of 27');
  expect(text).not.toContain('21 of 21');
  expect(text).not.toContain('Check-in trends');
  expect(text).not.toContain('Craving');
  expect(text).not.toContain('Thoughts of being better off dead');
  expect(text).not.toContain('Lessons completed');
  expect(text).not.toContain('I stop answering my phone');

  // The pages, looked at: rendered with poppler at 100 dpi.
  await mkdir(SHOTS, { recursive: true });
  await promisify(execFile)('pdftoppm', ['-r', '100', '-png', path, join(SHOTS, 'summary-pdf')]);
});
