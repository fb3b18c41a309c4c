import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { AnswerStore } from './answerStore';
import {
  checkinFiles,
  emptyActivity,
  emptyMonth,
  emptyYear,
  monthFileName,
  yearFileName,
  type Activity,
  type CheckInMonth,
  type SelfCheckYear,
} from './checkinData';
import { SerialQueue } from './durableFile';
import type { ProfileSession } from './profileSession';

const { t } = createI18n();

/** Months and years opened in a session, which a listing must include even before they reach the disk. */
const touched = new WeakMap<ProfileSession, Set<string>>();

function note(session: ProfileSession, name: string): void {
  let set = touched.get(session);
  if (set === undefined) touched.set(session, (set = new Set()));
  set.add(name);
}

/**
 * A month of check-ins, opened through the profile's session: decrypted, checked,
 * upgraded and recovered from backup like a lesson's file, and written durably
 * (and retried on a full disk) by `session.persist`.
 */
export function openMonth(session: ProfileSession, month: string): Promise<Low<CheckInMonth>> {
  const { spec, backups } = checkinFiles.month(session.dir, month);
  note(session, `checkins/${month}`);
  return session.file(spec, backups, t('checkins.recovery.month', { month }), () => emptyMonth(month));
}

/** A year of self-check results. */
export function openYear(session: ProfileSession, year: string): Promise<Low<SelfCheckYear>> {
  const { spec, backups } = checkinFiles.year(session.dir, year);
  note(session, `selfchecks/${year}`);
  return session.file(spec, backups, t('checkins.recovery.year', { year }), () => emptyYear(year));
}

/** The profile's activity file. */
export function openActivity(session: ProfileSession): Promise<Low<Activity>> {
  const { spec, backups } = checkinFiles.activity(session.dir);
  return session.file(spec, backups, t('checkins.recovery.activity'), emptyActivity);
}

/** Months that hold check-ins (on disk, or opened in this session), oldest first. */
export function listMonths(session: ProfileSession): Promise<string[]> {
  return names(session, 'checkins', monthFileName);
}

/** Years that hold self-check results, oldest first. */
export function listYears(session: ProfileSession): Promise<string[]> {
  return names(session, 'selfchecks', yearFileName);
}

async function names(session: ProfileSession, kind: string, pattern: RegExp): Promise<string[]> {
  const found = new Set<string>();
  for (const name of await readdir(join(session.dir, kind)).catch(() => [] as string[])) {
    const match = pattern.exec(name);
    if (match?.[1] !== undefined) found.add(match[1]);
  }
  for (const name of touched.get(session) ?? []) {
    if (name.startsWith(`${kind}/`)) found.add(name.slice(kind.length + 1));
  }
  return [...found].sort();
}

/**
 * The check-in, self-check and activity files of the profiles in an AnswerStore,
 * each changed one save at a time.
 */
export class CheckinFiles {
  private readonly queues = new Map<string, SerialQueue>();

  constructor(readonly store: AnswerStore) {}

  /** The open session of a profile (`forbidden` when it is locked). */
  session(profileId: string): Promise<ProfileSession> {
    return this.store.session(profileId);
  }

  /**
   * Runs a change to one file of one profile after every earlier change to it,
   * queued before anything is awaited so saves land in the order they were made.
   * Refused with `storage-failed` when another Groundwork is writing the profile.
   */
  change<T>(profileId: string, file: string, task: (session: ProfileSession) => Promise<T>): Promise<T> {
    const key = `${profileId}/${file}`;
    let queue = this.queues.get(key);
    if (queue === undefined) this.queues.set(key, (queue = new SerialQueue()));
    return queue.run(async () => {
      const session = await this.session(profileId);
      if (session.readOnlyReason !== null) throw new ApiFailure('storage-failed', session.readOnlyReason);
      return task(session);
    });
  }
}
