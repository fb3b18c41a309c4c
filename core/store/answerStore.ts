import { join } from 'node:path';
import type { LessonAnswers, SetAsideAnswer } from '../../common/api';
import { answerField } from '../../common/answerBounds';
import { exerciseIdSchema, parseAnswer, type AnswerValue, type ExerciseRef } from '../../common/exercises';
import { createI18n } from '../../common/i18n/createI18n';
import type { LessonProgress } from '../../common/progress';
import { nameRecord, ownValue } from '../../common/nameRecord';
import { fieldIssues } from '../../common/errorDetails';
import { ApiFailure, detailsOf } from '../../common/result';
import { FileKeyStore, type KeyStore } from '../profiles/keyStore';
import type { KdfParams } from '../profiles/passcode';
import { ProfileManager } from '../profiles/profileManager';
import { archiveVersion, HISTORY_GAP_MS, versionsOf, type AnswerVersion } from './answerHistory';
import { SerialQueue, writeFileAtomic, type FileWriter } from './durableFile';
import { worksheetProgress, type LessonExercises } from './lessonProgress';
import { isSlug } from '../../common/ids';
import { limits } from '../../common/limits';
import { migrateLegacyProfiles } from './migrations';
import { ProfileSession, type StorageProblem, type StoreNotice } from './profileSession';
import { WriterLock } from './writerLock';

export type { StoreNotice } from './profileSession';
export const DEFAULT_PROFILE_ID = 'default';
const { t } = createI18n();

export interface AnswerStoreOptions {
  /** Where keys of profiles without a passcode are kept; default a key file in the data folder. */
  keyStore?: KeyStore;
  /** scrypt cost for passcodes; tests pass a cheaper one. */
  kdf?: KdfParams;
  /** Writes one file durably; tests inject failures (a full disk) here. */
  writer?: FileWriter;
  /** How long an answer must stand before a change keeps it in history (default HISTORY_GAP_MS). */
  historyGapMs?: number;
  /** Idle minutes before a new profile locks (the clinic's setting). */
  defaultLockAfterMinutes?: number;
  /**
   * Make a profile named "Me" (id DEFAULT_PROFILE_ID) when the data folder has
   * none, for tests and tools that need one without a screen. Off in the app:
   * its first run welcomes the person, who names their own profile
   * (renderer/profiles/Welcome.tsx, issue 12 item 8).
   */
  defaultProfile?: boolean;
}

interface Unlocked {
  session: ProfileSession;
  lock: WriterLock;
}

/**
 * Answers, kept per profile in a folder of encrypted per-lesson files (see
 * profileSession.ts). Every save is validated against its exercise type, written
 * durably, and acknowledged only once it is on disk. Answers that no longer fit
 * are reported and kept, never dropped. A profile with a passcode must be
 * unlocked first; one without is opened with the key store's key.
 */
export class AnswerStore {
  readonly notices: StoreNotice[] = [];
  readonly profiles: ProfileManager;
  readonly writer: FileWriter;
  private readonly historyGapMs: number;
  private readonly defaultProfile: boolean;
  private readonly open = new Map<string, Promise<Unlocked>>();
  /** Locked profiles whose unsaved data is still being retried; they keep their writer lock until written. */
  private readonly draining = new Map<string, Unlocked>();
  private prepared: Promise<void> | null = null;
  private readonly saveQueues = new Map<string, SerialQueue>();
  private readonly profileListeners = new Set<() => void>();

  constructor(
    readonly dataDir: string,
    options: AnswerStoreOptions = {},
  ) {
    const keyStore = options.keyStore ?? new FileKeyStore(dataDir);
    this.profiles = new ProfileManager(dataDir, {
      keyStore,
      kdf: options.kdf,
      ...(options.defaultLockAfterMinutes === undefined
        ? {}
        : { defaultLockAfterMinutes: options.defaultLockAfterMinutes }),
    });
    // With no secure store (keyStore.kind 'file') the profile screens say so (ProfilesState.keyStore).
    this.writer = options.writer ?? writeFileAtomic;
    this.historyGapMs = options.historyGapMs ?? HISTORY_GAP_MS;
    this.defaultProfile = options.defaultProfile ?? false;
  }

  /**
   * Runs migrations once, then, when asked (`defaultProfile`), makes the default
   * profile on a first run: only when there is no profile folder at all, since a
   * folder whose record cannot be read still holds someone's answers (it is
   * listed as needing attention instead).
   */
  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      this.notices.push(...(await migrateLegacyProfiles(this.profiles)));
      if (!this.defaultProfile) return;
      const { profiles, attention } = await this.profiles.scan();
      if (profiles.length === 0 && attention.length === 0) {
        await this.profiles
          .create(t('data.profiles.defaultName'), null, { id: DEFAULT_PROFILE_ID })
          .catch((error: unknown) => {
            // Another Groundwork starting at the same moment made it first: use that one.
            if (detailsOf(error, 'storage-failed')?.reason !== 'profile-exists') throw error;
          });
      }
    })();
    this.prepared.catch(() => (this.prepared = null));
    return this.prepared;
  }

  /**
   * Calls `listener` whenever a profile is locked or another profile is opened (a
   * lock, a switch, a new or imported profile), so whatever holds answers outside
   * the store, such as a filled worksheet waiting to print, can drop them. Returns
   * a function that stops the calls.
   */
  onProfileChange(listener: () => void): () => void {
    this.profileListeners.add(listener);
    return () => this.profileListeners.delete(listener);
  }

  private profileChanged(): void {
    for (const listener of this.profileListeners) {
      try {
        listener();
      } catch (error) {
        // A listener's mistake must never stop a lock.
        console.error('groundwork: a profile-change listener failed', error);
      }
    }
  }

  isUnlocked(profileId: string): boolean {
    return this.open.has(profileId);
  }

  /** Unlocks a profile with its passcode (null for one without); the passcode is checked even if it is open. */
  async unlock(profileId: string, passcode: string | null): Promise<void> {
    await this.prepare();
    await this.adopt(profileId, await this.profiles.unlock(profileId, passcode));
  }

  /** Opens a profile whose data key is already known (just created, or just checked). */
  async adopt(profileId: string, key: Buffer): Promise<void> {
    if (this.open.has(profileId)) return;
    this.profileChanged();
    // Unlocked again while its last saves are still waiting for the disk: take that session back
    // (a second one would find this process's own writer lock and open read-only).
    const draining = this.draining.get(profileId);
    if (draining !== undefined) {
      this.draining.delete(profileId);
      this.open.set(profileId, Promise.resolve(draining));
      return;
    }
    const pending = this.openSession(profileId, key);
    this.open.set(profileId, pending);
    pending.catch(() => this.open.delete(profileId));
    await pending;
  }

  private async openSession(profileId: string, key: Buffer): Promise<Unlocked> {
    const dir = this.profiles.dirOf(profileId);
    const lock = new WriterLock(join(dir, '.lock'));
    const writable = await lock.acquire();
    // Read-only from the start when another live Groundwork holds the lock, or later if one took it over.
    const session = new ProfileSession(
      profileId,
      dir,
      key,
      this.writer,
      () => (writable && !lock.lost ? null : t('data.storage.otherWriter')),
      (n) => this.notices.push(n),
    );
    if (!writable) this.notices.push({ kind: 'read-only', message: t('data.storage.otherWriter') });
    return { session, lock };
  }

  /** Forgets a profile's key: saves already made are finished first; unsaved ones keep being retried. */
  async lock(profileId: string): Promise<void> {
    this.profileChanged();
    const pending = this.open.get(profileId);
    if (pending === undefined) return;
    this.open.delete(profileId);
    const unlocked = await pending;
    await unlocked.session.flush();
    if (unlocked.session.status().pendingFiles > 0 && !(await unlocked.session.retryNow())) {
      this.draining.set(profileId, unlocked);
      return;
    }
    await this.release(unlocked);
  }

  private async release({ session, lock }: Unlocked): Promise<void> {
    session.close();
    await lock.release();
  }

  private drainingSessions(): ProfileSession[] {
    return [...this.draining.values()].map((u) => u.session);
  }

  /** The open session of a profile; one without a passcode is opened on first use. */
  async session(profileId: string): Promise<ProfileSession> {
    if (!this.open.has(profileId)) {
      await this.prepare();
      const record = await this.profiles.record(profileId);
      if (record.key.kind === 'passcode')
        throw new ApiFailure('forbidden', t('data.lock.locked'), { reason: 'locked' });
      await this.unlock(profileId, null);
    }
    const pending = this.open.get(profileId);
    if (pending === undefined) throw new ApiFailure('forbidden', t('data.lock.locked'), { reason: 'locked' });
    return (await pending).session;
  }

  /** Loads a lesson's answers; any that no longer fit their exercise are returned in `setAside`. */
  async load(profileId: string, lessonId: string, exercises: ExerciseRef[]): Promise<LessonAnswers> {
    const { data } = await (await this.session(profileId)).lesson(checkName(lessonId));
    const byId = new Map(exercises.map((e) => [e.id, e]));
    const result: LessonAnswers = { answers: nameRecord(), setAside: [] };
    for (const [exerciseId, record] of Object.entries(data.answers)) {
      const exercise = byId.get(exerciseId);
      const reason = checkStored(exercise, record.type, record.value);
      if (reason === null && exercise !== undefined) {
        result.answers[exerciseId] = { value: record.value as AnswerValue, updatedAt: record.updatedAt };
      } else {
        result.setAside.push({ exerciseId, reason: reason ?? 'unknown', raw: record.value });
      }
    }
    for (const kept of data.setAside) {
      result.setAside.push({
        exerciseId: kept.exerciseId,
        reason: kept.reason,
        raw: kept.raw,
      } satisfies SetAsideAnswer);
    }
    return result;
  }

  /** Validates and saves one answer; resolves once it is on disk. `keepCurrent` always keeps the old value in history. */
  async save(
    profileId: string,
    lessonId: string,
    exercise: ExerciseRef,
    value: unknown,
    keepCurrent = false,
  ): Promise<string> {
    // Ids become keys in the lesson file: one that no lesson can have ("__proto__", "toString") is never written.
    if (!exerciseIdSchema.safeParse(exercise.id).success)
      throw new ApiFailure('not-found', t('data.answers.exerciseGone'));
    const parsed = parseAnswer(exercise, value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = answerField(issue?.path ?? []) ?? t('data.answers.wholeAnswer');
      const reason = issue?.message ?? '';
      throw new ApiFailure('invalid-request', t('data.answers.doesNotFit', { label: exercise.label, field, reason }), {
        reason: 'invalid-fields',
        issues: fieldIssues(parsed.error.issues),
      });
    }
    // Queued before anything is awaited, so concurrent saves to one lesson land in the order they were called.
    const key = `${profileId}/${checkName(lessonId)}`;
    let queue = this.saveQueues.get(key);
    if (queue === undefined) this.saveQueues.set(key, (queue = new SerialQueue()));
    return queue.run(async () => {
      const session = await this.session(profileId);
      const readOnly = session.readOnlyReason;
      if (readOnly !== null) throw new ApiFailure('storage-failed', readOnly);
      const db = await session.lesson(lessonId);
      const savedAt = new Date().toISOString();
      const previous = ownValue(db.data.answers, exercise.id);
      if (previous !== undefined) {
        const problem = checkStored(exercise, previous.type, previous.value);
        if (problem !== null) {
          db.data.setAside.push({ exerciseId: exercise.id, reason: problem, raw: previous.value, at: savedAt });
        } else if (JSON.stringify(previous.value) !== JSON.stringify(parsed.data)) {
          await archiveVersion(session, lessonId, exercise.id, previous, savedAt, keepCurrent, this.historyGapMs);
        }
      }
      db.data.answers[exercise.id] = { type: exercise.type, value: parsed.data, updatedAt: savedAt };
      await session.persist(db);
      return savedAt;
    });
  }

  /** Worksheet progress of each of these lessons for a profile (see lessonProgress.ts for its cost). */
  async progress(profileId: string, lessons: readonly LessonExercises[]): Promise<Record<string, LessonProgress>> {
    return worksheetProgress(await this.session(profileId), lessons);
  }

  /** Earlier versions of one answer, newest first. */
  async history(profileId: string, lessonId: string, exerciseId: string): Promise<AnswerVersion[]> {
    return versionsOf(await this.session(profileId), checkName(lessonId), exerciseId);
  }

  /** Whether saves are reaching the disk, over every open profile. */
  async status(): Promise<{ problem: StorageProblem | null; pendingFiles: number }> {
    let problem: StorageProblem | null = null;
    let pendingFiles = 0;
    for (const session of [...this.drainingSessions(), ...(await this.openSessions())]) {
      const s = session.status();
      problem ??= s.problem;
      pendingFiles += s.pendingFiles;
    }
    return { problem, pendingFiles };
  }

  /** Tries every unsaved write again now. */
  async retry(): Promise<boolean> {
    const all = await Promise.all(
      [...this.drainingSessions(), ...(await this.openSessions())].map((s) => s.retryNow()),
    );
    // A locked profile whose last saves are now on disk gives up its key and its writer lock.
    for (const [profileId, unlocked] of [...this.draining]) {
      if (unlocked.session.status().pendingFiles > 0) continue;
      this.draining.delete(profileId);
      await this.release(unlocked);
    }
    return all.every(Boolean);
  }

  private async openSessions(): Promise<ProfileSession[]> {
    const all = await Promise.all(
      [...this.open.values()].map((p) =>
        p.then(
          (u) => u.session,
          () => null,
        ),
      ),
    );
    return all.filter((s): s is ProfileSession => s !== null);
  }

  /** Waits for every pending write, before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([...this.drainingSessions(), ...(await this.openSessions())].map((s) => s.flush()));
  }

  /** Flushes, then locks every profile and gives up the writer locks. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all([...this.open.keys()].map((id) => this.lock(id)));
  }
}

function checkName(lessonId: string): string {
  if (!isSlug(lessonId) || lessonId.length > limits.idChars)
    throw new ApiFailure('not-found', t('data.answers.noLesson'));
  return lessonId;
}

/** Null when a stored answer fits its exercise; otherwise why it does not. */
function checkStored(exercise: ExerciseRef | undefined, storedType: string, value: unknown): string | null {
  if (exercise === undefined) return t('data.answers.exerciseGone');
  if (storedType !== exercise.type) return t('data.answers.typeChanged', { from: storedType, to: exercise.type });
  const parsed = parseAnswer(exercise, value);
  return parsed.success
    ? null
    : t('data.answers.noLongerFits', { reason: parsed.error.issues[0]?.message ?? 'invalid' });
}
