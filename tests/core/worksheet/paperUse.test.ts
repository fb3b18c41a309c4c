import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCrisisLines } from '../../../common/crisisLines';
import { createI18n } from '../../../common/i18n/createI18n';
import { renderPacketHtml, type PacketLesson } from '../../../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../../../devhost/chromiumPdf';
import { curriculumPackets } from '../../../scripts/print/curriculumPackets';
import { measurePages, type PageFill } from '../../../scripts/print/pageFill';
import { timeouts } from '../../timeouts';

/**
 * How much paper the whole curriculum's blank packet takes (Letter), measured as
 * `npm run print:stats` measures it. Fullness is how far down a page's body the
 * printing reaches (the lowest inked pixel row of a 50 dpi page image, text, ruled
 * lines and boxes alike, between the top and bottom margins): content flows from
 * the top, so a page printed only in its top quarter is a page mostly wasted.
 *
 * The page counts are the figures measured after the print fix of issue 12 (before
 * it: 64 regular, 107 large print). Adding lessons raises them: measure again and
 * update them on purpose (large print went 87 → 88 when the print fix met the issue-14 corrections).
 */
const MAX_PAGES = { regular: 59, large: 88 } as const;
const QUARTER = 0.25;

const root = join(import.meta.dirname, '../../..');
let work: string;
let entries: PacketLesson[] = [];
const pdf = new ChromiumPdf();
const { t } = createI18n();
/** Words of the crisis lines that end each worksheet, as pdftotext splits them. */
const crisisWords = [t('crisis.title'), ...defaultCrisisLines.map((l) => `${l.name}: ${l.contact}`)]
  .join(' ')
  .split(/\s+/).length;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-paper-'));
  const packets = await curriculumPackets(root, join(work, 'cache'));
  entries = packets.find((p) => p.name === 'all-lessons')?.entries ?? [];
}, timeouts.curriculumCompile);
afterAll(async () => {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
});

async function measuredPacket(largePrint: boolean): Promise<PageFill[]> {
  const html = await renderPacketHtml(
    entries,
    { filled: false, paper: 'letter', largePrint, crisisLines: defaultCrisisLines },
    join(root, 'resources'),
  );
  const file = join(work, `all-${largePrint}.pdf`);
  await writeFile(file, await pdf.render(html, 'letter'));
  return measurePages(file);
}

describe.each([
  ['regular', false],
  ['large', true],
] as const)('the whole curriculum blank packet in %s print', (print, largePrint) => {
  it(
    'takes no more pages than measured, no page but a worksheet’s last is less than a quarter full, and the crisis lines never print alone',
    async () => {
      const pages = await measuredPacket(largePrint);
      expect(entries.length).toBeGreaterThanOrEqual(26);
      expect(pages.length, 'pages').toBeLessThanOrEqual(MAX_PAGES[print]);
      const sparse = pages
        .filter((p) => !p.lessonLast && p.fill < QUARTER)
        .map((p) => `page ${p.page} (${p.header}): ${Math.round(p.fill * 100)}% full`);
      expect(sparse).toEqual([]);
      const crisisAlone = pages.filter((p) => p.lessonLast && p.words <= crisisWords).map((p) => p.header);
      expect(crisisAlone, 'worksheets whose last page holds only the crisis lines').toEqual([]);
      // Each worksheet is measured on its own pages: one header per worksheet, in packet order.
      const headers = [...new Set(pages.map((p) => p.header))];
      expect(headers.map((h) => entries.findIndex((e) => h.endsWith(e.lesson.frontmatter.title)))).toEqual(
        entries.map((_, i) => i),
      );
    },
    timeouts.packetPrint,
  );
});
