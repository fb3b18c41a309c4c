import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckinFiles, openYear } from '../../../core/store/checkinFiles';
import { SelfCheckStore } from '../../../core/store/selfCheckStore';
import { checkinStores, clockAt, phqAnswers } from './checkinHelpers';
import { newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('selfchecks');
});
afterEach(() => removeDir(dataDir));

describe('self-check results', () => {
  it('scores a complete PHQ-9 with its band and instrument version, and reads it back after a restart', async () => {
    const clock = clockAt('2026-03-14');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const result = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-14',
      answers: phqAnswers(1, { 'phq9-9': 0 }),
    });
    expect(result).toMatchObject({
      instrumentId: 'phq-9',
      instrumentVersion: 1,
      status: 'complete',
      total: 8,
      bandId: 'mild',
      missingItemIds: [],
      flags: [],
      flagsSeen: [],
    });
    expect(result.id).toMatch(/^2026-03-14-[a-f0-9]{8}$/);
    // Every item is stored, an unanswered one as null.
    expect(result.answers['phq9-difficulty']).toBeNull();
    await files.store.close();
    const again = checkinStores(newStore(dataDir), clock.now);
    expect(await again.selfChecks.list('default')).toEqual([result]);
    await again.files.store.close();
    expect(await readdir(join(dataDir, 'profiles', 'default', 'selfchecks'))).toEqual(['2026.gw']);
  });

  it('saves a form with missing items as incomplete, with no total and no band', async () => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const result = await selfChecks.save('default', {
      instrumentId: 'gad-7',
      date: '2026-03-14',
      answers: { 'gad7-1': 2, 'gad7-2': 3 },
    });
    expect(result).toMatchObject({ status: 'incomplete', total: null, bandId: null });
    expect(result.missingItemIds).toEqual(['gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7']);
    expect(await selfChecks.list('default', { instrumentId: 'gad-7' })).toEqual([result]);
    await files.store.close();
  });

  it('stores the safety flag with the result when PHQ-9 item 9 is above 0, even on a half-filled form', async () => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const draft = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-14',
      answers: { 'phq9-9': 1 },
    });
    expect(draft).toMatchObject({ status: 'incomplete', flags: ['safety'], flagsSeen: ['safety'] });
    // Finished later, with item 9 changed to 0: the saved answers no longer raise it, but it was seen.
    const done = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-14',
      resultId: draft.id,
      answers: phqAnswers(0),
    });
    expect(done).toMatchObject({ id: draft.id, status: 'complete', total: 0, flags: [], flagsSeen: ['safety'] });
    expect(done.startedAt).toBe(draft.startedAt);
    expect(await selfChecks.list('default')).toEqual([done]);
    await files.store.close();
  });

  it.each([
    ['an answer out of range', { 'phq9-1': 4 }, 'value-out-of-range'],
    ['an item the form does not have', { 'gad7-1': 1 }, 'unknown-item'],
    ['a value that is not whole', { 'phq9-1': 1.5 }, 'invalid-value'],
  ])('refuses %s, saying which, and saves nothing', async (_name, answers, kind) => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    await expect(
      selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers }),
    ).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/do not fit the questions of Mood check \(PHQ-9\)/),
      details: { reason: 'answers-do-not-fit', problems: [expect.objectContaining({ kind })] },
    });
    expect(await selfChecks.list('default')).toEqual([]);
    await files.store.close();
  });

  it('refuses an unknown instrument, a future day, an unknown result and another instrument’s result', async () => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const base = { instrumentId: 'phq-9', date: '2026-03-14', answers: phqAnswers(0) };
    await expect(selfChecks.save('default', { ...base, instrumentId: 'beck' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(selfChecks.save('default', { ...base, date: '2026-03-20' })).rejects.toMatchObject({
      details: { reason: 'future-date' },
    });
    await expect(selfChecks.save('default', { ...base, resultId: '2026-03-14-00000000' })).rejects.toMatchObject({
      code: 'not-found',
    });
    const phq = await selfChecks.save('default', base);
    await expect(
      selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-14', answers: {}, resultId: phq.id }),
    ).rejects.toMatchObject({ details: { reason: 'other-instrument' } });
    expect(await selfChecks.list('default')).toEqual([phq]);
    await files.store.close();
  });

  it('finds the newest and the newest complete result of each instrument across years', async () => {
    const clock = clockAt('2025-12-30');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const old = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2025-12-30', answers: phqAnswers(0) });
    clock.set('2026-01-10');
    const half = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-01-10', answers: {} });
    const { newest, completed } = await selfChecks.latest('default', ['phq-9', 'gad-7']);
    expect(newest.get('phq-9')).toEqual(half);
    expect(completed.get('phq-9')).toEqual(old);
    expect(newest.has('gad-7')).toBe(false);
    expect(await selfChecks.list('default', { from: '2026-01-01' })).toEqual([half]);
    await files.store.close();
  });

  it('finds a result dated late in one year but finished after results of the next as the newest', async () => {
    const clock = clockAt('2025-12-31');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const started = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2025-12-31', answers: {} });
    clock.set('2026-01-02');
    await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-01-02', answers: phqAnswers(0) });
    // Back to the one begun on New Year's Eve, finished days later: the last saved, so the newest.
    clock.set('2026-01-05');
    const finished = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2025-12-31',
      resultId: started.id,
      answers: phqAnswers(1),
    });
    const { newest, completed } = await selfChecks.latest('default', ['phq-9']);
    expect(newest.get('phq-9')).toEqual(finished);
    expect(completed.get('phq-9')).toEqual(finished);
    await files.store.close();
  });

  it('says in plain words why a save was refused', async () => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const base = { instrumentId: 'phq-9', date: '2026-03-14', answers: phqAnswers(0) };
    await expect(selfChecks.save('default', { ...base, instrumentId: 'beck' })).rejects.toMatchObject({
      message: 'There is no self-check called “beck”.',
    });
    await expect(selfChecks.save('default', { ...base, answers: { 'phq9-1': 9 } })).rejects.toMatchObject({
      message: 'Some answers do not fit the questions of Mood check (PHQ-9), so nothing was saved.',
    });
    await expect(selfChecks.save('default', { ...base, resultId: '2026-03-14-00000000' })).rejects.toMatchObject({
      message: 'That self-check result could not be found.',
    });
    const phq = await selfChecks.save('default', base);
    await expect(
      selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-14', answers: {}, resultId: phq.id }),
    ).rejects.toMatchObject({ code: 'invalid-request', message: 'That result belongs to another self-check.' });
    // A result id that does not start with a day names no file.
    await expect(selfChecks.save('default', { ...base, resultId: '../../x' })).rejects.toMatchObject({
      code: 'invalid-request',
      details: { reason: 'invalid-fields' },
    });
    await files.store.close();
  });

  it('finds a result from last year when it is finished this year, and keeps its day', async () => {
    const clock = clockAt('2025-12-31');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const draft = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2025-12-31', answers: {} });
    clock.set('2026-01-02');
    const done = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-01-02',
      resultId: draft.id,
      answers: phqAnswers(0),
    });
    expect(done).toMatchObject({ id: draft.id, date: '2025-12-31', status: 'complete' });
    expect(await selfChecks.list('default')).toEqual([done]);
    await files.store.close();
    expect(await readdir(join(dataDir, 'profiles', 'default', 'selfchecks'))).toEqual(['2025.gw']);
  });

  it('keeps the ten latest earlier versions of a result, and only its own', async () => {
    const clock = clockAt('2026-03-14');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const other = await selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-14', answers: {} });
    await selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-14', answers: {}, resultId: other.id });
    const first = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers: {} });
    for (let i = 0; i <= 10; i += 1) {
      clock.set('2026-03-14', i);
      await selfChecks.save('default', {
        instrumentId: 'phq-9',
        date: '2026-03-14',
        resultId: first.id,
        answers: { 'phq9-1': i % 4 },
      });
    }
    const year = await openYear(await files.session('default'), '2026');
    const kept = year.data.replaced.filter((r) => r.id === first.id);
    // Eleven versions were replaced (the first save and ten updates): the oldest made way.
    expect(kept).toHaveLength(10);
    expect(kept.map((r) => r.answers['phq9-1'])).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0, 1]);
    expect(year.data.replaced.filter((r) => r.id === other.id)).toHaveLength(1);
    await files.store.close();
  });

  it('lists results of a range, both ends included, by day and then by when they were started', async () => {
    const clock = clockAt('2026-03-14');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const save = (date: string, instrumentId = 'phq-9') =>
      selfChecks.save('default', { instrumentId, date, answers: {} });
    clock.set('2026-03-14', 9);
    const late = await save('2026-03-14');
    clock.set('2026-03-14', 8);
    const early = await save('2026-03-14', 'gad-7');
    const before = await save('2025-06-01');
    const after = await save('2026-03-15');
    const ids = async (filter: Parameters<typeof selfChecks.list>[1]) =>
      (await selfChecks.list('default', filter)).map((r) => r.id);
    expect(await ids({})).toEqual([before.id, early.id, late.id, after.id]);
    expect(await ids({ from: '2026-03-14', to: '2026-03-14' })).toEqual([early.id, late.id]);
    expect(await ids({ to: '2025-12-31' })).toEqual([before.id]);
    expect(await ids({ instrumentId: 'phq-9', from: '2025-06-02' })).toEqual([late.id, after.id]);
    await expect(ids({ to: '2026-02-30' })).rejects.toMatchObject({ details: { reason: 'invalid-fields' } });
    await expect(ids({ from: '2025' })).rejects.toMatchObject({ details: { reason: 'invalid-fields' } });
    await files.store.close();
  });

  it('takes as newest the result saved last, not the one listed last', async () => {
    const clock = clockAt('2026-03-10');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    const first = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-10',
      answers: phqAnswers(0),
    });
    clock.set('2026-03-11');
    await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-11', answers: phqAnswers(1) });
    clock.set('2026-03-12');
    const updated = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-12',
      resultId: first.id,
      answers: phqAnswers(2),
    });
    const { newest, completed } = await selfChecks.latest('default', ['phq-9']);
    expect(newest.get('phq-9')).toEqual(updated);
    expect(completed.get('phq-9')).toEqual(updated);
    await files.store.close();
  });

  it('adds a new result beside earlier ones of the day, never over them', async () => {
    const { selfChecks, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const first = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers: {} });
    const second = await selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-14', answers: {} });
    const third = await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers: {} });
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
    expect((await selfChecks.list('default')).map((r) => r.id).sort()).toEqual([first.id, second.id, third.id].sort());
    await files.store.close();
  });

  it('finds the newest of one year by when it was saved, and only the instruments asked for', async () => {
    const clock = clockAt('2025-05-01');
    const { selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    await selfChecks.save('default', { instrumentId: 'phq-9', date: '2025-05-01', answers: phqAnswers(0) });
    clock.set('2026-03-10');
    await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-10', answers: phqAnswers(0) });
    clock.set('2026-03-11');
    const latest = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-11',
      answers: phqAnswers(1),
    });
    await selfChecks.save('default', { instrumentId: 'gad-7', date: '2026-03-11', answers: {} });
    const { newest, completed } = await selfChecks.latest('default', ['phq-9']);
    expect(newest.get('phq-9')).toEqual(latest);
    expect(completed.get('phq-9')).toEqual(latest);
    expect([...newest.keys(), ...completed.keys()]).toEqual(['phq-9', 'phq-9']);
    await files.store.close();
  });

  it("dates a result by the computer's clock when given none", async () => {
    const store = newStore(dataDir);
    const selfChecks = new SelfCheckStore(new CheckinFiles(store));
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const result = await selfChecks.save('default', { instrumentId: 'phq-9', date: today, answers: {} });
    expect(Date.parse(result.startedAt)).toBeGreaterThanOrEqual(now.getTime() - 1_000);
    await store.close();
  });
});
