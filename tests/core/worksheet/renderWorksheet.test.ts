import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { LessonCache, type CachedLesson } from '../../../core/curriculum/lessonCache';
import { renderWorksheetHtml } from '../../../core/worksheet/renderWorksheet';

const root = join(import.meta.dirname, '../../..');
let work: string;
let lesson: CachedLesson;
let modulePath: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-worksheet-'));
  const file = join(root, 'tests/fixtures/lessons-ok/sample.mdx');
  const cache = new LessonCache(work);
  lesson = await cache.put(await compileLesson(await readFile(file, 'utf8'), 'sample.mdx'));
  modulePath = cache.modulePath(lesson.hash) ?? '';
});
afterAll(() => rm(work, { recursive: true, force: true }));

const answers = {
  'name-it': { value: 'Money <script>', updatedAt: '' },
  level: { value: 8, updatedAt: '' },
  signs: { value: { checked: ['racing-heart'], other: 'Sweaty palms' }, updatedAt: '' },
};

const render = (filled: boolean, paper: 'letter' | 'a4' = 'letter') =>
  renderWorksheetHtml({ lesson, modulePath, answers, filled, paper, resourcesDir: join(root, 'resources') });

describe('renderWorksheetHtml', () => {
  it('prints the filled worksheet with the answers, escaped, and only the worksheet part', async () => {
    const html = await render(true);
    expect(html).toContain('<h1>A Sample Lesson</h1>');
    expect(html).toContain('Money &lt;script&gt;');
    expect(html).not.toContain('Money <script>');
    expect(html).toContain('My rating: 8');
    expect(html).toContain('Sweaty palms');
    expect(html).toMatch(/class="check-box checked">Racing heart/);
    expect(html).not.toContain('Secret facilitator text');
    expect(html).not.toContain('Practice helps');
  });

  it('prints a blank worksheet with ruled lines and none of the answers', async () => {
    const html = await render(false, 'a4');
    expect(html).not.toContain('Money');
    expect(html).not.toContain('Sweaty palms');
    expect(html).not.toContain('My rating');
    expect(html.match(/class="write-line"/g)?.length).toBeGreaterThanOrEqual(1 + 4 + 1);
    expect(html).toContain('size: A4');
    expect(html).toContain('break-inside: avoid');
  });

  it('embeds the bundled fonts and loads nothing from outside the document', async () => {
    const html = await render(false);
    expect(html).toContain('font/woff2;base64,');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toContain('<script');
  });
});
