import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Method } from '../common/api';
import type { CheckIn, SelfCheckResult } from '../common/checkinApi';
import { addDays, localDay } from '../common/checkinDates';
import { createI18n } from '../common/i18n/createI18n';
import { getInstrument, instrumentIds } from '../common/instruments';
import { selfCheckSentence, trendSentence, type Translate } from '../common/progress/sentence';
import {
  earliestDay,
  metricSeries,
  rangeDaysOf,
  selfCheckSeries,
  trendMetrics,
  trendRanges,
} from '../common/progress/series';
import { createService, type Service } from '../core/service';
import type { ChromiumPdf } from '../devhost/chromiumPdf';
import type { Report } from './benchData';

const root = join(import.meta.dirname, '..');

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function call(service: Service, method: Method, request: unknown): Promise<unknown> {
  const result = await service.dispatch(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

function start(dataDir: string, cacheDir: string, exportDir: string, pdf: ChromiumPdf): Service {
  return createService({
    store: { defaultProfile: true },
    dataDir,
    cacheDir,
    lessonRoots: [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
    resourcesDir: join(root, 'resources'),
    adapters: {
      host: 'browser',
      version: 'bench',
      renderPdf: (html, paper) => pdf.render(html, paper),
      chooseSavePath: async (name) => join(exportDir, name),
      print: async () => ({ status: 'cancelled' }),
    },
  });
}

/** What the progress screen reads and works out when it opens: overview, every record, each range's series and sentences. */
async function progressViewData(service: Service): Promise<number> {
  const i18n = createI18n();
  const words = { t: i18n.t.bind(i18n) as Translate, language: 'en' };
  const [progress, range] = (await Promise.all([
    call(service, 'getProgress', {}),
    call(service, 'getCheckinRange', {}),
  ])) as [{ today: string }, { checkIns: CheckIn[]; selfChecks: SelfCheckResult[] }];
  let points = 0;
  for (const r of trendRanges) {
    const days = rangeDaysOf(r, progress.today, earliestDay(range.checkIns, range.selfChecks));
    for (const metric of trendMetrics) {
      const series = metricSeries(range.checkIns, metric, days);
      trendSentence(metric, series, progress.today, words);
      points += series.length;
    }
    for (const id of instrumentIds) {
      const series = selfCheckSeries(range.selfChecks, id, days);
      selfCheckSentence(getInstrument(id)?.shortName ?? id, series, progress.today, words);
      points += series.length;
    }
  }
  return points;
}

/**
 * `npm run bench` rows for issue 13: the progress view's data for a profile of
 * five years of daily check-ins (filled by benchCheckIns in `dataDir`), read on a
 * fresh start of the service with the profile open (target: under 100 ms), and
 * the care-team summary PDF for three months with every part (under 1.5 s).
 */
export async function benchProgress(
  dataDir: string,
  cacheDir: string,
  pdf: ChromiumPdf,
  report: Report,
): Promise<void> {
  const exportDir = join(dataDir, 'exports');
  await mkdir(exportDir, { recursive: true });
  const today = localDay(new Date());
  // Self-checks every two weeks over the last three months, as a clinic suggests.
  const seed = start(dataDir, cacheDir, exportDir, pdf);
  for (let daysAgo = 84; daysAgo >= 0; daysAgo -= 14) {
    const phq = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`phq9-${i}`, daysAgo % 3]));
    const gad = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`gad7-${i}`, (daysAgo + 1) % 4]));
    await call(seed, 'saveSelfCheck', { instrumentId: 'phq-9', date: addDays(today, -daysAgo), answers: phq });
    await call(seed, 'saveSelfCheck', { instrumentId: 'gad-7', date: addDays(today, -daysAgo), answers: gad });
  }
  await seed.store.close();

  const fresh: number[] = [];
  let points = 0;
  for (let i = 0; i < 7; i += 1) {
    const service = start(dataDir, cacheDir, exportDir, pdf);
    // Already done when a person opens the screen: lessons listed at start, profile opened.
    await service.curriculum.list();
    await call(service, 'getLessonActivity', {});
    const t0 = performance.now();
    points = await progressViewData(service);
    fresh.push(performance.now() - t0);
    await service.store.close();
  }
  report(
    'progress view data, 5 years of daily check-ins, fresh start (median)',
    median(fresh),
    100,
    `, ${points} points`,
  );

  const service = start(dataDir, cacheDir, exportDir, pdf);
  try {
    const request = {
      from: addDays(today, -90),
      to: today,
      include: ['checkIns', 'selfChecks', 'safetyMarks', 'lessons', 'plans'],
      paper: 'letter',
    };
    const samples: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const t0 = performance.now();
      await call(service, 'exportCareSummary', request);
      if (i > 0) samples.push(performance.now() - t0); // the first includes Chromium's launch
    }
    report('care-team summary PDF, 3 months, every part (median)', median(samples), 1500);
  } finally {
    await service.store.close();
  }
}
