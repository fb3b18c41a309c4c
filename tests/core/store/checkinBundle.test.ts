import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  collectCheckinParts,
  upgradeCheckinParts,
  writeCheckinParts,
  type CheckinBundleParts,
} from '../../../core/store/checkinBundle';
import type { Activity, CheckInMonth, CheckInRecord, SelfCheckYear } from '../../../core/store/checkinData';
import { openMonth, openYear } from '../../../core/store/checkinFiles';
import { unseal, newDataKey } from '../../../core/store/envelope';
import { noteLessonOpened, noteOwnSkills } from '../../../core/store/lessonActivity';
import { upgradeStored, type StoredFileType } from '../../../core/store/upgrade';
import { checkIn as storedCheckIn } from '../../common/progress/progressFixtures';
import { checkinStores } from './checkinHelpers';
import { allFiles, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('checkin-bundle');
});
afterEach(() => removeDir(dataDir));

const checkIn = (date: string, mood: number): CheckInRecord =>
  storedCheckIn(date, { mood, createdAt: `${date}T12:00:00.000Z`, updatedAt: `${date}T12:00:00.000Z` });

const month: CheckInMonth = {
  schemaVersion: 1,
  month: '2026-03',
  checkIns: [checkIn('2026-03-14', 6)],
  replaced: [{ ...checkIn('2026-03-14', 5), replacedAt: '2026-03-14T13:00:00.000Z' }],
};

const year: SelfCheckYear = {
  schemaVersion: 1,
  year: '2026',
  results: [
    {
      id: '2026-03-14-0a1b2c3d',
      instrumentId: 'phq-9',
      instrumentVersion: 1,
      date: '2026-03-14',
      startedAt: '2026-03-14T12:00:00.000Z',
      updatedAt: '2026-03-14T12:00:00.000Z',
      answers: { 'phq9-1': 0 },
      status: 'incomplete',
      total: null,
      bandId: null,
      missingItemIds: ['phq9-2'],
      flags: [],
      flagsSeen: [],
    },
  ],
  replaced: [],
};

const activity: Activity = {
  schemaVersion: 1,
  lessons: [
    {
      lessonId: 'warning-signs',
      firstOpenedAt: '2026-03-01T10:00:00.000Z',
      lastOpenedAt: '2026-03-01T10:00:00.000Z',
      opens: 1,
    },
  ],
  ownSkills: [{ text: 'Walked the dog', lastUsedOn: '2026-03-14' }],
};

describe('collecting check-ins for a portable backup', () => {
  it('leaves out months and years that hold nothing, and the activity when there is none', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    // Opened (so listed) but never written to.
    await openMonth(session, '2026-02');
    await openYear(session, '2025');
    expect(await collectCheckinParts(session)).toEqual({ checkIns: [], selfChecks: [], activity: null });
    await store.close();
  });

  it('carries the months and years that hold something', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    const march = await openMonth(session, '2026-03');
    march.data = structuredClone(month);
    await session.persist(march);
    await openMonth(session, '2026-01');
    const thisYear = await openYear(session, '2026');
    thisYear.data = structuredClone(year);
    await session.persist(thisYear);
    await openYear(session, '2025');
    expect(await collectCheckinParts(session)).toEqual({ checkIns: [month], selfChecks: [year], activity: null });
    await store.close();
  });

  it('carries a month whose only check-ins are earlier versions', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    const march = await openMonth(session, '2026-03');
    march.data = { ...structuredClone(month), checkIns: [] };
    await session.persist(march);
    expect((await collectCheckinParts(session)).checkIns).toEqual([{ ...month, checkIns: [] }]);
    await store.close();
  });

  it.each([
    ['only lessons opened', ['warning-signs'], []],
    ['only skills in the person’s own words', [], ['Walked the dog']],
  ])('carries activity that holds %s', async (_name, lessons, skills) => {
    const store = newStore(dataDir);
    const { files } = checkinStores(store, () => new Date());
    for (const lessonId of lessons) await noteLessonOpened(files, 'default', lessonId);
    if (skills.length > 0) await noteOwnSkills(files, 'default', skills, '2026-03-14');
    const parts = await collectCheckinParts(await store.session('default'));
    expect(parts.activity?.lessons.map((l) => l.lessonId)).toEqual(lessons);
    expect(parts.activity?.ownSkills.map((s) => s.text)).toEqual(skills);
    await store.close();
  });
});

describe('opening the check-ins of a portable backup', () => {
  /** Upgrades as openBundle does, noting which kind of file each part was read as. */
  function upgradedAs(kinds: string[]) {
    return <T>(type: StoredFileType<T>, json: unknown) => {
      kinds.push(type.name);
      return upgradeStored(type, json);
    };
  }

  it('reads each month, year and the activity as its own kind of file', () => {
    const kinds: string[] = [];
    const stored = { checkIns: [month], selfChecks: [year], activity };
    expect(upgradeCheckinParts(structuredClone(stored), upgradedAs(kinds))).toEqual(stored);
    expect(kinds).toEqual(['checkin-month', 'selfcheck-year', 'activity']);
  });

  it('keeps no activity as none', () => {
    const kinds: string[] = [];
    expect(upgradeCheckinParts({ checkIns: [], selfChecks: [], activity: null }, upgradedAs(kinds))).toEqual({
      checkIns: [],
      selfChecks: [],
      activity: null,
    });
    expect(kinds).toEqual([]);
  });
});

describe('writing the check-ins of a portable backup into a profile', () => {
  const parts: CheckinBundleParts = { checkIns: [month], selfChecks: [year], activity };

  it('writes each file where the profile reads it, sealed under its own name with the profile’s key', async () => {
    const key = newDataKey();
    await writeCheckinParts(dataDir, key, parts);
    const opened = async (file: string, label: string): Promise<unknown> =>
      JSON.parse(unseal(key, label, await readFile(join(dataDir, file)), 1).toString('utf8'));
    expect(await opened(join('checkins', '2026-03.gw'), 'checkins:2026-03')).toEqual(month);
    expect(await opened(join('selfchecks', '2026.gw'), 'selfchecks:2026')).toEqual(year);
    expect(await opened('activity.gw', 'activity')).toEqual(activity);
    // A file put in another's place fails its safety check.
    await expect(opened(join('checkins', '2026-03.gw'), 'checkins:2026-04')).rejects.toMatchObject({
      problem: 'authentication',
    });
  });

  it('writes no activity file when the backup carries none', async () => {
    await writeCheckinParts(dataDir, newDataKey(), { ...parts, activity: null });
    expect((await allFiles(dataDir)).sort()).toEqual([join('checkins', '2026-03.gw'), join('selfchecks', '2026.gw')]);
  });
});
