import { mkdtemp, rm } from 'node:fs/promises';
import type { ErrorDetails } from '../../../common/errorDetails';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Method } from '../../../common/api';
import { addDays, localDay } from '../../../common/checkinDates';
import { Clinic } from '../../../core/clinic/clinic';
import { clinicConfigSchema, type ClinicSettingsFile } from '../../../core/clinic/clinicSchema';
import { createService, type Service } from '../../../core/service';
import { phqAnswers } from '../store/checkinHelpers';
import { testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');
let cacheDir: string;
let work: string;
let service: Service;

function start(settings: ClinicSettingsFile = {}): Service {
  return createService({
    dataDir: join(work, 'data'),
    cacheDir,
    lessonRoots: [{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }],
    resourcesDir: join(root, 'resources'),
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      print: async () => ({ status: 'cancelled' }),
    },
    clinic: new Clinic({ settings, origin: {}, logo: null, sources: [], locations: [], problems: [] }),
    store: { kdf: testKdf, defaultProfile: true },
  });
}

// Compiled lessons are shared by the tests in this file; each test has its own data.
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'groundwork-checkin-cache-'));
});
afterAll(() => rm(cacheDir, { recursive: true, force: true }));
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-checkin-api-'));
  service = start();
});
afterEach(async () => {
  await service.store.close();
  await rm(work, { recursive: true, force: true });
});

/** Calls a method through the validating dispatcher, as the renderer's requests arrive. */
async function call(method: Method, payload: unknown): Promise<unknown> {
  const result = await service.dispatch(method, payload);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value;
}

const today = localDay(new Date());

describe('the check-in API', () => {
  it.each([
    ['a rating above 10', { date: today, mood: 11 }, 'mood', /whole number from 0 to 10/],
    ['an unknown skill', { date: today, skills: ['flying'] }, 'skills', /not in Groundwork’s list/],
    ['a date that is not one', { date: '14/03/2026' }, 'date', /YYYY-MM-DD/],
    ['a field it does not know', { date: today, mood: 5, weight: 80 }, '', /./],
  ])('refuses %s, naming the field in plain words', async (_name, payload, field, words) => {
    const result = await service.dispatch('saveCheckIn', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (result.ok) return;
    const details = result.error.details as ErrorDetails<'invalid-request'>;
    const issues = details.reason === 'invalid-fields' ? details.issues : [];
    expect(issues.some((d) => d.path[0] === (field || undefined) && words.test(d.message))).toBe(true);
    expect(await call('listCheckIns', {})).toEqual({ checkIns: [] });
  });

  it('refuses a day in the future, with a reason the screen can act on', async () => {
    await expect(call('saveCheckIn', { date: addDays(today, 3), mood: 5 })).rejects.toMatchObject({
      code: 'invalid-request',
      details: { reason: 'future-date' },
    });
  });

  it('saves, updates and lists a day, and refuses a save meant for another profile', async () => {
    const { profileId } = (await call('getCheckIn', { date: today })) as { profileId: string };
    await call('saveCheckIn', { date: today, mood: 4, profileId });
    const updated = (await call('saveCheckIn', { date: today, mood: 7, profileId })) as { replaced: boolean };
    expect(updated.replaced).toBe(true);
    expect(await call('getCheckIn', { date: today })).toMatchObject({ checkIn: { mood: 7 } });
    expect((await call('getCheckInHistory', { date: today })) as unknown).toMatchObject({ versions: [{ mood: 4 }] });
    await expect(call('saveCheckIn', { date: today, mood: 1, profileId: 'someone-else' })).rejects.toMatchObject({
      code: 'forbidden',
      details: { reason: 'profile-changed' },
    });
    expect(await call('listCheckIns', { from: today, to: today })).toMatchObject({ checkIns: [{ mood: 7 }] });
  });

  it('reads check-ins and self-check results of a range in one call, and nothing outside it', async () => {
    const days = [40, 20, 10, 0].map((back) => addDays(today, -back));
    for (const [i, date] of days.entries()) await call('saveCheckIn', { date, mood: i + 1 });
    await call('saveSelfCheck', { instrumentId: 'phq-9', date: days[0], answers: phqAnswers(1) });
    await call('saveSelfCheck', { instrumentId: 'gad-7', date: days[2], answers: { 'gad7-1': 2 } });
    const range = (await call('getCheckinRange', { from: days[1], to: today })) as {
      checkIns: { date: string; mood: number }[];
      selfChecks: { instrumentId: string; status: string }[];
    };
    expect(range.checkIns.map((c) => [c.date, c.mood])).toEqual([
      [days[1], 2],
      [days[2], 3],
      [days[3], 4],
    ]);
    expect(range.selfChecks).toEqual([expect.objectContaining({ instrumentId: 'gad-7', status: 'incomplete' })]);
    await expect(call('getCheckinRange', { from: 'last week' })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('offers the skills of lessons the person opened, and links to the lapse and plan lessons', async () => {
    expect(await call('getCheckInChoices', {})).toMatchObject({ lessonSkills: [] });
    await call('loadAnswers', { lessonId: 'cravings-and-urge-surfing' });
    const choices = await call('getCheckInChoices', {});
    expect(choices).toEqual({
      lessonSkills: [
        { skillId: 'urge-surfing', lessonIds: ['cravings-and-urge-surfing'] },
        { skillId: 'play-the-tape-forward', lessonIds: ['cravings-and-urge-surfing'] },
      ],
      ownSkills: [],
      lapseLesson: { id: 'a-lapse-is-not-a-relapse', title: 'A Lapse Is Not a Relapse' },
      planLesson: { id: 'my-recovery-plan-and-safety-plan', title: 'My Recovery Plan and My Safety Plan' },
    });
    expect(await call('getLessonActivity', {})).toMatchObject({
      lessons: [{ lessonId: 'cravings-and-urge-surfing', opens: 1 }],
    });
  });

  it('gives the person’s own plans, and none while they are empty', async () => {
    const lessonId = 'my-recovery-plan-and-safety-plan';
    await call('saveAnswer', { lessonId, exerciseId: 'safety-plan', value: { warningSigns: '  ' } });
    expect(await call('getMyPlans', {})).toMatchObject({ recoveryPlan: null, safetyPlan: null });
    const safety = { ownCoping: 'Walk to the park', helpers: [{ id: 'a1', name: 'Sam', phone: '555 0101' }] };
    await call('saveAnswer', { lessonId, exerciseId: 'safety-plan', value: safety });
    await call('saveAnswer', {
      lessonId,
      exerciseId: 'recovery-plan',
      value: { lapsePlan: 'Call Sam, go to a meeting' },
    });
    expect(await call('getMyPlans', {})).toEqual({
      lesson: { id: lessonId, title: 'My Recovery Plan and My Safety Plan' },
      recoveryPlan: { lapsePlan: 'Call Sam, go to a meeting' },
      safetyPlan: safety,
    });
  });
});

describe('the self-check API', () => {
  it('offers every built-in self-check every 14 days by default, due until done', async () => {
    const before = (await call('getSelfCheckStatus', {})) as { offered: unknown[] };
    expect(before.offered).toEqual(
      ['phq-9', 'gad-7', 'craving-check'].map((instrumentId) =>
        expect.objectContaining({ instrumentId, intervalDays: 14, due: true, dueOn: null, lastResult: null }),
      ),
    );
    await call('saveSelfCheck', { instrumentId: 'phq-9', date: today, answers: phqAnswers(0) });
    const after = (await call('getSelfCheckStatus', {})) as { offered: { due: boolean; dueOn: string | null }[] };
    expect(after.offered[0]).toMatchObject({ due: false, dueOn: addDays(today, 14), lastResult: { total: 0 } });
  });

  it('offers what the clinic chose, how often it chose, and takes no other', async () => {
    await service.store.close();
    service = start({ selfChecks: [{ id: 'gad-7', intervalDays: 7 }] });
    expect(await call('getSelfCheckStatus', {})).toMatchObject({
      offered: [{ instrumentId: 'gad-7', intervalDays: 7, due: true }],
    });
    await expect(
      call('saveSelfCheck', { instrumentId: 'phq-9', date: today, answers: phqAnswers(0) }),
    ).rejects.toMatchObject({ code: 'not-found', details: { reason: 'not-offered' } });
  });

  it('refuses answers that do not fit, and a request too large to be a form', async () => {
    await expect(
      call('saveSelfCheck', { instrumentId: 'phq-9', date: today, answers: { 'phq9-1': 9 } }),
    ).rejects.toMatchObject({ code: 'invalid-request', details: { reason: 'answers-do-not-fit' } });
    const huge = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`item-${i}`, 0]));
    await expect(call('saveSelfCheck', { instrumentId: 'phq-9', date: today, answers: huge })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('clinic.json selfChecks', () => {
  it('names the self-checks Groundwork has when an id is not one of them, and refuses one listed twice', () => {
    const unknown = clinicConfigSchema.safeParse({ schemaVersion: 1, selfChecks: [{ id: 'beck-depression' }] });
    expect(unknown.error?.issues[0]?.message).toMatch(/"phq-9", "gad-7", "craving-check"/);
    const twice = clinicConfigSchema.safeParse({ schemaVersion: 1, selfChecks: [{ id: 'gad-7' }, { id: 'gad-7' }] });
    expect(twice.error?.issues[0]?.message).toBe('list each self-check once');
    expect(clinicConfigSchema.safeParse({ schemaVersion: 1, selfChecks: [] }).success).toBe(true);
  });
});
