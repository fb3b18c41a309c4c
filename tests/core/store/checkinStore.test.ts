import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckinFiles } from '../../../core/store/checkinFiles';
import { checkDay, CheckinStore } from '../../../core/store/checkinStore';
import { sealedVersion } from '../../../core/store/envelope';
import { checkinStores, clockAt } from './checkinHelpers';
import { newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('checkins');
});
afterEach(() => removeDir(dataDir));

const profileDir = (): string => join(dataDir, 'profiles', 'default');

describe('daily check-ins', () => {
  it('saves a check-in for today, encrypted in its month file, and reads it back after a restart', async () => {
    const clock = clockAt('2026-03-14');
    const store = newStore(dataDir);
    const { checkins } = checkinStores(store, clock.now);
    const { checkIn, replaced } = await checkins.save('default', {
      date: '2026-03-14',
      mood: 6,
      craving: 2,
      stress: 4,
      sleepHours: 7.5,
      sleepQuality: 3,
      used: 'no',
      skills: ['urge-surfing', 'paced-breathing'],
      ownSkills: ['Called my sister'],
      note: 'Went to group.',
    });
    expect(replaced).toBe(false);
    expect(checkIn).toMatchObject({ date: '2026-03-14', mood: 6, sleepHours: 7.5, used: 'no' });
    await store.close();
    const bytes = await readFile(join(profileDir(), 'checkins', '2026-03.gw'));
    expect(bytes.includes(Buffer.from('Went to group'))).toBe(false);
    expect(sealedVersion(bytes)).toBe(1);
    const again = checkinStores(newStore(dataDir), clock.now);
    expect(await again.checkins.get('default', '2026-03-14')).toEqual(checkIn);
    await again.files.store.close();
  });

  it('keeps every skipped field as skipped', async () => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const { checkIn } = await checkins.save('default', { date: '2026-03-14' });
    expect(checkIn).toMatchObject({
      mood: null,
      craving: null,
      stress: null,
      sleepHours: null,
      sleepQuality: null,
      used: null,
      skills: [],
      ownSkills: [],
      note: '',
    });
    await files.store.close();
  });

  it('updates the first check-in of a day on a second save, keeping the first as an earlier version', async () => {
    const clock = clockAt('2026-03-14');
    const { checkins, files } = checkinStores(newStore(dataDir), clock.now);
    const first = await checkins.save('default', { date: '2026-03-14', mood: 3 });
    clock.set('2026-03-14', 20);
    const second = await checkins.save('default', { date: '2026-03-14', mood: 7, note: 'Better tonight' });
    expect(second.replaced).toBe(true);
    expect(second.checkIn).toMatchObject({ mood: 7, note: 'Better tonight', createdAt: first.checkIn.createdAt });
    expect(second.checkIn.updatedAt > first.checkIn.updatedAt).toBe(true);
    expect(await checkins.list('default')).toEqual([second.checkIn]);
    const versions = await checkins.history('default', '2026-03-14');
    expect(versions).toEqual([{ ...first.checkIn, replacedAt: second.checkIn.updatedAt }]);
    await files.store.close();
  });

  it('takes yesterday late, and a day across the month boundary lands in its own month file', async () => {
    const clock = clockAt('2026-04-01');
    const { checkins, files } = checkinStores(newStore(dataDir), clock.now);
    await checkins.save('default', { date: '2026-04-01', mood: 5 });
    await checkins.save('default', { date: '2026-03-31', mood: 4 });
    expect((await checkins.list('default')).map((c) => [c.date, c.mood])).toEqual([
      ['2026-03-31', 4],
      ['2026-04-01', 5],
    ]);
    expect((await checkins.list('default', '2026-04-01')).map((c) => c.date)).toEqual(['2026-04-01']);
    await files.store.close();
    expect((await readdir(join(profileDir(), 'checkins'))).sort()).toEqual(['2026-03.gw', '2026-04.gw']);
  });

  it.each([
    ['the day after tomorrow', '2026-03-16', 'future-date', /has not come yet/],
    ['next year', '2027-03-14', 'future-date', /has not come yet/],
    ['more than ten years ago', '2016-03-13', 'too-early', /more than 10 years ago/],
    ['a date that does not exist', '2026-02-30', 'not-a-date', /real date/],
  ])('refuses %s in plain words and writes nothing', async (_name, date, reason, words) => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const saving = checkins.save('default', { date, mood: 5 });
    await expect(saving).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringMatching(words) });
    if (reason !== 'not-a-date') await expect(saving).rejects.toMatchObject({ details: { reason } });
    await files.store.close();
    expect(await readdir(join(profileDir(), 'checkins')).catch(() => [])).toEqual([]);
  });

  it('takes tomorrow (a day of tolerance for time zones) and a day ten years back', async () => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    await checkins.save('default', { date: '2026-03-15', mood: 5 });
    await checkins.save('default', { date: '2016-03-14', mood: 5 });
    expect((await checkins.list('default')).map((c) => c.date)).toEqual(['2016-03-14', '2026-03-15']);
    await files.store.close();
  });

  it.each([
    ['a rating above 10', { mood: 11 }, 'mood'],
    ['a negative rating', { stress: -1 }, 'stress'],
    ['a rating that is not whole', { craving: 2.5 }, 'craving'],
    ['more than 24 hours of sleep', { sleepHours: 25 }, 'sleepHours'],
    ['sleep in odd minutes', { sleepHours: 6.2 }, 'sleepHours'],
    ['an unknown skill', { skills: ['flying'] }, 'skills'],
    ['a note of two lines', { note: 'one\ntwo' }, 'note'],
    ['an answer other than no or yes', { used: 'maybe' }, 'used'],
  ])('refuses %s with the field named, and keeps what was saved', async (_name, fields, field) => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const kept = await checkins.save('default', { date: '2026-03-14', mood: 5, stress: 5 });
    const bad = { date: '2026-03-14', ...fields } as Parameters<typeof checkins.save>[1];
    await expect(checkins.save('default', bad)).rejects.toMatchObject({
      code: 'invalid-request',
      // Plain words from the i18n strings, never zod's own ("Too big: expected …").
      message: expect.not.stringMatching(/expected/i),
      details: {
        reason: 'invalid-fields',
        issues: expect.arrayContaining([expect.objectContaining({ path: expect.arrayContaining([field]) })]),
      },
    });
    expect(await checkins.get('default', '2026-03-14')).toEqual(kept.checkIn);
    await files.store.close();
  });

  it('keeps the ten latest earlier versions of a day, newest first, and none for a save that changes nothing', async () => {
    const clock = clockAt('2026-03-14');
    const { checkins, files } = checkinStores(newStore(dataDir), clock.now);
    await checkins.save('default', { date: '2026-03-13', mood: 1 });
    await checkins.save('default', { date: '2026-03-13', mood: 2 });
    for (let i = 0; i <= 11; i += 1) {
      clock.set('2026-03-14', i);
      await checkins.save('default', { date: '2026-03-14', note: `v${i}` });
    }
    // The same answers again: nothing new to keep.
    clock.set('2026-03-14', 20);
    await checkins.save('default', { date: '2026-03-14', note: 'v11' });
    // Eleven versions were replaced: the oldest (v0) made way for the ten after it.
    const versions = await checkins.history('default', '2026-03-14');
    expect(versions.map((v) => v.note)).toEqual(['v10', 'v9', 'v8', 'v7', 'v6', 'v5', 'v4', 'v3', 'v2', 'v1']);
    // Another day's check-in keeps its own place.
    expect((await checkins.get('default', '2026-03-13'))?.mood).toBe(2);
    expect((await checkins.history('default', '2026-03-13')).map((v) => v.mood)).toEqual([1]);
    await files.store.close();
  });

  it('lists the days of a range, both ends included, across months, oldest first within a month', async () => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-04-20').now);
    for (const date of ['2026-04-02', '2026-03-30', '2026-02-10', '2026-03-01', '2026-04-10'])
      await checkins.save('default', { date, mood: 5 });
    const dates = async (from?: string, to?: string): Promise<string[]> =>
      (await checkins.list('default', from, to)).map((c) => c.date);
    expect(await dates()).toEqual(['2026-02-10', '2026-03-01', '2026-03-30', '2026-04-02', '2026-04-10']);
    expect(await dates('2026-03-01', '2026-04-02')).toEqual(['2026-03-01', '2026-03-30', '2026-04-02']);
    expect(await dates(undefined, '2026-03-15')).toEqual(['2026-02-10', '2026-03-01']);
    expect(await dates('2026-03-02', '2026-03-29')).toEqual([]);
    await files.store.close();
  });

  it.each([
    ['a day of the wrong form', (c: CheckinStoreLike) => c.get('default', '2026-3-14')],
    ['an impossible day', (c: CheckinStoreLike) => c.history('default', '2026-02-30')],
    ['a path', (c: CheckinStoreLike) => c.list('default', '../../x')],
    ['an impossible end', (c: CheckinStoreLike) => c.list('default', undefined, '2026-13-01')],
  ])('refuses to read with %s, naming the field', async (_name, read) => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    await expect(read(checkins)).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'Give the day as a real date, written YYYY-MM-DD.',
      details: { reason: 'invalid-fields' },
    });
    await files.store.close();
  });
});

describe('reading and refusing single days', () => {
  it('gives no check-in for a day without one, even when its month has others', async () => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    await checkins.save('default', { date: '2026-03-14', mood: 5 });
    expect(await checkins.get('default', '2026-03-13')).toBeNull();
    expect(await checkins.get('default', '2026-02-13')).toBeNull();
    await files.store.close();
  });

  it('refuses fields the form does not have, such as a profile id inside the check-in', async () => {
    const { checkins, files } = checkinStores(newStore(dataDir), clockAt('2026-03-14').now);
    const withProfile = { date: '2026-03-14', mood: 5, profileId: 'someone-else' } as Parameters<
      typeof checkins.save
    >[1];
    await expect(checkins.save('default', withProfile)).rejects.toMatchObject({
      code: 'invalid-request',
      details: { reason: 'invalid-fields' },
    });
    expect(await checkins.list('default')).toEqual([]);
    await files.store.close();
  });
});

describe('the default clock', () => {
  it("dates a check-in by the computer's clock when given none", async () => {
    const store = newStore(dataDir);
    const checkins = new CheckinStore(new CheckinFiles(store));
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const { checkIn } = await checkins.save('default', { date: today, mood: 5 });
    expect(Date.parse(checkIn.createdAt)).toBeGreaterThanOrEqual(now.getTime() - 1_000);
    await store.close();
  });
});

type CheckinStoreLike = ReturnType<typeof checkinStores>['checkins'];

describe('checking a day against the clock', () => {
  const now = new Date(2026, 2, 14, 12);
  it.each([
    ['2026-02-30', 'not-a-date', '2026-02-30 is not a real date.'],
    [
      '2026-03-16',
      'future-date',
      '2026-03-16 has not come yet, so it cannot have a check-in. Choose today or an earlier day.',
    ],
    ['2016-03-13', 'too-early', '2016-03-13 is more than 10 years ago. Choose a more recent day.'],
  ])('refuses %s as %s, in these words', (date, reason, message) => {
    expect(() => checkDay(date, now)).toThrow(
      expect.objectContaining({ code: 'invalid-request', message, details: { reason } }),
    );
  });

  it('takes today, tomorrow and the day ten years back', () => {
    for (const date of ['2026-03-14', '2026-03-15', '2016-03-14']) expect(() => checkDay(date, now)).not.toThrow();
  });
});
