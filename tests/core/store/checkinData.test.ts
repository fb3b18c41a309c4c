import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * checkinData.ts is imported inside each test, never at the top of this file: its
 * file kinds are checked when the module loads (defineStoredFile), and a kind that
 * fails that check should fail a test here, not stop this file from loading.
 * Nothing else imported here reaches checkinData.ts.
 */
const load = () => import('../../../core/store/checkinData');

describe('the kinds of check-in file', () => {
  it('are the month, year and activity files, each at version 1 with no upgrade steps yet', async () => {
    const { activityType, checkInMonthType, selfCheckYearType } = await load();
    expect([checkInMonthType, selfCheckYearType, activityType]).toEqual([
      expect.objectContaining({ name: 'checkin-month', version: 1, oldest: 1, steps: [] }),
      expect.objectContaining({ name: 'selfcheck-year', version: 1, oldest: 1, steps: [] }),
      expect.objectContaining({ name: 'activity', version: 1, oldest: 1, steps: [] }),
    ]);
  });

  it('each check the data they hold against their own schema', async () => {
    const data = await load();
    expect(data.checkInMonthType.schema.safeParse(data.emptyMonth('2026-03')).success).toBe(true);
    expect(data.selfCheckYearType.schema.safeParse(data.emptyYear('2026')).success).toBe(true);
    expect(data.activityType.schema.safeParse(data.emptyActivity()).success).toBe(true);
    expect(data.checkInMonthType.schema.safeParse(data.emptyYear('2026')).success).toBe(false);
  });
});

describe('where check-in files live in a profile folder', () => {
  const dir = join('/data', 'profiles', 'p1');

  it('keeps a month in checkins/, named for the month, with its backups in backups/checkins/<month>', async () => {
    const { checkinFiles, checkInMonthType } = await load();
    expect(checkinFiles.month(dir, '2026-03')).toEqual({
      spec: { path: join(dir, 'checkins', '2026-03.gw'), label: 'checkins:2026-03', type: checkInMonthType },
      backups: join(dir, 'backups', 'checkins', '2026-03'),
    });
  });

  it('keeps a year of self-checks in selfchecks/, with its backups in backups/selfchecks/<year>', async () => {
    const { checkinFiles, selfCheckYearType } = await load();
    expect(checkinFiles.year(dir, '2026')).toEqual({
      spec: { path: join(dir, 'selfchecks', '2026.gw'), label: 'selfchecks:2026', type: selfCheckYearType },
      backups: join(dir, 'backups', 'selfchecks', '2026'),
    });
  });

  it('keeps the activity file beside the lessons, with its backups in backups/activity', async () => {
    const { activityType, checkinFiles } = await load();
    expect(checkinFiles.activity(dir)).toEqual({
      spec: { path: join(dir, 'activity.gw'), label: 'activity', type: activityType },
      backups: join(dir, 'backups', 'activity'),
    });
  });
});

describe('the names of month and year files', () => {
  it('take the month from YYYY-MM.gw and nothing else', async () => {
    const { monthFileName } = await load();
    expect(monthFileName.exec('2026-03.gw')?.[1]).toBe('2026-03');
    for (const name of ['x2026-03.gw', '2026-03.gw.bak', '2026-03.gw.tmp-1', '2026.gw', '2026-3.gw', 'notes.txt']) {
      expect(monthFileName.exec(name), name).toBeNull();
    }
  });

  it('take the year from YYYY.gw and nothing else', async () => {
    const { yearFileName } = await load();
    expect(yearFileName.exec('2026.gw')?.[1]).toBe('2026');
    for (const name of ['x2026.gw', '12026.gw', '2026.gw.bak', '2026-03.gw', '202.gw', 'notes.txt']) {
      expect(yearFileName.exec(name), name).toBeNull();
    }
  });
});
