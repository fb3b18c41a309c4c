import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PREBUILT_DIR, usablePrebuilt } from '../core/curriculum/prebuilt';
import { chromiumArgs, chromiumPath } from '../devhost/chromiumPdf';
import { startDevHost } from '../devhost/server';

/**
 * Issue 12, item 10: from starting the app on a fresh data folder (no answers,
 * no compiled-lesson cache) to the lesson list on screen, with the core lessons
 * precompiled by `npm run build`. The browser is started first: Electron's
 * window is not part of what the app can make faster. Returns one sample in ms:
 * `list` when the list was painted (drawn by the host into the page,
 * core/firstPaint.tsx), `app` when the app's own list replacing it was painted.
 */
export async function firstStartToLessonList(root: string): Promise<{ list: number; app: number }> {
  // Checked here, before the clock starts: the host then trusts the build as a packaged app does,
  // instead of hashing the compiler's sources on the way to the first lesson.
  if ((await usablePrebuilt(join(root, PREBUILT_DIR), root)) === null) {
    throw new Error('The precompiled lessons are missing or older than the sources: run `npm run build` first.');
  }
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
      prebuiltSourceRoot: null,
      rendererDir: join(root, 'out/renderer'),
      resourcesDir: join(root, 'resources'),
      programFile: join(root, 'curriculum/program.json'),
      version: 'bench',
      // Measures reaching the lessons, so the first-run welcome is skipped.
      defaultProfile: true,
    });
    try {
      await page.goto(host.url, { waitUntil: 'commit' });
      await page.getByRole('link', { name: 'How Stress Works' }).waitFor();
      await page.locator('.first-paint').waitFor({ state: 'detached' });
      await page.getByText('You have not checked in today.').waitFor();
      // When each lesson-list heading was painted, as the page itself timed it (Element Timing): the
      // host runs in this process, so when Playwright hears of it says more about this event loop.
      const painted = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            new PerformanceObserver((entries) => {
              const times = entries
                .getEntries()
                .map((e) => e as PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })
                .filter((e) => e.identifier === 'lesson-list')
                .map((e) => performance.timeOrigin + (e.renderTime || e.loadTime));
              resolve(times.sort((a, b) => a - b));
            }).observe({ type: 'element', buffered: true });
          }),
      );
      const since = (epochMs: number | undefined): number =>
        epochMs === undefined ? NaN : epochMs - (performance.timeOrigin + started);
      // The first heading painted is the host's drawn list (or the app's own, when the page had none).
      return { list: since(painted[0]), app: since(painted.at(-1)) };
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
