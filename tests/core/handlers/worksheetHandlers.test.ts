import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperSize } from '../../../common/api';
import { safeFileName, worksheetHandlers } from '../../../core/handlers/worksheetHandlers';
import { handlerWorld, root, type HandlerWorld } from './handlerFixtures';

let world: HandlerWorld;
let pdfs: string[];
let printed: { paper: PaperSize; title: string }[];
let suggested: string[];
beforeEach(async () => {
  world = await handlerWorld();
  pdfs = [];
  printed = [];
  suggested = [];
});
afterEach(() => world.close());

const handlers = () =>
  worksheetHandlers({
    curriculum: world.curriculum,
    store: world.store,
    clinic: world.clinic,
    crisisLines: [{ name: 'Test Line', contact: '555-0100', detail: 'Any hour' }],
    resourcesDir: join(root, 'resources'),
    activeProfileId: async () => world.profileId,
    adapters: {
      renderPdf: async (html) => {
        pdfs.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      chooseSavePath: async (name) => {
        suggested.push(name);
        return null;
      },
      print: async (_html, paper, title) => {
        printed.push({ paper, title });
        return { status: 'printed' };
      },
    },
  });

describe('worksheet handlers', () => {
  it('makes file names of letters, digits and hyphens, marking blank worksheets', () => {
    expect(safeFileName('Stress: what it is / isn’t', true)).toBe('Stress-what-it-is-isnt.pdf');
    expect(safeFileName('???', false)).toBe('worksheet-blank.pdf');
    expect(safeFileName('x'.repeat(100), true)).toBe(`${'x'.repeat(60)}.pdf`);
  });

  it('fills a worksheet with the open profile’s answers and the crisis lines, and leaves a blank one empty', async () => {
    const { exercises } = await world.curriculum.open('sample-lesson');
    const nameIt = exercises.find((e) => e.id === 'name-it');
    if (nameIt === undefined) throw new Error('the fixture lesson has no name-it exercise');
    await world.store.save(world.profileId, 'sample-lesson', nameIt, 'Landlord');
    expect(await handlers().exportWorksheet({ lessonId: 'sample-lesson', filled: true, paper: 'a4' })).toEqual({
      status: 'cancelled',
    });
    expect(pdfs[0]).toContain('Landlord');
    expect(pdfs[0]).toContain('555-0100');
    await handlers().exportWorksheet({ lessonId: 'sample-lesson', filled: false, paper: 'letter', largePrint: true });
    expect(pdfs[1]).not.toContain('Landlord');
    expect(suggested).toEqual(['A-Sample-Lesson.pdf', 'A-Sample-Lesson-large-print-blank.pdf']);
  });

  it('prints a packet under a title naming its first lesson and how many more', async () => {
    await handlers().printPacket({ lessonIds: ['sample-lesson', 'sample-lesson'], filled: false, paper: 'letter' });
    await handlers().printWorksheet({ lessonId: 'sample-lesson', filled: false, paper: 'a4' });
    expect(printed).toEqual([
      { paper: 'letter', title: 'A Sample Lesson and 1 more' },
      { paper: 'a4', title: 'A Sample Lesson' },
    ]);
  });
});
