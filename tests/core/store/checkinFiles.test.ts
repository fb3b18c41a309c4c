import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectBundle, importBundle, openBundle, sealBundle } from '../../../core/profiles/portable';
import { CheckinFiles, listMonths, listYears, openMonth, openYear } from '../../../core/store/checkinFiles';
import { lessonActivity, noteLessonOpened, ownSkills } from '../../../core/store/lessonActivity';
import { checkinStores, clockAt, phqAnswers } from './checkinHelpers';
import { storedFixture } from './storedFixtures';
import { newStore, removeDir, tempDir, testKdf } from './storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('checkin-files');
});
afterEach(() => removeDir(dataDir));

const profileDir = (): string => join(dataDir, 'profiles', 'default');

describe('a damaged check-in or self-check file', () => {
  it.each([
    ['a month of check-ins', join('checkins', '2026-03.gw'), /Your check-ins for 2026-03 were cut short/],
    ['a year of self-checks', join('selfchecks', '2026.gw'), /Your self-check results for 2026 were cut short/],
  ])('%s is kept aside, its newest backup restored, and the person told', async (_name, file, words) => {
    const clock = clockAt('2026-03-14');
    const first = checkinStores(newStore(dataDir), clock.now);
    for (const mood of [2, 4, 6]) {
      await first.checkins.save('default', { date: '2026-03-14', mood });
      await first.selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers: phqAnswers(0) });
    }
    await first.files.store.close();
    const bytes = await readFile(join(profileDir(), file));
    await writeFile(join(profileDir(), file), bytes.subarray(0, bytes.length - 9));

    const store = newStore(dataDir);
    const again = checkinStores(store, clock.now);
    // The newest backup is the file as it was before the last save.
    if (file.startsWith('checkins')) expect((await again.checkins.get('default', '2026-03-14'))?.mood).toBe(4);
    else expect(await again.selfChecks.list('default')).toHaveLength(2);
    const notice = store.notices.find((n) => n.kind === 'recovered');
    expect(notice?.message).toMatch(words);
    expect(notice?.message).toMatch(/brought back from a backup/);
    const kept = await readdir(join(profileDir(), 'set-aside'));
    expect(kept).toEqual([expect.stringMatching(/\.gw\.truncated-/)]);
    // Saving works again on the restored file.
    await again.checkins.save('default', { date: '2026-03-14', mood: 8 });
    expect((await again.checkins.get('default', '2026-03-14'))?.mood).toBe(8);
    await store.close();
  });
});

describe('a damaged activity file', () => {
  it('is kept aside, its newest backup restored, and the person told which record it was', async () => {
    const store = newStore(dataDir);
    const { files } = checkinStores(store, () => new Date());
    await noteLessonOpened(files, 'default', 'warning-signs', new Date('2026-03-01T10:00:00Z'));
    await noteLessonOpened(files, 'default', 'how-stress-works', new Date('2026-03-02T10:00:00Z'));
    await store.close();
    const path = join(profileDir(), 'activity.gw');
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 9));

    const again = newStore(dataDir);
    const restored = checkinStores(again, () => new Date());
    expect((await lessonActivity(restored.files, 'default')).map((l) => l.lessonId)).toEqual(['warning-signs']);
    const notice = again.notices.find((n) => n.kind === 'recovered');
    expect(notice?.message).toMatch(/^The record of the lessons you opened and the skills you added were cut short/);
    expect(await readdir(join(profileDir(), 'set-aside'))).toEqual([
      expect.stringMatching(/^activity\.gw\.truncated-/),
    ]);
    await again.close();
  });
});

describe('where check-in files are kept', () => {
  it('keeps each month, year and the activity file in its own place, and the backups of each in a folder of its own', async () => {
    const clock = clockAt('2026-03-14');
    const { checkins, selfChecks, files } = checkinStores(newStore(dataDir), clock.now);
    for (const mood of [2, 4]) {
      await checkins.save('default', { date: '2026-03-14', mood });
      await selfChecks.save('default', { instrumentId: 'phq-9', date: '2026-03-14', answers: phqAnswers(0) });
      await noteLessonOpened(files, 'default', 'warning-signs');
    }
    await files.store.close();

    const dir = profileDir();
    expect(await readdir(join(dir, 'checkins'))).toEqual(['2026-03.gw']);
    expect(await readdir(join(dir, 'selfchecks'))).toEqual(['2026.gw']);
    expect(await readdir(dir)).toContain('activity.gw');
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual(['activity', 'checkins', 'selfchecks']);
    expect(await readdir(join(dir, 'backups', 'checkins'))).toEqual(['2026-03']);
    expect(await readdir(join(dir, 'backups', 'selfchecks'))).toEqual(['2026']);
    for (const backups of [join('checkins', '2026-03'), join('selfchecks', '2026'), 'activity']) {
      const kept = await readdir(join(dir, 'backups', backups));
      expect(kept.length, backups).toBeGreaterThan(0);
      expect(
        kept.every((name) => name.endsWith('.gw')),
        backups,
      ).toBe(true);
    }
  });
});

describe('listing the months and years of a profile', () => {
  /** Writes empty month and year files as a save would, then closes the store, so the next session starts afresh. */
  async function onDisk(months: string[], years: string[]): Promise<void> {
    const store = newStore(dataDir);
    const session = await store.session('default');
    for (const month of months) await session.persist(await openMonth(session, month));
    for (const year of years) await session.persist(await openYear(session, year));
    await store.close();
  }

  it('gives the months on disk and those opened in this session, oldest first, and no other file', async () => {
    await onDisk(['2026-03', '2026-01'], ['2026']);
    for (const name of ['x2026-02.gw', '2026-02.gw.bak', 'notes.txt']) {
      await writeFile(join(profileDir(), 'checkins', name), '');
    }
    const store = newStore(dataDir);
    const session = await store.session('default');
    expect(await listMonths(session)).toEqual(['2026-01', '2026-03']);

    // Opened, not yet written: listed all the same, and no year among them.
    await openMonth(session, '2026-05');
    await openMonth(session, '2025-12');
    await openYear(session, '2024');
    expect(await listMonths(session)).toEqual(['2025-12', '2026-01', '2026-03', '2026-05']);
    expect(await readdir(join(profileDir(), 'checkins'))).not.toContain('2026-05.gw');
    await store.close();
  });

  it('gives the years on disk and those opened in this session, oldest first, and no other file', async () => {
    await onDisk(['2026-03'], ['2026', '2024']);
    for (const name of ['x2025.gw', '2025.gw.bak', '2025-01.gw', 'notes.txt']) {
      await writeFile(join(profileDir(), 'selfchecks', name), '');
    }
    const store = newStore(dataDir);
    const session = await store.session('default');
    expect(await listYears(session)).toEqual(['2024', '2026']);

    await openYear(session, '2027');
    await openYear(session, '2023');
    await openMonth(session, '2026-05');
    expect(await listYears(session)).toEqual(['2023', '2024', '2026', '2027']);
    await store.close();
  });

  it('gives none for a profile without any', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    expect([await listMonths(session), await listYears(session)]).toEqual([[], []]);
    await store.close();
  });
});

/** Resolves when `promise` does, or after `ms`, whichever comes first. */
async function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise((done) => (timer = setTimeout(done, ms)))]);
  clearTimeout(timer);
}

describe('changes to check-in files', () => {
  it('to one file wait for every earlier change to it, so saves land in the order they were made', async () => {
    const store = newStore(dataDir);
    const files = new CheckinFiles(store);
    await files.session('default');
    const order: string[] = [];
    let secondStarted = (): void => undefined;
    const started = new Promise<void>((done) => (secondStarted = done));
    const first = files.change('default', 'checkins/2026-03', async () => {
      order.push('first starts');
      // Time for the second change to start, which it must not do before this one ends.
      await atMost(started, 100);
      order.push('first ends');
    });
    const second = files.change('default', 'checkins/2026-03', async () => {
      order.push('second starts');
      secondStarted();
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
    await store.close();
  });

  it('to another file do not wait for it', async () => {
    const store = newStore(dataDir);
    const files = new CheckinFiles(store);
    await files.session('default');
    const order: string[] = [];
    let activityStarted = (): void => undefined;
    const started = new Promise<void>((done) => (activityStarted = done));
    const month = files.change('default', 'checkins/2026-03', async () => {
      // Ends once the activity change has started: at once, unless that change waits for this one.
      await atMost(started, 3_000);
      order.push('month ends');
    });
    const activity = files.change('default', 'activity', async () => {
      order.push('activity starts');
      activityStarted();
    });
    await Promise.all([month, activity]);
    expect(order).toEqual(['activity starts', 'month ends']);
    await store.close();
  });

  it('are refused with the reason while another Groundwork writes the profile, and never run', async () => {
    const first = newStore(dataDir);
    await first.session('default');
    const second = newStore(dataDir);
    const task = vi.fn(async () => 'ran');
    await expect(new CheckinFiles(second).change('default', 'activity', task)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/another Groundwork window/),
    });
    expect(task).not.toHaveBeenCalled();
    await second.close();
    await first.close();
  });
});

describe('lesson activity', () => {
  it('notes when a lesson was first and last opened, and how often', async () => {
    const store = newStore(dataDir);
    const { files } = checkinStores(store, () => new Date());
    await noteLessonOpened(files, 'default', 'warning-signs', new Date('2026-03-01T10:00:00Z'));
    await noteLessonOpened(files, 'default', 'how-stress-works', new Date('2026-03-02T10:00:00Z'));
    await noteLessonOpened(files, 'default', 'warning-signs', new Date('2026-03-05T10:00:00Z'));
    await store.close();
    const again = checkinStores(newStore(dataDir), () => new Date());
    expect(await lessonActivity(again.files, 'default')).toEqual([
      {
        lessonId: 'warning-signs',
        firstOpenedAt: '2026-03-01T10:00:00.000Z',
        lastOpenedAt: '2026-03-05T10:00:00.000Z',
        opens: 2,
      },
      {
        lessonId: 'how-stress-works',
        firstOpenedAt: '2026-03-02T10:00:00.000Z',
        lastOpenedAt: '2026-03-02T10:00:00.000Z',
        opens: 1,
      },
    ]);
    await again.files.store.close();
  });

  it('remembers skills in the person’s own words, once each, most recently used first', async () => {
    const clock = clockAt('2026-03-10');
    const { checkins, files } = checkinStores(newStore(dataDir), clock.now);
    await checkins.save('default', { date: '2026-03-09', ownSkills: ['Walked the dog', 'Called Sam'] });
    await checkins.save('default', { date: '2026-03-10', ownSkills: ['called sam'] });
    expect(await ownSkills(files, 'default')).toEqual(['called sam', 'Walked the dog']);
    await files.store.close();
  });
});

describe('a portable backup', () => {
  it('carries check-ins, their earlier versions, self-check results and lesson activity to a new profile', async () => {
    const clock = clockAt('2026-03-14');
    const store = newStore(dataDir, { historyGapMs: 0 });
    const { checkins, selfChecks, files } = checkinStores(store, clock.now);
    await checkins.save('default', { date: '2026-02-28', mood: 3, used: 'yes' });
    await checkins.save('default', { date: '2026-03-14', mood: 5, ownSkills: ['Prayed'] });
    await checkins.save('default', { date: '2026-03-14', mood: 6, ownSkills: ['Prayed'] });
    const flagged = await selfChecks.save('default', {
      instrumentId: 'phq-9',
      date: '2026-03-14',
      answers: phqAnswers(1),
    });
    await noteLessonOpened(files, 'default', 'warning-signs');
    const profile = (await store.profiles.list())[0];
    if (profile === undefined) throw new Error('no default profile');
    const bytes = await sealBundle(
      await collectBundle(await store.session('default'), profile),
      'backup pass 1',
      testKdf,
    );
    const before = {
      checkIns: await checkins.list('default'),
      versions: await checkins.history('default', '2026-03-14'),
      activity: await lessonActivity(files, 'default'),
    };

    const bundle = await openBundle(bytes, 'backup pass 1');
    const imported = await importBundle(store.profiles, bundle, 'Imported', 'backup pass 1');
    await store.unlock(imported.id, 'backup pass 1');
    expect(await checkins.list(imported.id)).toEqual(before.checkIns);
    expect(await checkins.history(imported.id, '2026-03-14')).toEqual(before.versions);
    expect(await selfChecks.list(imported.id)).toEqual([flagged]);
    expect((await selfChecks.list(imported.id))[0]?.flagsSeen).toEqual(['safety']);
    expect(await lessonActivity(files, imported.id)).toEqual(before.activity);
    expect(await ownSkills(files, imported.id)).toEqual(['Prayed']);
    await store.close();
  });

  it('made before check-ins existed (a version-3 backup file) opens with none, and imports', async () => {
    const fixture = await storedFixture('v3');
    const bundle = await openBundle(await readFile(join(fixture.dir, 'backup.gwbackup')), fixture.passcode);
    expect(bundle).toMatchObject({ schemaVersion: 5, checkIns: [], selfChecks: [], activity: null, shares: null });
    expect(bundle.lessons.map((l) => l.lessonId).sort()).toEqual(['every-exercise', 'every-exercise-history']);
    const store = newStore(dataDir);
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const profile = await importBundle(store.profiles, bundle, 'Imported', 'new passcode 1');
    await store.unlock(profile.id, 'new passcode 1');
    const { checkins } = checkinStores(store, () => new Date());
    expect(await checkins.list(profile.id)).toEqual([]);
    await store.close();
  });
});
