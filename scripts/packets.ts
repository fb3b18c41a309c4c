import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LessonListItem, PaperSize } from '../common/api';
import { defaultCrisisLinesFor } from '../common/crisisLines';
import { isLessonLanguage } from '../common/language';
import { Curriculum } from '../core/curriculum/curriculum';
import { renderPacketHtml, type PacketLesson } from '../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../devhost/chromiumPdf';

/**
 * `npm run packets`: writes the blank worksheet packet of each module and of the
 * whole curriculum, so a clinic can print them without installing the app.
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
  const curriculum = new Curriculum([{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }], cache);
  const lessons = (await curriculum.list(language)).filter(
    (l): l is Extract<LessonListItem, { status: 'ok' }> => l.status === 'ok',
  );
  const entries = new Map<string, PacketLesson>();
  for (const item of lessons) {
    const lesson = await curriculum.open(item.id, language);
    entries.set(item.id, { lesson, modulePath: curriculum.cache.modulePath(lesson.hash) ?? '', answers: {} });
  }
  const groups: [string, string[]][] = [
    ...[...new Set(lessons.map((l) => l.module))].map((m): [string, string[]] => [
      m,
      lessons.filter((l) => l.module === m).map((l) => l.id),
    ]),
    ['all-lessons', lessons.map((l) => l.id)],
  ];
  const suffix = `${paper}${largePrint ? '-large-print' : ''}${language === 'en' ? '' : `-${language}`}`;
  for (const [name, ids] of groups) {
    const t0 = performance.now();
    const packet = ids.flatMap((id) => entries.get(id) ?? []);
    const html = await renderPacketHtml(
      packet,
      { filled: false, paper, largePrint, crisisLines: defaultCrisisLinesFor(language), language },
      join(root, 'resources'),
    );
    const bytes = await pdf.render(html, paper);
    const file = join(out, `${name}-blank-${suffix}.pdf`);
    await writeFile(file, bytes);
    console.log(
      `${file}  ${ids.length} worksheets  ${Math.round(bytes.byteLength / 1024)} KiB  ${Math.round(performance.now() - t0)} ms`,
    );
  }
  console.log(`packets written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await pdf.close();
  await rm(cache, { recursive: true, force: true });
}
