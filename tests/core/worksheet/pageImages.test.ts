import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCrisisLines } from '../../../common/crisisLines';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { LessonCache, type CachedLesson } from '../../../core/curriculum/lessonCache';
import { renderPacketHtml } from '../../../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../../../devhost/chromiumPdf';
import { parsePgm } from '../../../scripts/print/pageFill';
import { answersFor } from '../../common/galleryAnswers';

/**
 * Layout regressions: the exercise gallery (every exercise type) printed blank and
 * filled is turned into page images and compared with reviewed references in
 * tests/fixtures/page-images. After a deliberate layout change, look at the new
 * pages and refresh the references with `npm run test:page-images:update`.
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const references = join(root, 'tests/fixtures/page-images');
const update = process.env.UPDATE_PAGE_IMAGES === '1';
/** Pixels darker or lighter than the reference by more than this count as changed. */
const PIXEL_TOLERANCE = 48;
/** A page fails when more than this share of its pixels changed. */
const PAGE_TOLERANCE = 0.004;
const DPI = 40;

let work: string;
let lesson: CachedLesson;
let modulePath: string;
const pdf = new ChromiumPdf();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-page-images-'));
  const cache = new LessonCache(join(work, 'cache'));
  const source = await readFile(join(root, 'curriculum/gallery/exercise-gallery.mdx'), 'utf8');
  lesson = await cache.put(await compileLesson(source, 'curriculum/gallery/exercise-gallery.mdx'));
  modulePath = cache.modulePath(lesson.hash) ?? '';
});
afterAll(async () => {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
});

async function pageImages(filled: boolean): Promise<Buffer[]> {
  const html = await renderPacketHtml(
    [{ lesson, modulePath, answers: filled ? answersFor(lesson) : {} }],
    { filled, paper: 'letter', largePrint: false, crisisLines: defaultCrisisLines },
    join(root, 'resources'),
  );
  const file = join(work, `${filled}.pdf`);
  await writeFile(file, await pdf.render(html, 'letter'));
  const prefix = join(work, filled ? 'filled' : 'blank');
  await run('pdftoppm', ['-gray', '-r', String(DPI), file, prefix]);
  const pages = (await readdir(work))
    .filter((f) => f.startsWith(filled ? 'filled-' : 'blank-') && f.endsWith('.pgm'))
    .sort();
  return Promise.all(pages.map((p) => readFile(join(work, p))));
}

describe.each([
  ['blank', false],
  ['filled', true],
])('the %s exercise gallery', (name, filled) => {
  it('prints as the reviewed page images', async () => {
    const actual = await pageImages(filled);
    const referenceName = (page: number): string => `${name}-page-${String(page + 1).padStart(2, '0')}.pgm.gz`;
    if (update) {
      await mkdir(references, { recursive: true });
      for (const old of (await readdir(references)).filter((f) => f.startsWith(`${name}-`)))
        await rm(join(references, old));
      await Promise.all(
        actual.map((image, page) => writeFile(join(references, referenceName(page)), gzipSync(image, { level: 9 }))),
      );
      return;
    }
    const expected = (await readdir(references)).filter((f) => f.startsWith(`${name}-page-`)).length;
    expect(actual.length, 'page count').toBe(expected);
    const changed: string[] = [];
    for (const [page, image] of actual.entries()) {
      const now = parsePgm(image);
      const then = parsePgm(gunzipSync(await readFile(join(references, referenceName(page)))));
      expect([now.width, now.height], `page ${page + 1} size`).toEqual([then.width, then.height]);
      let differing = 0;
      for (let i = 0; i < now.pixels.length; i += 1) {
        if (Math.abs((now.pixels[i] ?? 0) - (then.pixels[i] ?? 0)) > PIXEL_TOLERANCE) differing += 1;
      }
      const share = differing / now.pixels.length;
      if (share > PAGE_TOLERANCE) {
        changed.push(`page ${page + 1}: ${(share * 100).toFixed(2)}% of pixels changed`);
        await mkdir(join(root, 'test-results/page-images'), { recursive: true });
        await writeFile(join(root, 'test-results/page-images', referenceName(page).replace('.gz', '')), image);
      }
    }
    expect(changed, 'pages that differ from the reviewed references (new images in test-results/page-images)').toEqual(
      [],
    );
  }, 60_000);
});

describe('an exercise longer than a page', () => {
  it('repeats its title at the top of the next page', async () => {
    await pageImages(false);
    const file = join(work, 'false.pdf');
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    const pages = stdout.split('\f').filter((page) => page.includes('My thought record'));
    // The blank thought record runs over two pages; the second starts with its title again.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const second = pages[1] ?? '';
    const firstLines = second
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 3);
    expect(firstLines.join('\n')).toContain('My thought record');
  }, 60_000);
});
