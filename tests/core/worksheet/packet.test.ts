import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCrisisLines } from '../../../common/crisisLines';
import { Curriculum } from '../../../core/curriculum/curriculum';
import type { PrintOptions } from '../../../core/worksheet/printOptions';
import { renderPacketHtml, type PacketLesson } from '../../../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../../../devhost/chromiumPdf';
import { timeouts } from '../../timeouts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
let work: string;
const entries: PacketLesson[] = [];
const pdf = new ChromiumPdf();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-packet-'));
  const curriculum = new Curriculum([{ dir: join(root, 'curriculum/lessons'), label: 'lessons' }], join(work, 'cache'));
  for (const item of await curriculum.list()) {
    if (item.status !== 'ok') continue;
    const lesson = await curriculum.open(item.id);
    const first = lesson.exercises.find((e) => e.type === 'short-text');
    const answers = first ? { [first.id]: { value: `Answer for ${item.id}`, updatedAt: '' } } : {};
    entries.push({ lesson, modulePath: curriculum.cache.modulePath(lesson.hash) ?? '', answers });
  }
}, timeouts.curriculumCompile);
afterAll(async () => {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
});

async function packet(
  name: string,
  options: Partial<PrintOptions>,
): Promise<{ text: string[]; pages: number; path: string }> {
  const html = await renderPacketHtml(
    entries,
    { filled: false, paper: 'letter', largePrint: false, crisisLines: defaultCrisisLines, ...options },
    join(root, 'resources'),
  );
  const path = join(work, `${name}.pdf`);
  await writeFile(path, await pdf.render(html, options.paper ?? 'letter'));
  const { stdout: info } = await run('pdfinfo', [path]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text: string[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-']);
    text.push(stdout);
  }
  return { text, pages, path };
}

describe('worksheet packets', () => {
  it(
    'puts every worksheet in, each starting on a new page, with headers and page numbers on every page',
    async () => {
      const blank = await packet('blank', {});
      expect(blank.pages).toBeGreaterThanOrEqual(entries.length);
      for (const [index, page] of blank.text.entries()) {
        expect(page).toContain('Groundwork');
        expect(page).toContain(`Page ${index + 1} of ${blank.pages}`);
        expect(page).not.toContain('Confidential');
      }
      for (const entry of entries) {
        const title = entry.lesson.frontmatter.title;
        const firstPage = blank.text.findIndex((page) => page.includes(title));
        expect(firstPage, title).toBeGreaterThanOrEqual(0);
        // The worksheet's own first page has the name and date lines under its title.
        expect(blank.text[firstPage]).toMatch(/Name:\s+Date:/);
        expect(blank.text.join('\n')).not.toContain(`Answer for ${entry.lesson.frontmatter.id}`);
      }
      const { stdout } = await run('pdfinfo', [blank.path]);
      expect(stdout).toMatch(/Tagged:\s+yes/);
    },
    timeouts.packetPrint,
  );

  it(
    'marks filled worksheets confidential on every page and holds the answers',
    async () => {
      const filled = await packet('filled', { filled: true });
      for (const page of filled.text) expect(page).toContain('Confidential');
      for (const entry of entries)
        expect(filled.text.join('\n')).toContain(`Answer for ${entry.lesson.frontmatter.id}`);
    },
    timeouts.packetPrint,
  );

  it(
    'prints large print with larger text on more pages, and names the clinic when set',
    async () => {
      const regular = await packet('regular-a4', { paper: 'a4' });
      const large = await packet('large-a4', {
        paper: 'a4',
        largePrint: true,
        clinicName: 'Riverside Recovery Center',
      });
      expect(large.pages).toBeGreaterThan(regular.pages);
      for (const page of large.text) expect(page).toContain('Riverside Recovery Center');
      const size = async (path: string): Promise<number> => {
        const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-']);
        const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Name:<\/word>/.exec(stdout);
        return Number(word?.[2]) - Number(word?.[1]);
      };
      // Body text height: 18 pt against 12 pt.
      expect((await size(large.path)) / (await size(regular.path))).toBeGreaterThan(1.4);
    },
    timeouts.packetPrint,
  );

  it(
    'embeds only the bundled fonts',
    async () => {
      const blank = await packet('fonts', {});
      const { stdout } = await run('pdffonts', [blank.path]);
      const fonts = stdout.split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        expect(line).toMatch(/AtkinsonHyperlegible/);
        expect(line).toMatch(/\byes\s+yes\b/);
      }
    },
    timeouts.packetPrint,
  );
});
