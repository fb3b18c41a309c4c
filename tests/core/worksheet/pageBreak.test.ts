import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../../../common/api';
import { defaultCrisisLines } from '../../../common/crisisLines';
import { compileLesson } from '../../../core/curriculum/compileLesson';
import { LessonCache, type CachedLesson } from '../../../core/curriculum/lessonCache';
import { renderPacketHtml } from '../../../core/worksheet/renderWorksheet';
import { LessonContext, type LessonMode } from '../../../curriculum/components';
import { PageBreak } from '../../../curriculum/components/PageBreak';
import { ChromiumPdf } from '../../../devhost/chromiumPdf';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../..');
const familyFile = 'curriculum/lessons/recovery-life/02-family-and-the-people-close-to-you.mdx';
let work: string;
let lesson: CachedLesson;
let modulePath: string;
const pdf = new ChromiumPdf();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-page-break-'));
  const cache = new LessonCache(join(work, 'cache'));
  lesson = await cache.put(await compileLesson(await readFile(join(root, familyFile), 'utf8'), familyFile));
  modulePath = cache.modulePath(lesson.hash) ?? '';
});
afterAll(async () => {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
});

describe('<PageBreak />', () => {
  const markup = (mode: LessonMode): string =>
    renderToStaticMarkup(
      createElement(
        LessonContext.Provider,
        { value: { mode, answers: {}, setAnswer: () => undefined, showFacilitatorNotes: false } },
        createElement(PageBreak),
      ),
    );

  it('shows nothing on screen and starts a new page on paper', () => {
    expect(markup('interactive')).toBe('');
    expect(markup('print-blank')).toBe('<div class="page-break" aria-hidden="true"></div>');
    expect(markup('print-filled')).toBe(markup('print-blank'));
  });
});

const answer = (value: StoredAnswer['value']): StoredAnswer => ({ value, updatedAt: '' });
/** Answers on both parts; the private ones carry a word that must never print on a shared page. */
const answers: Record<string, StoredAnswer> = {
  'family-sheet-what-helps': answer({ checked: ['Time to myself after group'], other: 'Walks on Sunday' }),
  'family-sheet-if-worried': answer('Ask me how group went, and call my sponsor if I stop answering'),
  'family-sheet-care-team': answer('Dana at the clinic, 555-0142'),
  'trust-feels-now': answer(4),
  'trust-action-this-week': answer('PRIVATE call when I said I would'),
  'boundary-i-want': answer('PRIVATE if you shout, I will leave the room'),
  'apology-to-practice': answer('PRIVATE I missed your birthday and I am sorry'),
  'chosen-family': answer('PRIVATE my sister and my sponsor'),
};
const shared = ['How you can support my recovery', 'What I ask of you', 'Support for you, too'];
const privateText = ['Just for me', 'How much trust I feel', 'PRIVATE'];

describe('the family lesson’s page for the people close to you', () => {
  it.each([
    ['blank', false, false],
    ['filled', true, false],
    ['blank large-print', false, true],
    ['filled large-print', true, true],
  ])(
    'prints first and alone (%s): the private part starts on a page of its own',
    async (name, filled, largePrint) => {
      const html = await renderPacketHtml(
        [{ lesson, modulePath, answers }],
        { filled, paper: 'letter', largePrint, crisisLines: defaultCrisisLines },
        join(root, 'resources'),
      );
      const file = join(work, `${name.replace(' ', '-')}.pdf`);
      await writeFile(file, await pdf.render(html, 'letter'));
      const { stdout } = await run('pdftotext', [file, '-']);
      const pages = stdout.split('\f').slice(0, -1);
      const pagesWith = (texts: string[]): number[] =>
        pages.flatMap((text, i) => (texts.some((t) => text.includes(t)) ? [i + 1] : []));
      const sharedPages = pagesWith(shared);
      const privatePages = pagesWith(privateText);
      expect(sharedPages[0]).toBe(1);
      expect(privatePages.length).toBeGreaterThan(0);
      expect(Math.min(...privatePages), 'the private part starts after the shared pages').toBeGreaterThan(
        Math.max(...sharedPages),
      );
      expect(pages[(privatePages[0] ?? 1) - 1]?.trimStart()).toMatch(
        /^Groundwork\s+Family and the People Close to You\s+Just for me/,
      );
      if (filled) expect(pages.join('\n')).toContain('Dana at the clinic');
    },
    60_000,
  );
});
