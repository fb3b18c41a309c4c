import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PREBUILT_DIR } from '../core/curriculum/prebuilt';
import { chromiumArgs, chromiumPath } from '../devhost/chromiumPdf';
import { startDevHost } from '../devhost/server';

/**
 * Issue 12, item 10: from starting the app on a fresh data folder (no answers,
 * no compiled-lesson cache) to the lesson list on screen, with the core lessons
 * precompiled by `npm run build`. The browser is started first: Electron's
 * window is not part of what the app can make faster. Returns one sample in ms:
 * `list` when the list is on screen (drawn by the host into the page,
 * core/firstPaint.tsx), `app` when the app's scripts have taken it over (the
 * drawn list replaced by the app's own, the check-in card filled in).
 */
export async function firstStartToLessonList(root: string): Promise<{ list: number; app: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-first-start-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = performance.now();
    const host = await startDevHost({
      port: 0,
      dataDir,
      lessonDirs: [join(root, 'curriculum/lessons')],
      exportDir: join(dataDir, 'exports'),
      cacheDir: join(dataDir, 'cache', 'lessons'),
      prebuiltDir: join(root, PREBUILT_DIR),
      rendererDir: join(root, 'out/renderer'),
      resourcesDir: join(root, 'resources'),
      programFile: join(root, 'curriculum/program.json'),
      version: 'bench',
      // Measures reaching the lessons, so the first-run welcome is skipped.
      defaultProfile: true,
    });
    try {
      await page.goto(host.url);
      await page.getByRole('link', { name: 'How Stress Works' }).waitFor();
      const list = performance.now() - started;
      await page.locator('.first-paint').waitFor({ state: 'detached' });
      await page.getByText('You have not checked in today.').waitFor();
      return { list, app: performance.now() - started };
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * A bare `page.pdf()` of a plain page, in the same Chromium and with the same
 * per-export steps (a fresh context, set the content, print), as the yardstick
 * the worksheet export is compared with. Returns the median of `runs` in ms.
 */
export async function barePdfMs(runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const start = performance.now();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<p>A plain page.</p>');
      await page.pdf();
      await context.close();
      if (i > 1) samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? NaN;
  } finally {
    await browser.close();
  }
}
