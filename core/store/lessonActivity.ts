import type { LessonActivity } from '../../common/checkinApi';
import { openActivity, type CheckinFiles } from './checkinFiles';
import { safeNamePattern } from './lessonData';

/** Skills in a person's own words kept for the check-in to offer again; the least recently used go first. */
const OWN_SKILLS_KEPT = 200;

/**
 * Notes that a person opened a lesson: the first time, the last time, and how
 * often. The check-in offers the skills of opened lessons; the progress view
 * shows them. Resolves once it is on disk.
 */
export async function noteLessonOpened(
  files: CheckinFiles,
  profileId: string,
  lessonId: string,
  now = new Date(),
): Promise<void> {
  if (!safeNamePattern.test(lessonId) || lessonId.length > 80) return;
  await files.change(profileId, 'activity', async (session) => {
    const db = await openActivity(session);
    const at = now.toISOString();
    const entry = new Map(db.data.lessons.map((l) => [l.lessonId, l])).get(lessonId);
    if (entry === undefined) db.data.lessons.push({ lessonId, firstOpenedAt: at, lastOpenedAt: at, opens: 1 });
    else {
      entry.lastOpenedAt = at;
      entry.opens += 1;
    }
    await session.persist(db);
  });
}

/** When each lesson was first and last opened, in the order they were first opened. */
export async function lessonActivity(files: CheckinFiles, profileId: string): Promise<LessonActivity[]> {
  const db = await openActivity(await files.session(profileId));
  return db.data.lessons.map((l) => ({ ...l }));
}

/** Remembers skills a person named in their own words, most recently used first; one entry per skill, ignoring case. */
export async function noteOwnSkills(
  files: CheckinFiles,
  profileId: string,
  skills: readonly string[],
  day: string,
): Promise<void> {
  await files.change(profileId, 'activity', async (session) => {
    const db = await openActivity(session);
    const byKey = new Map(db.data.ownSkills.map((s) => [s.text.toLowerCase(), s]));
    let changed = false;
    for (const text of skills) {
      const known = byKey.get(text.toLowerCase());
      if (known === undefined) {
        const added = { text, lastUsedOn: day };
        db.data.ownSkills.push(added);
        byKey.set(text.toLowerCase(), added);
        changed = true;
      } else if (known.lastUsedOn < day || known.text !== text) {
        known.lastUsedOn = known.lastUsedOn < day ? day : known.lastUsedOn;
        known.text = text;
        changed = true;
      }
    }
    if (!changed) return;
    db.data.ownSkills.sort((a, b) => b.lastUsedOn.localeCompare(a.lastUsedOn));
    db.data.ownSkills.splice(OWN_SKILLS_KEPT);
    await session.persist(db);
  });
}

/** The person's own skills, most recently used first. */
export async function ownSkills(files: CheckinFiles, profileId: string): Promise<string[]> {
  const db = await openActivity(await files.session(profileId));
  return db.data.ownSkills.map((s) => s.text);
}
