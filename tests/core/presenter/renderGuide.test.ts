import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { Curriculum } from '../../../core/curriculum/curriculum';
import { LessonCache, type CachedLesson } from '../../../core/curriculum/lessonCache';
import { exportFacilitatorGuide, guideFileName } from '../../../core/presenter/guideExport';
import { renderFacilitatorGuideHtml } from '../../../core/presenter/renderGuide';

const root = join(import.meta.dirname, '../../..');
const lessonFile = join(root, 'curriculum/lessons/coping-skills/02-getting-through-a-crisis-moment.mdx');
let work: string;
let lesson: CachedLesson;
let modulePath: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-guide-'));
  const cache = new LessonCache(join(work, 'cache'));
  lesson = await cache.put(await compileLesson(await readFile(lessonFile, 'utf8'), 'crisis.mdx'));
  modulePath = cache.modulePath(lesson.hash) ?? '';
});
afterAll(() => rm(work, { recursive: true, force: true }));

const render = (paper: 'letter' | 'a4' = 'letter') =>
  renderFacilitatorGuideHtml({
    frontmatter: lesson.frontmatter,
    modulePath,
    paper,
    resourcesDir: join(root, 'resources'),
  });

describe('renderFacilitatorGuideHtml', () => {
  it('holds the whole lesson with its notes, a timing table and the planned time of each section', async () => {
    const html = await render();
    expect(html).toContain('<h1>Getting Through a Crisis Moment</h1>');
    expect(html).toContain('Facilitator&#x27;s guide');
    // Teaching content, practice and the facilitator's notes are all there.
    expect(html).toContain('Splash cold water on your face a few times.');
    expect(html).toContain('Try the skills together');
    expect(html).toContain('Key teaching points');
    expect(html).toContain('mammalian dive reflex');
    // One row per section in the timing table, and a planned time on every section.
    const rows = html.match(/<tr><td>\d+\. /g) ?? [];
    const sections = html.match(/class="guide-section"/g) ?? [];
    expect(rows.length).toBeGreaterThan(10);
    expect(sections.length).toBe(rows.length);
    expect(html.match(/class="guide-time">[^<]+ · planned: \d+ minutes? · starts at minute \d+</g)?.length).toBe(
      rows.length,
    );
    expect(html).toContain('@page { size: letter;');
    expect(await render('a4')).toContain('@page { size: A4;');
  });

  it("shows the lesson's own timing by part, in whole minutes that add up to the lesson", async () => {
    const html = await render();
    const timing = lesson.frontmatter.timing;
    expect(timing).toEqual({ why: 5, learn: 22, practice: 13, worksheet: 10, takeaway: 5 });
    // One row per part with the minutes the lesson sets, whatever its facilitator notes say in prose.
    for (const [name, minutes] of [
      ['Why this matters', 5],
      ['Learn', 22],
      ['Practice', 13],
      ['Worksheet', 10],
      ['Take it with you', 5],
    ] as const) {
      expect(html).toContain(`<th scope="rowgroup">${name}</th><td class="num">${minutes} minutes</td>`);
    }
    expect(html).toContain(`<th scope="row">Whole lesson</th><td class="num">55 minutes</td>`);
    // Each section's planned minutes are whole, and a part's sections add up to the part.
    expect(html).not.toMatch(/\d\.\d+ minutes?/);
    const worksheetRows = /<th scope="rowgroup">Worksheet<\/th>.*?<\/tbody>/.exec(html)?.[0] ?? '';
    const sectionMinutes = [...worksheetRows.matchAll(/<td>\d+\. [^<]*<\/td><td class="num">(\d+) minutes?<\/td>/g)];
    expect(sectionMinutes.length).toBeGreaterThan(0);
    expect(sectionMinutes.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(10);
  });

  it('prints the worksheet blank, holds no script, and keeps to the print CSP', async () => {
    const html = await render();
    expect(html).toContain('My crisis steps, in order');
    expect(html).toContain('class="write-line"');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
  });
});

describe('exportFacilitatorGuide', () => {
  it('renders, saves where the person chose, and saves nothing when they cancel', async () => {
    const curriculum = new Curriculum(
      [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
      join(work, 'c2'),
    );
    await curriculum.list();
    const seen: { html: string; name: string }[] = [];
    let choose: string | null = join(work, 'guide.pdf');
    const deps = {
      curriculum,
      resourcesDir: join(root, 'resources'),
      renderPdf: async (html: string) => {
        seen.push({ html, name: '' });
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      chooseSavePath: async (name: string) => {
        seen.push({ html: '', name });
        return choose;
      },
    };
    const saved = await exportFacilitatorGuide(deps, { lessonId: 'getting-through-a-crisis-moment', paper: 'a4' });
    expect(saved).toEqual({ status: 'saved', path: join(work, 'guide.pdf') });
    expect(await readFile(join(work, 'guide.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(seen.some((s) => s.name === 'Getting-Through-a-Crisis-Moment-facilitator-guide.pdf')).toBe(true);
    choose = null;
    expect(await exportFacilitatorGuide(deps, { lessonId: 'getting-through-a-crisis-moment', paper: 'a4' })).toEqual({
      status: 'cancelled',
    });
    await expect(exportFacilitatorGuide(deps, { lessonId: 'no-such-lesson', paper: 'a4' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(guideFileName('Ünïcode / only!!')).toBe('ncode-only-facilitator-guide.pdf');
  });

  it('prints the Spanish lesson with Spanish headings and "Página X de Y", and lang="es" for Spanish hyphenation', async () => {
    const curriculum = new Curriculum(
      [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
      join(work, 'c3'),
    );
    let html = '';
    const deps = {
      curriculum,
      resourcesDir: join(root, 'resources'),
      renderPdf: async (rendered: string) => {
        html = rendered;
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      chooseSavePath: async () => join(work, 'guia.pdf'),
    };
    await exportFacilitatorGuide(deps, {
      lessonId: 'getting-through-a-crisis-moment',
      paper: 'letter',
      language: 'es',
    });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Guía para el/la facilitador/a');
    expect(html).toContain('content: "Página" " " counter(page) " " "de" " " counter(pages)');
    expect(html).not.toContain('Facilitator&#x27;s guide');
  });
});
