import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PaperSize } from '../common/api';
import { defaultCrisisLines } from '../common/crisisLines';
import { renderPacketHtml } from '../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../devhost/chromiumPdf';
import { curriculumPackets } from './print/curriculumPackets';
import { measurePages, type PageFill } from './print/pageFill';

/**
 * `npm run -s print:stats`: how much paper the blank worksheets take. For each
 * module's packet and the whole curriculum's, in regular and large print: the page
 * count, pages per worksheet, the words on each worksheet's first page, and every
 * page (not a worksheet's last) whose printing ends in its top quarter.
 * Options: --paper letter|a4, --json <file> (every page's figures), --pages (print them),
 * --out <folder> (keep the PDFs, to look at), --packet <module id or all-lessons> (only those),
 * --print regular|large|both.
 */
const { values } = parseArgs({
  options: {
    paper: { type: 'string', default: 'letter' },
    json: { type: 'string' },
    out: { type: 'string' },
    pages: { type: 'boolean', default: false },
    packet: { type: 'string', multiple: true },
    print: { type: 'string', default: 'both' },
  },
});
const paper: PaperSize = values.paper === 'a4' ? 'a4' : 'letter';
/** A page filled less than this far down, other than a worksheet's last, wastes paper. */
const QUARTER = 0.25;
const root = resolve(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'groundwork-print-stats-'));
const pdf = new ChromiumPdf();
const report: Record<string, Record<string, PageFill[]>> = {};
try {
  if (values.out !== undefined) await mkdir(resolve(values.out), { recursive: true });
  const packets = await curriculumPackets(root, join(work, 'cache'));
  const prints = values.print === 'regular' ? [false] : values.print === 'large' ? [true] : [false, true];
  for (const largePrint of prints) {
    const print = largePrint ? 'large print' : 'regular';
    report[print] = {};
    console.log(`\n== ${paper}, ${print} ==`);
    for (const { name, entries } of packets) {
      if (values.packet !== undefined && !values.packet.includes(name)) continue;
      const html = await renderPacketHtml(
        entries,
        { filled: false, paper, largePrint, crisisLines: defaultCrisisLines },
        join(root, 'resources'),
      );
      const file = join(
        values.out === undefined ? work : resolve(values.out),
        `${name}${largePrint ? '-large' : ''}.pdf`,
      );
      await writeFile(file, await pdf.render(html, paper));
      const pages = await measurePages(file);
      report[print][name] = pages;
      const sparse = pages.filter((p) => !p.lessonLast && p.fill < QUARTER);
      const fills = pages.filter((p) => !p.lessonLast).map((p) => p.fill);
      console.log(
        `${name.padEnd(20)} ${String(entries.length).padStart(2)} worksheets ${String(pages.length).padStart(4)} pages` +
          `   lowest fill (not a last page) ${fills.length ? `${Math.round(Math.min(...fills) * 100)}%` : '–'}` +
          `   under a quarter: ${sparse.length}`,
      );
      if (name !== 'all-lessons') continue;
      for (const entry of entries) {
        const title = entry.lesson.frontmatter.title;
        const own = pages.filter((p) => p.header.endsWith(title));
        const fillList = own.map((p) => `${Math.round(p.fill * 100)}`).join(' ');
        console.log(
          `  ${title.padEnd(48)} ${own.length} pages  page 1: ${String(own[0]?.words ?? 0).padStart(3)} words  fill % ${fillList}`,
        );
      }
      if (values.pages) for (const p of pages) console.log(`  p${p.page}`, p);
    }
  }
  if (values.json !== undefined) await writeFile(resolve(values.json), `${JSON.stringify(report, null, 1)}\n`);
} finally {
  await pdf.close();
  await rm(work, { recursive: true, force: true });
}
