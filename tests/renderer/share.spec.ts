import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Observation, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { addDays } from '../../common/checkinDates';
import { startFhirServer, type TestFhirServer } from '../core/fhir/fhirTestServer';
import { expect, seriousA11yViolations, test } from './fixtures';
import { api, today } from './progressHelpers';

/**
 * Issue 16, as a person does it: choose days and parts, see what would go, save
 * the FHIR file, send it to the clinic's server (a real FHIR server, Medplum's
 * router over memory, on this computer), find it there by search, and be told
 * plainly when the server cannot be reached.
 */

const TOKEN = 'token-the-clinic-issued';
// Written before the host starts, as a clinic's IT would place it; the server's port is only known then.
const clinicDir = join(tmpdir(), `groundwork-share-clinic-${process.pid}`);
const clinicFile = join(clinicDir, 'clinic.json');
const PHQ9_URL = 'https://groundwork.app/fhir/Questionnaire/self-check-phq-9';
const PHQ9_TOTAL = 'http://loinc.org|44261-6';
let fhir: TestFhirServer;

test.beforeAll(async () => {
  fhir = await startFhirServer({ token: TOKEN });
  await mkdir(clinicDir, { recursive: true });
  await writeFile(join(clinicDir, 'fhir-token.txt'), `${TOKEN}\n`);
  const fhirSetting = { baseUrl: fhir.baseUrl, auth: { type: 'bearer', tokenFile: 'fhir-token.txt' } };
  await writeFile(clinicFile, JSON.stringify({ schemaVersion: 1, name: 'Riverside', fhir: fhirSetting }));
});
test.afterAll(async () => {
  await fhir.close().catch(() => undefined);
  await rm(clinicDir, { recursive: true, force: true });
});
test.use({ hostArgs: ['--clinic-config', clinicFile] });

/** A search on the clinic's server, as its staff's system would run it. */
async function search<T extends Resource>(query: string): Promise<T[]> {
  const response = await fetch(`${fhir.baseUrl}/${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const bundle = (await response.json()) as Bundle<T>;
  return (bundle.entry ?? []).flatMap((e) => (e.resource === undefined ? [] : [e.resource]));
}

// Nine PHQ-9 answers adding up to 6, none on item 9.
const phq9 = Object.fromEntries([1, 1, 1, 1, 1, 1, 0, 0, 0].map((v, i) => [`phq9-${i + 1}`, v]));

test('a check-in and a PHQ-9 are saved as a FHIR file, sent to the clinic’s server and found there; offline, nothing is lost', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  // The first start compiles the lessons; on a busy machine that takes a while.
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible({ timeout: 60_000 });
  await api(page, 'saveCheckIn', { date: today, mood: 6, craving: 2, stress: 4, sleepHours: 7, note: 'Only mine' });
  await api(page, 'saveSelfCheck', { instrumentId: 'phq-9', date: addDays(today, -2), answers: phq9 });
  // Outside the chosen days: must not go.
  await api(page, 'saveCheckIn', { date: addDays(today, -20), mood: 1, craving: 9, stress: 9, sleepHours: 3 });

  await page.getByRole('link', { name: 'Share with my care team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Share with my care team’s health record' })).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill(addDays(today, -7));
  await page.getByLabel('To', { exact: true }).fill(today);
  await page.getByRole('checkbox', { name: 'My worksheet answers' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'The notes I wrote in my check-ins' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Show what would be shared' }).click();
  const preview = page.getByRole('region', { name: 'What would be shared' });
  await expect(preview.getByRole('listitem')).toHaveText([
    '1 blank form, so the record can show the questions',
    '1 set of answers',
    /^\d+ scores and check-in measures$/,
  ]);
  expect(await seriousA11yViolations(page)).toEqual([]);

  const status = page.getByRole('status');
  await preview.getByRole('button', { name: 'Save as a file' }).click();
  await expect(status).toContainText('Saved to');
  const path = ((await status.textContent()) ?? '').replace(/^Saved to /, '').replace(/\.$/, '');
  expect(path.startsWith(host.exportDir)).toBe(true);
  const saved = JSON.parse(await readFile(path, 'utf8')) as Bundle;
  expect(saved.resourceType).toBe('Bundle');
  const resources = (saved.entry ?? []).map((e) => e.resource as Resource);
  const answers = resources.filter((r): r is QuestionnaireResponse => r.resourceType === 'QuestionnaireResponse');
  expect(answers.map((r) => r.questionnaire)).toEqual([`${PHQ9_URL}|1`]);
  const totals = resources.filter(
    (r): r is Observation => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '44261-6',
  );
  expect(totals.map((o) => [o.valueInteger, o.effectiveDateTime?.slice(0, 10)])).toEqual([[6, addDays(today, -2)]]);
  // Only the chosen days and parts: no note, nothing from twenty days ago.
  const text = JSON.stringify(saved);
  expect(text).not.toContain('Only mine');
  expect(text).not.toContain(addDays(today, -20));
  const observations = resources.filter((r) => r.resourceType === 'Observation').length;
  await expect(preview.getByRole('listitem').nth(2)).toHaveText(`${observations} scores and check-in measures`);

  await preview.getByRole('button', { name: 'Send to my clinic' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toHaveText(new RegExp(`Send ${resources.length} items to ${fhir.baseUrl} now\\?`));
  await confirm.getByRole('button', { name: 'Yes, send now' }).click();
  await expect(status).toHaveText(`Sent to ${fhir.baseUrl}.`, { timeout: 30_000 });

  // The clinic's server finds the PHQ-9 by its form (this server matches the canonical with its version) and its
  // total by its LOINC code.
  const onServer = await search<QuestionnaireResponse>(
    `QuestionnaireResponse?questionnaire=${encodeURIComponent(`${PHQ9_URL}|1`)}`,
  );
  expect(onServer.map((r) => r.item?.length)).toEqual([9]);
  const found = await search<Observation>(`Observation?code=${encodeURIComponent(PHQ9_TOTAL)}`);
  expect(found.map((o) => o.valueInteger)).toEqual([6]);
  const history = page.getByRole('region', { name: 'What I have sent' });
  await expect(history.getByRole('listitem')).toHaveText([
    new RegExp(`days ${addDays(today, -7)} to ${today}, sent to ${fhir.baseUrl}$`),
  ]);

  // The server goes away: the send says so plainly, is recorded, and nothing is lost.
  await fhir.close();
  await page.getByRole('button', { name: 'Show what would be shared' }).click();
  await preview.getByRole('button', { name: 'Send to my clinic' }).click();
  await confirm.getByRole('button', { name: 'Yes, send now' }).click();
  await expect(status).toHaveText(
    'Your clinic’s system could not be reached. Nothing was lost. Check the internet connection and try again later.',
    { timeout: 30_000 },
  );
  await expect(history.getByRole('listitem').first()).toContainText(`${fhir.baseUrl} could not be reached`);
  const kept = (await api(page, 'listCheckIns', {})) as { checkIns: unknown[] };
  expect(kept.checkIns).toHaveLength(2);
  const log = (await api(page, 'listShares', {})) as { shares: { status: string }[] };
  expect(log.shares.map((s) => s.status)).toEqual(['unreachable', 'sent']);
  expect(await seriousA11yViolations(page)).toEqual([]);
});
