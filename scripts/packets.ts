import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PaperSize } from '../common/api';
import { defaultCrisisLinesFor } from '../common/crisisLines';
import { isLessonLanguage } from '../common/language';
import { renderPacketHtml } from '../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../devhost/chromiumPdf';
import { curriculumPackets } from './print/curriculumPackets';

/**
 * `npm run packets`: writes the blank worksheet packet of each module and of the
 * whole curriculum (modules in the program's order), so a clinic can print them
 * without installing the app.
 * Options: --out <folder> (default packets/), --paper letter|a4, --large-print,
 * --lang en|es (the lessons, page headers and crisis lines in that language; files named `-es`).
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'packets' },
    paper: { type: 'string', default: 'letter' },
    'large-print': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
  },
});
if (!isLessonLanguage(values.lang)) throw new Error(`--lang must be en or es, not "${values.lang}"`);
const language = values.lang;
const paper: PaperSize = values.paper === 'a4' ? 'a4' : 'letter';
const largePrint = values['large-print'] ?? false;
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out ?? 'packets');
const started = performance.now();
const cache = await mkdtemp(join(tmpdir(), 'groundwork-packets-'));
const pdf = new ChromiumPdf();
try {
  await mkdir(out, { recursive: true });
  const groups = await curriculumPackets(root, cache, language);
  const suffix = `${paper}${largePrint ? '-large-print' : ''}${language === 'en' ? '' : `-${language}`}`;
  for (const { name, entries } of groups) {
    const t0 = performance.now();
    const html = await renderPacketHtml(
      entries,
      { filled: false, paper, largePrint, crisisLines: defaultCrisisLinesFor(language), language },
      join(root, 'resources'),
    );
    const bytes = await pdf.render(html, paper);
    const file = join(out, `${name}-blank-${suffix}.pdf`);
    await writeFile(file, bytes);
    console.log(
      `${file}  ${entries.length} worksheets  ${Math.round(bytes.byteLength / 1024)} KiB  ${Math.round(performance.now() - t0)} ms`,
    );
  }
  console.log(`packets written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pdf.close();
  await rm(cache, { recursive: true, force: true });
}
