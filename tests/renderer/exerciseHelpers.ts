import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { root, type Host } from './fixtures';
import { pdfText } from './helpers';
import { slowWait } from './slowWait';

/** The gallery lesson: every exercise type, served by the browser host from its own folder. */
export const galleryDirs = [join(root, 'curriculum/gallery')];

export async function openGallery(page: Page, host: Host): Promise<void> {
  await page.goto(`${host.url}#/lesson/exercise-gallery`);
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise Gallery' })).toBeVisible();
}

/** Waits until every answer on screen is on disk. */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible();
}

/** Saves the worksheet as a PDF with the lesson's own buttons and returns its text. */
export async function exportText(page: Page, host: Host, filled: boolean): Promise<string> {
  await page.getByRole('button', { name: filled ? 'Save my answers as PDF' : 'Save blank worksheet as PDF' }).click();
  const status = page.getByRole('status').filter({ hasText: filled ? /Saved to .*Gallery\.pdf/ : /blank\.pdf/ });
  await expect(status).toBeVisible(slowWait('pdfExport'));
  const path = ((await status.textContent()) ?? '').replace('Saved to ', '').trim();
  expect(path.startsWith(host.exportDir)).toBe(true);
  // pdftotext breaks table cells and long lines; compare on single spaces.
  return (await pdfText(path)).replace(/\s+/g, ' ');
}

/** Types into whatever has focus, as a person at a keyboard would. */
export async function typeHere(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}
