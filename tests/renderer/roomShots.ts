import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const SHOTS = '/tmp/shots/room';

/** A screenshot of the page as it is now, at its current size, written to be looked at (issue 12). */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) });
}
