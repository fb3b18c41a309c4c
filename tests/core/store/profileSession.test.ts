import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, type FileWriter } from '../../../core/store/durableFile';
import { newDataKey, unseal } from '../../../core/store/envelope';
import { ProfileSession, recoveryMessage, type StoreNotice } from '../../../core/store/profileSession';
import { copyFixtureData, fixtureKey, storedFixture } from './storedFixtures';
import { allFiles, removeDir, tempDir } from './storeHelpers';

/**
 * One unlocked profile's files as the store uses them: why a save failed, how
 * it is retried, and which months of history exist (issue 17: mutants the
 * store's own tests left alive).
 */
let dir: string;
beforeEach(async () => {
  dir = await tempDir('session');
});
afterEach(async () => {
  vi.useRealTimers();
  await removeDir(dir);
});

/** A writer that fails with `code` while it is set, and counts its calls. */
function failingDisk(): { code: string | null; calls: number; writer: FileWriter } {
  const disk = {
    code: null as string | null,
    calls: 0,
    writer: (async (path, data, options) => {
      disk.calls += 1;
      if (disk.code !== null) throw Object.assign(new Error(`${disk.code}: refused`), { code: disk.code });
      return writeFileAtomic(path, data, options);
    }) as FileWriter,
  };
  return disk;
}

function session(writer: FileWriter, notices: StoreNotice[] = [], readOnly: string | null = null): ProfileSession {
  return new ProfileSession(
    'default',
    dir,
    newDataKey(),
    writer,
    () => readOnly,
    (n) => notices.push(n),
  );
}

async function saveNote(s: ProfileSession, value: string): Promise<void> {
  const db = await s.lesson('lesson-a');
  db.data.answers.note = { type: 'short-text', value, updatedAt: '2026-03-01T10:00:00.000Z' };
  await s.persist(db);
}

describe('a save the disk refuses', () => {
  it.each([
    ['ENOSPC', 'disk-full', /disk is full/],
    ['EDQUOT', 'disk-full', /disk is full/],
    ['EROFS', 'read-only', /not allowed to write/],
    ['EACCES', 'read-only', /not allowed to write/],
    ['EPERM', 'read-only', /not allowed to write/],
    ['EIO', 'other', /could not be saved to disk/],
  ])('%s is reported as %s, in plain words, and kept waiting', async (code, problem, words) => {
    const disk = failingDisk();
    const s = session(disk.writer);
    disk.code = code;
    await expect(saveNote(s, 'kept')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(words),
      details: { reason: 'write-failed', cause: `${code}: refused` },
    });
    expect(s.status()).toEqual({ problem, pendingFiles: 1 });
    expect(await s.retryNow()).toBe(false);
    expect(s.status()).toEqual({ problem, pendingFiles: 1 });
    disk.code = null;
    expect(await s.retryNow()).toBe(true);
    expect(s.status()).toEqual({ problem: null, pendingFiles: 0 });
    s.close();
  });

  it('clears the problem only once every waiting file is written', async () => {
    const disk = failingDisk();
    const s = session(disk.writer);
    disk.code = 'ENOSPC';
    await expect(saveNote(s, 'one')).rejects.toThrow();
    const history = await s.history('lesson-a', '2026-03');
    await expect(s.persist(history)).rejects.toThrow();
    expect(s.status().pendingFiles).toBe(2);
    disk.code = null;
    // One file written again: the other still waits, so the problem stands.
    await saveNote(s, 'two');
    expect(s.status()).toEqual({ problem: 'disk-full', pendingFiles: 1 });
    await s.persist(history);
    expect(s.status()).toEqual({ problem: null, pendingFiles: 0 });
    s.close();
  });

  it('tries again on its own after half a second, then less often, at most every five seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const disk = failingDisk();
    const s = session(disk.writer);
    await s.lesson('lesson-a');
    disk.code = 'ENOSPC';
    await expect(saveNote(s, 'kept')).rejects.toThrow();
    const tries = async (ms: number): Promise<number> => {
      const before = disk.calls;
      await vi.advanceTimersByTimeAsync(ms);
      // A retry's write reaches the writer after real file-system steps: wait for it.
      await s.flush();
      return disk.calls - before;
    };
    expect(await tries(499)).toBe(0);
    expect(await tries(1)).toBe(1);
    expect(await tries(999)).toBe(0);
    expect(await tries(1)).toBe(1);
    expect(await tries(2_000)).toBe(1);
    expect(await tries(4_999)).toBe(0);
    expect(await tries(1)).toBe(1);
    expect(await tries(5_000)).toBe(1);
    expect(await tries(4_999)).toBe(0);
    expect(await tries(1)).toBe(1);
    // Closed (the profile was locked): no more tries.
    s.close();
    expect(await tries(60_000)).toBe(0);
  });

  it('refuses every save while another process writes the profile, and writes nothing', async () => {
    const disk = failingDisk();
    const s = session(disk.writer, [], 'open elsewhere');
    const db = await s.lesson('lesson-a');
    await expect(s.persist(db)).rejects.toMatchObject({ code: 'storage-failed', message: 'open elsewhere' });
    expect(s.readOnlyReason).toBe('open elsewhere');
    expect(disk.calls).toBe(0);
    s.close();
  });
});

describe('months of history', () => {
  it('lists months on disk and months opened in this session, newest first, and nothing else', async () => {
    const s = session(writeFileAtomic);
    expect(await s.historyMonths('lesson-a')).toEqual([]);
    const old = await s.history('lesson-a', '2025-11');
    await s.persist(old);
    await mkdir(join(dir, 'history', 'lesson-a'), { recursive: true });
    await writeFile(join(dir, 'history', 'lesson-a', 'notes.txt'), 'not a month');
    await writeFile(join(dir, 'history', 'lesson-a', '2026-1.gw'), 'not a month either');
    await s.history('lesson-a', '2026-02');
    await s.history('lesson-b', '2026-03');
    expect(await s.historyMonths('lesson-a')).toEqual(['2026-02', '2025-11']);
    s.close();
  });
});

describe('a lesson file', () => {
  it('is opened once, and says it is open only after it was asked for', async () => {
    const s = session(writeFileAtomic);
    expect(s.isOpen('lesson-a')).toBe(false);
    const first = s.lesson('lesson-a');
    expect(s.isOpen('lesson-a')).toBe(true);
    expect(s.lesson('lesson-a')).toBe(first);
    expect(s.isOpen('lesson-b')).toBe(false);
    s.close();
  });
});

describe('telling a person what happened to a damaged file', () => {
  it('names the file, what was wrong, what came back and where the original was kept, word for word', () => {
    const restoredFrom = new Date(2026, 2, 14, 9, 30);
    expect(
      recoveryMessage('The saved answers for the lesson "lesson-a"', {
        problem: 'truncated',
        keptAs: '/data/set-aside/lesson-a.gw.truncated-1',
        restoredFrom,
      }),
    ).toBe(
      'The saved answers for the lesson "lesson-a" were cut short, which can happen when the computer loses power or the disk is full. ' +
        `Your answers as they were on ${restoredFrom.toLocaleString('en-US')} were brought back from a backup; anything typed after that may be missing. ` +
        'The original file was kept, unchanged, as /data/set-aside/lesson-a.gw.truncated-1; staff can help if you need it.',
    );
    expect(recoveryMessage('Them', { problem: 'garbage', keptAs: 'x', restoredFrom: null })).toBe(
      'Them contained something that is not Groundwork data. No backup could be read, so this lesson starts empty. ' +
        'The original file was kept, unchanged, as x; staff can help if you need it.',
    );
  });
});

describe('a file from an earlier version', () => {
  async function v2Lesson(readOnly: string | null) {
    const fixture = await storedFixture('v2');
    await copyFixtureData(fixture, dir);
    const profileDir = join(dir, 'profiles', fixture.profileId);
    const path = join(profileDir, 'lessons', 'every-exercise.gw');
    const original = await readFile(path);
    const disk = failingDisk();
    const s = new ProfileSession(
      fixture.profileId,
      profileDir,
      await fixtureKey(fixture, dir),
      disk.writer,
      () => readOnly,
      () => undefined,
    );
    return { s, path, original, disk };
  }

  it('is written back upgraded as soon as it is opened', async () => {
    const { s, path, original } = await v2Lesson(null);
    const db = await s.lesson('every-exercise');
    expect(db.data.schemaVersion).toBe(4);
    // The answers the old code wrote, read through its label and key.
    expect(db.data.answers.sg?.value).toBe('night');
    expect((await readFile(path)).equals(original)).toBe(false);
    s.close();
  });

  it('is upgraded only in memory while another Groundwork writes the profile: nothing on disk changes', async () => {
    const { s, path, original, disk } = await v2Lesson('open elsewhere');
    const db = await s.lesson('every-exercise');
    expect(db.data.schemaVersion).toBe(4);
    expect((await readFile(path)).equals(original)).toBe(true);
    expect(disk.calls).toBe(0);
    s.close();
  });

  it('stays on the old version, waiting to be written, when the disk refuses', async () => {
    const { s, path, original, disk } = await v2Lesson(null);
    disk.code = 'ENOSPC';
    const db = await s.lesson('every-exercise');
    expect(db.data.schemaVersion).toBe(4);
    expect((await readFile(path)).equals(original)).toBe(true);
    expect(s.status()).toEqual({ problem: 'disk-full', pendingFiles: 1 });
    s.close();
  });
});

describe('opening files', () => {
  it('opens a file again after a failed open, instead of keeping the failure', async () => {
    const s = session(writeFileAtomic);
    await mkdir(join(dir, 'lessons'), { recursive: true });
    // A folder where the lesson's file should be: it cannot be read.
    await mkdir(join(dir, 'lessons', 'lesson-a.gw'));
    const opening = s.lesson('lesson-a');
    // A flush meanwhile is not stopped by a file that fails to open.
    const flushing = s.flush();
    await expect(opening).rejects.toMatchObject({
      name: 'StoreFileError',
      message: expect.stringMatching(/not a regular file/),
    });
    await expect(flushing).resolves.toBeUndefined();
    expect(s.isOpen('lesson-a')).toBe(false);
    await removeDir(join(dir, 'lessons', 'lesson-a.gw'));
    expect((await s.lesson('lesson-a')).data.answers).toEqual({});
    s.close();
  });
});

describe('retrying in the background', () => {
  it('keeps one retry waiting however many saves fail meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const disk = failingDisk();
    const s = session(disk.writer);
    await s.lesson('lesson-a');
    const history = await s.history('lesson-a', '2026-03');
    disk.code = 'ENOSPC';
    await expect(saveNote(s, 'one')).rejects.toThrow();
    await expect(s.persist(history)).rejects.toThrow();
    const tries = async (ms: number): Promise<number> => {
      const before = disk.calls;
      await vi.advanceTimersByTimeAsync(ms);
      await s.flush();
      return disk.calls - before;
    };
    // One retry after half a second (it stops at the first refusal); the next comes a second later.
    expect(await tries(500)).toBe(1);
    expect(await tries(999)).toBe(0);
    s.close();
  });
});

describe('what opening a file writes', () => {
  it('writes nothing for a lesson that has no file yet, until something is saved', async () => {
    const disk = failingDisk();
    const s = session(disk.writer);
    await s.lesson('lesson-a');
    await s.history('lesson-a', '2026-03');
    expect(disk.calls).toBe(0);
    s.close();
  });

  it('keeps lessons, history and their backups in their own folders, found again by a new session', async () => {
    const key = newDataKey();
    const open = () =>
      new ProfileSession(
        'default',
        dir,
        key,
        writeFileAtomic,
        () => null,
        () => undefined,
      );
    const first = open();
    await saveNote(first, 'one');
    await saveNote(first, 'two');
    for (const month of ['2025-11', '2026-02', '2024-07']) await first.persist(await first.history('lesson-a', month));
    await first.persist(await first.history('lesson-b', '2026-03'));
    first.close();
    expect((await allFiles(dir)).sort()).toEqual(
      expect.arrayContaining([
        join('lessons', 'lesson-a.gw'),
        join('history', 'lesson-a', '2025-11.gw'),
        join('history', 'lesson-b', '2026-03.gw'),
      ]),
    );
    expect((await allFiles(dir)).some((f) => f.startsWith(join('backups', 'lessons', 'lesson-a')))).toBe(true);
    // Names that only look like months are not months.
    for (const name of ['x2026-01.gw', '2026-01.gw.tmp', '2026-ab.gw', 'abcd-01.gw'])
      await writeFile(join(dir, 'history', 'lesson-a', name), 'not a month');
    const second = open();
    expect(await second.historyMonths('lesson-a')).toEqual(['2026-02', '2025-11', '2024-07']);
    // A month opened in this session joins them, in its place.
    await second.history('lesson-a', '2025-01');
    expect(await second.historyMonths('lesson-a')).toEqual(['2026-02', '2025-11', '2025-01', '2024-07']);
    expect((await second.lesson('lesson-a')).data.answers.note?.value).toBe('two');
    expect((await second.history('lesson-b', '2026-03')).data.month).toBe('2026-03');
    second.close();
  });
});

describe('a file from a newer version', () => {
  it('is refused each time it is asked for, and reported once, in plain words', async () => {
    const key = newDataKey();
    const first = new ProfileSession(
      'default',
      dir,
      key,
      writeFileAtomic,
      () => null,
      () => undefined,
    );
    await saveNote(first, 'x');
    first.close();
    const path = join(dir, 'lessons', 'lesson-a.gw');
    const bytes = await readFile(path);
    bytes.writeUInt16BE(99, 4);
    await writeFile(path, bytes);
    const notices: StoreNotice[] = [];
    const s = new ProfileSession(
      'default',
      dir,
      key,
      writeFileAtomic,
      () => null,
      (n) => notices.push(n),
    );
    const message =
      'The saved answers for the lesson "lesson-a" were saved by a newer version of Groundwork (file version 99; this version reads up to 4). They were left exactly as they are and cannot be changed here. Install the newer version of Groundwork to open them.';
    for (let i = 0; i < 3; i += 1)
      await expect(s.lesson('lesson-a')).rejects.toMatchObject({
        code: 'storage-failed',
        message,
        details: { reason: 'newer-version' },
      });
    expect(notices).toEqual([{ kind: 'read-only', message }]);
    s.close();
  });
});

describe('a history file', () => {
  it('is sealed under its own label, keeps backups in its own folder, and is named in a recovery', async () => {
    const key = newDataKey();
    const notices: StoreNotice[] = [];
    const open = () =>
      new ProfileSession(
        'default',
        dir,
        key,
        writeFileAtomic,
        () => null,
        (n) => notices.push(n),
      );
    const first = open();
    const history = await first.history('lesson-a', '2026-03');
    await first.persist(history);
    history.data.versions.push({
      exerciseId: 'note',
      type: 'short-text',
      value: 'old',
      updatedAt: '2026-03-01T10:00:00.000Z',
      replacedAt: '2026-03-02T10:00:00.000Z',
    });
    await first.persist(history);
    first.close();
    const path = join(dir, 'history', 'lesson-a', '2026-03.gw');
    const stored = JSON.parse(unseal(key, 'history:lesson-a:2026-03', await readFile(path), 4).toString('utf8')) as {
      versions: unknown[];
    };
    expect(stored.versions).toHaveLength(1);
    expect((await allFiles(dir)).some((f) => f.startsWith(join('backups', 'history', 'lesson-a', '2026-03')))).toBe(
      true,
    );
    await writeFile(path, 'not Groundwork data');
    const second = open();
    expect((await second.history('lesson-a', '2026-03')).data.versions).toHaveLength(0);
    expect(notices).toEqual([
      {
        kind: 'recovered',
        message: expect.stringMatching(
          /^The earlier versions of answers for the lesson "lesson-a" \(2026-03\) contained something that is not Groundwork data\. Your answers as they were on /,
        ),
      },
    ]);
    second.close();
  });
});
