// First, so React loads its production build as in a packaged app (see the file).
import './productionEnv';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Curriculum } from '../core/curriculum/curriculum';
import { benchData } from './benchData';
import { benchCheckIns } from './benchCheckins';
import { benchProgress } from './benchProgress';
import type { ExerciseRef } from '../common/exercises';
import { AnswerStore } from '../core/store/answerStore';
import { renderWorksheetHtml } from '../core/worksheet/renderWorksheet';
import { ChromiumPdf } from '../devhost/chromiumPdf';
import { barePdfMs, firstStartToLessonList } from './benchFirstStart';

/**
 * `npm run bench`: prints the figures the foundation is held to. The machine is
 * shared and noisy, so each figure is a median or percentile over many runs, and
 * the targets are printed beside them rather than asserted in a test.
 */

const root = resolve(import.meta.dirname, '..');
const lessonsDir = join(root, 'curriculum/lessons');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const rows: { measure: string; value: string; target: string; ok: boolean | null }[] = [];
const report = (measure: string, ms: number, target?: number, extra = ''): void => {
  rows.push({
    measure,
    value: `${ms.toFixed(2)} ms${extra}`,
    target: target === undefined ? '' : `< ${target} ms`,
    ok: target === undefined ? null : ms < target,
  });
};

const work = await mkdtemp(join(tmpdir(), 'groundwork-bench-'));
try {
  // Compile every lesson from a cold cache (includes esbuild's start-up).
  const cold = new Curriculum([{ dir: lessonsDir, label: 'curriculum/lessons' }], join(work, 'cache'));
  const [coldMs, items] = await time(() => cold.list());
  const ok = items.filter((i) => i.status === 'ok');
  report(`compile all lessons, cold (${ok.length} lessons)`, coldMs);

  // Open a lesson from the cache, as after a restart: a new instance on the warm cache directory.
  const warm = new Curriculum([{ dir: lessonsDir, label: 'curriculum/lessons' }], join(work, 'cache'));
  const [firstStartMs] = await time(() => warm.list());
  report('list all lessons from the cache (new start)', firstStartMs);
  const lessonId = ok[0]?.id ?? '';
  const loads: number[] = [];
  for (let i = 0; i < 200; i += 1) loads.push((await time(() => warm.open(lessonId)))[0]);
  report('load a cached lesson (p50)', percentile(loads, 50));
  report('load a cached lesson (p95)', percentile(loads, 95), 5);

  // Save latency for one answer in a profile already holding 2,000 answers (100 lessons of 20).
  const store = new AnswerStore(join(work, 'data-2000'), { defaultProfile: true });
  const note = (i: number): ExerciseRef => ({ id: `ex-${i}`, type: 'long-text', label: 'Note' });
  const filler = 'I noticed my shoulders were tight after the phone call, so I took a walk. ';
  for (let lesson = 0; lesson < 100; lesson += 1) {
    for (let i = 0; i < 20; i += 1)
      await store.save('default', `lesson-${lesson}`, note(i), `${filler} ${lesson}/${i}`);
  }
  const saves: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    saves.push((await time(() => store.save('default', 'lesson-7', note(i % 20), `${filler} typing ${i}`)))[0]);
  }
  await store.close();
  report('save one answer, profile of 2,000 answers (p50)', percentile(saves, 50));
  report('save one answer, profile of 2,000 answers (p95)', percentile(saves, 95), 10);

  // Save latency in a profile holding five years of daily entries, with 1 and 20 profiles (scripts/benchData.ts).
  await benchData(join(work, 'data'), report);
  // Saving a check-in with five years of daily check-ins (scripts/benchCheckins.ts).
  await benchCheckIns(join(work, 'data'), report);

  // PDF export of one worksheet: render the HTML and print it in Chromium.
  const lesson = await warm.open(lessonId);
  const modulePath = warm.cache.modulePath(lesson.hash) ?? '';
  const pdf = new ChromiumPdf();
  try {
    const exports: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 12; i += 1) {
      const [ms, out] = await time(async () => {
        const html = await renderWorksheetHtml({
          lesson,
          modulePath,
          answers: {},
          filled: false,
          paper: 'letter',
          resourcesDir: join(root, 'resources'),
        });
        return pdf.render(html, 'letter');
      });
      if (i > 1) exports.push(ms); // the first two include Chromium's launch
      bytes = out.byteLength;
    }
    const exportMs = percentile(exports, 50);
    report('export one worksheet to PDF (median)', exportMs, 500, `, ${Math.round(bytes / 1024)} KiB`);
    const bareMs = await barePdfMs(10);
    report('bare page.pdf() of a plain page (median)', bareMs);
    const ratio = exportMs / bareMs;
    rows.push({
      measure: 'worksheet PDF export ÷ bare page.pdf()',
      value: `${ratio.toFixed(2)}×`,
      target: '< 4×',
      ok: ratio < 4,
    });
    // The progress view and the care-team summary on the five years of check-ins above (scripts/benchProgress.ts).
    await benchProgress(join(work, 'data', 'checkins-5y'), join(work, 'cache'), pdf, report);
  } finally {
    await pdf.close();
  }

  // First start on a fresh data folder to the lesson list, with the core lessons precompiled (run `npm run build` first).
  const starts: { list: number; app: number }[] = [];
  for (let i = 0; i < 5; i += 1) starts.push(await firstStartToLessonList(root));
  report(
    'first start to lesson list, fresh data folder (median of 5)',
    percentile(
      starts.map((s) => s.list),
      50,
    ),
    300,
  );
  // No target: the list is usable from the row above (its links work); here the app's own screen has taken over.
  report(
    'first start to the app running its lesson list (median of 5)',
    percentile(
      starts.map((s) => s.app),
      50,
    ),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`Groundwork benchmarks (${new Date().toISOString()}, node ${process.version})`);
for (const row of rows) {
  const verdict = row.ok === null ? '' : row.ok ? '  ok' : '  OVER TARGET';
  console.log(`${row.measure.padEnd(width)}  ${row.value.padStart(18)}  ${row.target.padEnd(10)}${verdict}`);
}
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
