import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCrisisLinesFor } from '../../../common/crisisLines';
import { Curriculum } from '../../../core/curriculum/curriculum';
import type { CachedLesson } from '../../../core/curriculum/lessonCache';
import { renderPacketHtml } from '../../../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../../../devhost/chromiumPdf';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
let work: string;
let curriculum: Curriculum;
const pdf = new ChromiumPdf();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-es-sheet-'));
  curriculum = new Curriculum([{ dir: join(root, 'curriculum/lessons'), label: 'lessons' }], join(work, 'cache'));
});
afterAll(async () => {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
});

/** A filled worksheet of the lesson in a language, with one checklist answer stored by value. */
async function filled(lesson: CachedLesson, checked: string[]): Promise<string> {
  const checklist = lesson.exercises.find((e) => e.type === 'checklist');
  return renderPacketHtml(
    [
      {
        lesson,
        modulePath: curriculum.cache.modulePath(lesson.hash) ?? '',
        answers: checklist ? { [checklist.id]: { value: { checked }, updatedAt: '' } } : {},
      },
    ],
    {
      filled: true,
      paper: 'letter',
      largePrint: false,
      crisisLines: defaultCrisisLinesFor(lesson.frontmatter.language),
      language: lesson.frontmatter.language,
    },
    join(root, 'resources'),
  );
}

describe('a worksheet in Spanish', () => {
  it('prints the Spanish lesson with the answer given in English, Spanish crisis lines, and lang="es"', async () => {
    const english = await curriculum.open('how-stress-works', 'en');
    const spanish = await curriculum.open('how-stress-works', 'es');
    const checklist = english.exercises.find((e) => e.type === 'checklist');
    const first = checklist?.options?.[0];
    expect(first).toBeDefined();
    const html = await filled(spanish, [first?.value ?? '']);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(spanish.frontmatter.title);
    // The Spanish label of the option ticked under the English lesson, ticked here.
    const label = spanish.exercises.find((e) => e.id === checklist?.id)?.options?.[0]?.label ?? '';
    expect(label).not.toBe(first?.label);
    expect(html).toContain(`class="check-box checked">${label}<`);
    expect(html).toContain('AYUDA');
    expect(html).toContain('Llame al 988 y oprima 2');
    const path = join(work, 'es.pdf');
    await writeFile(path, await pdf.render(html, 'letter'));
    const { stdout } = await run('pdftotext', ['-layout', path, '-']);
    expect(stdout).toContain(spanish.frontmatter.title);
    expect(stdout).toContain('AYUDA');
    // The page furniture is Spanish too: the page count and the confidentiality line of a filled sheet.
    expect(stdout).toContain('Página 1 de');
    expect(stdout).toContain('Confidencial: esta página tiene información personal de salud.');
    expect(stdout).not.toMatch(/Page 1 of|Confidential:/);
  }, 60_000);
});
