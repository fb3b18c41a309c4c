import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limits } from '../../../common/limits';
import type { AnswerStore } from '../../../core/store/answerStore';
import { CheckinFiles } from '../../../core/store/checkinFiles';
import { lessonActivity, noteLessonOpened, noteOwnSkills, ownSkills } from '../../../core/store/lessonActivity';
import { fileHashes, newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
let store: AnswerStore;
let files: CheckinFiles;
beforeEach(async () => {
  dataDir = await tempDir('lesson-activity');
  store = newStore(dataDir);
  files = new CheckinFiles(store);
});
afterEach(async () => {
  await store.close();
  await removeDir(dataDir);
});

const profileDir = (): string => join(dataDir, 'profiles', 'default');

/** The activity file and its backups, with a hash of each: equal before and after means nothing was written. */
async function activityOnDisk(): Promise<Record<string, string>> {
  const all = await fileHashes(profileDir());
  return Object.fromEntries(
    Object.entries(all).filter(([file]) => file === 'activity.gw' || file.startsWith(join('backups', 'activity'))),
  );
}

/** A new store over the same folder, as after a restart: only what reached the disk is there. */
async function reopened(): Promise<CheckinFiles> {
  await store.close();
  store = newStore(dataDir);
  files = new CheckinFiles(store);
  return files;
}

describe('noting that a lesson was opened', () => {
  const at = new Date('2026-03-01T10:00:00Z');

  it('ignores an id that is not a slug or is one character over the limit, writing nothing', async () => {
    const tooLong = 'a'.repeat(limits.idChars + 1);
    for (const id of ['Warning-Signs', 'warning signs', '../warning-signs', '', tooLong]) {
      await expect(noteLessonOpened(files, 'default', id, at)).resolves.toBeUndefined();
    }
    expect(await lessonActivity(files, 'default')).toEqual([]);
    expect(await activityOnDisk()).toEqual({});
  });

  it('notes an id exactly as long as the limit', async () => {
    const longest = 'a'.repeat(limits.idChars);
    await noteLessonOpened(files, 'default', longest, at);
    expect(await lessonActivity(await reopened(), 'default')).toEqual([
      { lessonId: longest, firstOpenedAt: at.toISOString(), lastOpenedAt: at.toISOString(), opens: 1 },
    ]);
  });
});

describe('skills in a person’s own words', () => {
  it('are kept once each when one list repeats a skill in other cases, in its last spelling', async () => {
    await noteOwnSkills(files, 'default', ['Called Sam', 'called sam', 'CALLED SAM'], '2026-03-10');
    expect(await ownSkills(files, 'default')).toEqual(['CALLED SAM']);
  });

  it('reach the disk when first named', async () => {
    await noteOwnSkills(files, 'default', ['Prayed'], '2026-03-10');
    expect(await ownSkills(await reopened(), 'default')).toEqual(['Prayed']);
  });

  it('take the newest spelling even when it is named again the same day', async () => {
    await noteOwnSkills(files, 'default', ['Called Sam'], '2026-03-10');
    await noteOwnSkills(files, 'default', ['called sam'], '2026-03-10');
    expect(await ownSkills(files, 'default')).toEqual(['called sam']);
    expect(await ownSkills(await reopened(), 'default')).toEqual(['called sam']);
  });

  it('move to the front when used on a later day, and never back when named for an earlier day', async () => {
    await noteOwnSkills(files, 'default', ['Prayed'], '2026-03-01');
    await noteOwnSkills(files, 'default', ['Walked'], '2026-03-03');
    expect(await ownSkills(files, 'default')).toEqual(['Walked', 'Prayed']);

    await noteOwnSkills(files, 'default', ['Prayed'], '2026-03-05');
    expect(await ownSkills(files, 'default')).toEqual(['Prayed', 'Walked']);

    // An earlier day (a check-in filled in late) changes the spelling, not when it was last used.
    await noteOwnSkills(files, 'default', ['PRAYED'], '2026-03-02');
    expect(await ownSkills(files, 'default')).toEqual(['PRAYED', 'Walked']);
    expect(await ownSkills(await reopened(), 'default')).toEqual(['PRAYED', 'Walked']);
  });

  it('write nothing when nothing changed: none named, or the same spelling on the same or an earlier day', async () => {
    await noteOwnSkills(files, 'default', [], '2026-03-05');
    expect(await activityOnDisk()).toEqual({});

    await noteOwnSkills(files, 'default', ['Prayed', 'Walked'], '2026-03-05');
    const before = await activityOnDisk();
    expect(Object.keys(before)).toContain('activity.gw');

    await noteOwnSkills(files, 'default', ['Prayed'], '2026-03-05');
    await noteOwnSkills(files, 'default', ['Walked'], '2026-03-04');
    await noteOwnSkills(files, 'default', [], '2026-03-06');
    expect(await activityOnDisk()).toEqual(before);
    expect(await ownSkills(files, 'default')).toEqual(['Prayed', 'Walked']);
  });
});
