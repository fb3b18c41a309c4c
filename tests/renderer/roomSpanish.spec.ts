import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test, type Host } from './fixtures';
import { pdfText } from './helpers';
import { slowWait } from './slowWait';

/**
 * The room in Spanish (issue 15): the facilitator presents a lesson in Spanish
 * while the app, and its controls, stay in English; the audience view follows,
 * its own words included. And a filled Spanish worksheet prints in Spanish.
 */

const crisisLesson = 'getting-through-a-crisis-moment';
const spanishTitle = 'Cómo pasar un momento de crisis';
const SHOTS = '/tmp/shots/roomes';

/** Screenshots at a laptop's and a projector's size, to be looked at; `each` checks the page at each size. */
async function shoot(page: Page, name: string, each?: () => Promise<void>): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await each?.();
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
}

async function api(page: Page, host: Host, method: string, body: unknown): Promise<unknown> {
  const response = await page.request.post(`${host.url}api/${method}`, { data: body });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

test('the facilitator switches a lesson to Español: the open audience view follows, crisis screen and all, in Spanish', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${host.url}#/present/${crisisLesson}/presenter`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Presenting: Getting Through a Crisis Moment');
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  const audienceTitle = audience.getByRole('heading', { level: 1 });
  await expect(audienceTitle).toHaveText('Getting Through a Crisis Moment');

  await page.getByRole('combobox', { name: 'Lesson language' }).selectOption({ label: 'Español' });
  // The lesson is Spanish; the facilitator's controls stay in the app's language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Presenting: ${spanishTitle}`);
  await expect(page.getByRole('button', { name: 'Black screen (B)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Section on the audience screen' })).toHaveAttribute('lang', 'es');
  // The audience window, already open, switches with it.
  await expect(audienceTitle).toHaveText(spanishTitle);
  await expect(audience.locator('main')).toHaveAttribute('lang', 'es');

  await page
    .getByRole('navigation', { name: 'Agenda' })
    .getByRole('button', { name: /Qué es un momento de crisis/ })
    .click();
  await expect(audienceTitle).toHaveText('Qué es un momento de crisis');
  await expect(page.getByRole('region', { name: 'Up next' }).getByText(/no resuelven el problema/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Facilitator notes' }).getByText('Puntos clave para enseñar'),
  ).toBeVisible();
  await shoot(page, 'presenter-es');
  await shoot(audience, 'audience-es');

  await page.getByRole('button', { name: 'Crisis help on screen (C)' }).click();
  const crisis = audience.getByRole('region', { name: 'Ayuda ahora mismo' });
  await expect(crisis).toBeVisible();
  await expect(crisis.getByText(/No tiene que pasar por esto a solas/)).toBeVisible();
  // The Spanish crisis lines: 988 with the option for Spanish.
  await expect(crisis.getByText(/oprima 2/).first()).toBeVisible();
  await expect(audience.locator('main')).toHaveAttribute('lang', 'es');
  // The Spanish lines are longer than the English: all of them still fit the room's screen, none below the fold.
  await shoot(audience, 'audience-es-crisis', async () => {
    const last = crisis.getByText('1-800-662-4357');
    await expect(last).toBeInViewport({ ratio: 1 });
    const box = await crisis.getByRole('listitem').last().boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(audience.viewportSize()?.height ?? 0);
  });
  expect(await seriousA11yViolations(audience)).toEqual([]);

  // A new audience view opens in Spanish at once: its address carries the language.
  await page.getByRole('button', { name: 'Close audience view' }).click();
  await expect(page.getByRole('button', { name: 'Open audience view' })).toBeVisible();
  const [again] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open audience view' }).click(),
  ]);
  await expect(again).toHaveURL(/#\/present\/getting-through-a-crisis-moment\/audience\/es$/);
  await expect(again.getByRole('region', { name: 'Ayuda ahora mismo' })).toBeVisible();
});

test('a filled Spanish worksheet saved as PDF holds the Spanish headings, "Página 1 de" and the answers', async ({
  page,
  host,
}) => {
  // Answers given in English are kept by value, so they show under the Spanish lesson.
  await api(page, host, 'saveAnswer', { lessonId: crisisLesson, exerciseId: 'calm-word', value: 'Tranquilidad' });
  await api(page, host, 'saveAnswer', {
    lessonId: crisisLesson,
    exerciseId: 'my-crisis-steps',
    value: 'Paro, me mojo la cara y llamo a Rosa',
  });
  // Gives the test the time a PDF export may take on a busy machine.
  slowWait('pdfExport');
  const outcome = (await api(page, host, 'exportWorksheet', {
    lessonId: crisisLesson,
    filled: true,
    paper: 'letter',
    language: 'es',
  })) as { status: string; path: string };
  expect(outcome.status).toBe('saved');
  const text = (await pdfText(outcome.path)).replace(/\s+/g, ' ');
  expect(text).toContain(spanishTitle);
  // The worksheet's heading line is set in capitals.
  expect(text).toContain('GROUNDWORK · HOJA DE TRABAJO');
  expect(text).toContain('Nombre: Fecha:');
  expect(text).toContain('Mi palabra tranquila para tensar y soltar');
  expect(text).toContain('Tranquilidad');
  expect(text).toContain('Paro, me mojo la cara y llamo a Rosa');
  expect(text).toContain('Página 1 de');
  expect(text).toContain('Confidencial: esta página tiene información personal de salud.');
  expect(text).not.toMatch(/Page \d of|Confidential:|Worksheet/);
});
