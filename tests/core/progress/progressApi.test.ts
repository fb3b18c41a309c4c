import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Method, Responses } from '../../../common/api';
import { addDays, localDay } from '../../../common/checkinDates';
import { weekStart } from '../../../common/progress/overview';
import { Clinic } from '../../../core/clinic/clinic';
import { createService, type Service } from '../../../core/service';
import { phqAnswers } from '../store/checkinHelpers';
import { testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');
let cacheDir: string;
let work: string;
let service: Service;
/** Every document the service rendered to PDF, so a test reads what would be printed. */
let rendered: string[];

function start(): Service {
  return createService({
    dataDir: join(work, 'data'),
    cacheDir,
    lessonRoots: [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
    resourcesDir: join(root, 'resources'),
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async (html) => {
        rendered.push(html);
        return new Uint8Array([37, 80, 68, 70]);
      },
      chooseSavePath: async (name) => join(work, name),
      print: async () => ({ status: 'cancelled' }),
    },
    clinic: new Clinic({
      settings: { name: 'Riverside IOP' },
      origin: {},
      logo: null,
      sources: [],
      locations: [],
      problems: [],
    }),
    store: { kdf: testKdf, defaultProfile: true },
  });
}

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'groundwork-progress-cache-'));
  // The overview opens every lesson: compile them once here, so no test's time is the compiler's.
  work = await mkdtemp(join(tmpdir(), 'groundwork-progress-warm-'));
  const warm = start();
  await warm.curriculum.list();
  await warm.store.close();
  await rm(work, { recursive: true, force: true });
}, 120_000);
afterAll(() => rm(cacheDir, { recursive: true, force: true }));
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-progress-api-'));
  rendered = [];
  service = start();
});
afterEach(async () => {
  await service.store.close();
  await rm(work, { recursive: true, force: true });
});

async function call<M extends Method>(method: M, payload: unknown): Promise<Responses[M]> {
  const result = await service.dispatch(method, payload);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as Responses[M];
}

const today = localDay(new Date());
const html = (): string => rendered.at(-1) ?? '';
/** The document's text, without tags, for checking what a reader sees. */
const text = (): string =>
  html()
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('getProgress', () => {
  it('counts lessons opened and answered, plans written, and check-ins this week and month', async () => {
    const empty = await call('getProgress', {});
    expect(empty.overview).toMatchObject({ lessonsOpened: 0, lessonsCompleted: 0, worksheetsAnswered: 0 });
    expect(empty.overview.plans.every((p) => p.updatedAt === null)).toBe(true);

    await call('loadAnswers', { lessonId: 'how-stress-works' });
    await call('saveAnswer', {
      lessonId: 'my-recovery-plan-and-safety-plan',
      exerciseId: 'safety-plan',
      value: { warningSigns: 'I stop answering my phone' },
    });
    await call('saveCheckIn', { date: today, mood: 6 });
    const earlier = addDays(today, -40);
    await call('saveCheckIn', { date: earlier, mood: 3 });

    const { overview } = await call('getProgress', {});
    expect(overview.lessons.map((l) => l.lessonId).sort()).toEqual([
      'how-stress-works',
      'my-recovery-plan-and-safety-plan',
    ]);
    expect(overview.lessonsOpened).toBe(2);
    expect(overview.worksheetsAnswered).toBe(1);
    expect(overview.lessonsCompleted).toBe(0);
    const safety = overview.plans.find((p) => p.id === 'safety-plan');
    expect(safety).toMatchObject({ lessonId: 'my-recovery-plan-and-safety-plan' });
    expect(safety?.updatedAt).not.toBeNull();
    expect(overview.plans.find((p) => p.id === 'coping-card')?.updatedAt).toBeNull();
    expect(overview.checkInsThisWeek).toBe(1);
    expect(overview.checkInsThisMonth).toBe(1);
    expect(weekStart(today) <= today).toBe(true);
  });
});

describe('the care-team summary', () => {
  const from = addDays(today, -30);
  const phqDay = addDays(today, -20);
  const gadDay = addDays(today, -10);

  beforeEach(async () => {
    for (let i = 30; i >= 0; i -= 1) {
      await call('saveCheckIn', { date: addDays(today, -i), craving: i >= 28 ? 7 : i === 0 ? 3 : 5, mood: 5 });
    }
    await call('saveSelfCheck', { instrumentId: 'phq-9', date: phqDay, answers: phqAnswers(2, { 'phq9-9': 1 }) });
    await call('saveSelfCheck', {
      instrumentId: 'gad-7',
      date: gadDay,
      answers: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`gad7-${i}`, 1])),
    });
    await call('saveAnswer', {
      lessonId: 'my-recovery-plan-and-safety-plan',
      exerciseId: 'safety-plan',
      value: { warningSigns: 'I stop answering my phone' },
    });
  });

  it('holds the chosen parts with scores, dates and bands, the clinic name and the confidentiality notice', async () => {
    const outcome = await call('exportCareSummary', {
      from,
      to: today,
      include: ['checkIns', 'selfChecks', 'safetyMarks', 'plans'],
      paper: 'letter',
    });
    expect(outcome).toEqual({ status: 'saved', path: join(work, `care-team-summary-${from}-to-${today}.pdf`) });
    expect(text()).toContain('Summary for my care team');
    expect(html()).toContain('Riverside IOP');
    expect(html()).toContain('Confidential: this page holds personal health information.');
    expect(text()).toContain('Craving went from 7 to 3 over the last 4 weeks.');
    // PHQ-9: every item 2 and item 9 at 1 is 17, "many signs"; GAD-7 all 1 is 7, "some signs".
    expect(text()).toMatch(/Mood check \(PHQ-9\).*17 of 27.*Many signs of low mood/);
    expect(text()).toMatch(/Worry and anxiety check \(GAD-7\).*7 of 21.*Some signs of worry and anxiety/);
    expect(text()).toContain('Thoughts of being better off dead or of self-harm were reported.');
    expect(text()).toContain('I stop answering my phone');
    // The print document runs no script: it holds none.
    expect(html()).not.toMatch(/<script/i);
  });

  it('leaves out every part that was not chosen', async () => {
    await call('exportCareSummary', { from, to: today, include: ['selfChecks'], paper: 'a4' });
    expect(text()).toContain('17 of 27');
    expect(text()).not.toContain('Check-in trends');
    expect(text()).not.toContain('Craving went');
    expect(text()).not.toContain('Thoughts of being better off dead');
    expect(text()).not.toContain('I stop answering my phone');
    expect(text()).not.toContain('Lessons completed');
  });

  it('keeps to the dates chosen', async () => {
    await call('exportCareSummary', { from: addDays(today, -15), to: today, include: ['selfChecks'], paper: 'a4' });
    expect(text()).toContain('7 of 21');
    expect(text()).not.toContain('17 of 27');
  });

  it('refuses a range that ends before it starts, in plain words', async () => {
    await expect(
      call('exportCareSummary', { from: today, to: from, include: ['checkIns'], paper: 'letter' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(rendered).toEqual([]);
  });
});
