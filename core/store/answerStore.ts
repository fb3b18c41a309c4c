import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { LessonAnswers, SetAsideAnswer } from '../../common/api';
import { parseAnswer, type AnswerValue, type ExerciseRef } from '../../common/exercises';
import { ApiFailure } from '../../common/result';
import { PROFILE_SCHEMA_VERSION, ProfileFileAdapter, ProfileFileError, type ProfileData } from './profileFile';

export const DEFAULT_PROFILE_ID = 'default';

/** Something the person should be told about their data, in plain words. */
export interface StoreNotice {
  kind: 'recovered' | 'read-only';
  message: string;
}

interface OpenProfile {
  db: Low<ProfileData>;
  adapter: ProfileFileAdapter;
  /** Set when the file cannot be written safely (for example, a newer version wrote it). */
  readOnly: string | null;
}

/**
 * Answers, one lowdb file per profile under `<dataDir>/profiles/`. Every save is
 * validated against its exercise type, written durably, and acknowledged only once
 * it is on disk. Answers that no longer fit are reported and kept, never dropped.
 */
export class AnswerStore {
  private readonly profiles = new Map<string, Promise<OpenProfile>>();
  readonly notices: StoreNotice[] = [];

  constructor(readonly dataDir: string) {}

  profilePath(profileId: string): string {
    return join(this.dataDir, 'profiles', `${profileId}.json`);
  }

  private open(profileId: string): Promise<OpenProfile> {
    let pending = this.profiles.get(profileId);
    if (pending === undefined) {
      pending = this.openUncached(profileId);
      this.profiles.set(profileId, pending);
      pending.catch(() => this.profiles.delete(profileId));
    }
    return pending;
  }

  private async openUncached(profileId: string): Promise<OpenProfile> {
    const path = this.profilePath(profileId);
    await mkdir(join(this.dataDir, 'profiles'), { recursive: true, mode: 0o700 });
    const adapter = new ProfileFileAdapter(path);
    const fresh = (): ProfileData => ({
      schemaVersion: PROFILE_SCHEMA_VERSION,
      profile: { id: profileId, name: 'Me', createdAt: new Date().toISOString() },
      answers: {},
      setAside: [],
    });
    const db = new Low<ProfileData>(adapter, fresh());
    try {
      await db.read();
      return { db, adapter, readOnly: null };
    } catch (error) {
      if (!(error instanceof ProfileFileError)) throw error;
      if (error.kind === 'newer-version') {
        const message = `${error.message} Your answers were not changed. Install the newer version of Groundwork to keep working with them.`;
        this.notices.push({ kind: 'read-only', message });
        db.data = fresh();
        return { db, adapter, readOnly: message };
      }
      if (error.kind === 'unreadable')
        throw new ApiFailure(
          'storage-failed',
          `${error.message} Check that the folder ${this.dataDir} can be opened, then try again.`,
        );
      // Keep the damaged file beside the new one so nothing is lost, and say so.
      const keptAs = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(path, keptAs);
      this.notices.push({
        kind: 'recovered',
        message: `${error.message} It was kept as ${keptAs} and a new answers file was started. Ask your facilitator if you need the old answers back.`,
      });
      db.data = fresh();
      return { db, adapter, readOnly: null };
    }
  }

  /** Loads a lesson's answers; any that no longer fit their exercise are returned in `setAside`. */
  async load(profileId: string, lessonId: string, exercises: ExerciseRef[]): Promise<LessonAnswers> {
    const { db } = await this.open(profileId);
    const stored = db.data.answers[lessonId] ?? {};
    const byId = new Map(exercises.map((e) => [e.id, e]));
    const result: LessonAnswers = { answers: {}, setAside: [] };
    for (const [exerciseId, record] of Object.entries(stored)) {
      const exercise = byId.get(exerciseId);
      const reason = checkStored(exercise, record.type, record.value);
      if (reason === null && exercise !== undefined) {
        result.answers[exerciseId] = { value: record.value as AnswerValue, updatedAt: record.updatedAt };
      } else {
        result.setAside.push({ exerciseId, reason: reason ?? 'unknown', raw: record.value });
      }
    }
    for (const kept of db.data.setAside) {
      if (kept.lessonId === lessonId)
        result.setAside.push({
          exerciseId: kept.exerciseId,
          reason: kept.reason,
          raw: kept.raw,
        } satisfies SetAsideAnswer);
    }
    return result;
  }

  /** Validates and saves one answer; resolves once it is on disk. */
  async save(profileId: string, lessonId: string, exercise: ExerciseRef, value: unknown): Promise<string> {
    const parsed = parseAnswer(exercise, value);
    if (!parsed.success) {
      throw new ApiFailure(
        'invalid-request',
        `That answer does not fit the "${exercise.label}" exercise.`,
        parsed.error.issues,
      );
    }
    const profile = await this.open(profileId);
    if (profile.readOnly !== null) throw new ApiFailure('storage-failed', profile.readOnly);
    const { db } = profile;
    const savedAt = new Date().toISOString();
    const lesson = (db.data.answers[lessonId] ??= {});
    const previous = lesson[exercise.id];
    const previousProblem = previous === undefined ? null : checkStored(exercise, previous.type, previous.value);
    if (previous !== undefined && previousProblem !== null) {
      db.data.setAside.push({
        lessonId,
        exerciseId: exercise.id,
        reason: previousProblem,
        raw: previous.value,
        at: savedAt,
      });
    }
    lesson[exercise.id] = { type: exercise.type, value: parsed.data, updatedAt: savedAt };
    try {
      await db.write();
    } catch (error) {
      throw new ApiFailure(
        'storage-failed',
        `Your answer could not be saved to disk: ${(error as Error).message}. It is kept on screen; try again.`,
      );
    }
    return savedAt;
  }

  /** Waits for every pending write, before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([...this.profiles.values()].map(async (p) => (await p.catch(() => null))?.adapter.flush()));
  }
}

/** Null when a stored answer fits its exercise; otherwise why it does not. */
function checkStored(exercise: ExerciseRef | undefined, storedType: string, value: unknown): string | null {
  if (exercise === undefined) return 'The lesson no longer has this exercise.';
  if (storedType !== exercise.type) return `The exercise changed from ${storedType} to ${exercise.type}.`;
  const parsed = parseAnswer(exercise, value);
  return parsed.success ? null : `The saved answer no longer fits: ${parsed.error.issues[0]?.message ?? 'invalid'}.`;
}
