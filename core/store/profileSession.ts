import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { FileWriter } from './durableFile';
import { EncryptedFileAdapter, readWithRecovery, StoreFileError, type FileSpec, type Recovery } from './encryptedFile';
import {
  emptyHistory,
  emptyLesson,
  historyFileType,
  lessonFileType,
  type HistoryFile,
  type LessonFile,
} from './lessonData';

const { t } = createI18n();

/** Something the person should be told about their data, in plain words. */
export interface StoreNotice {
  kind: 'recovered' | 'read-only' | 'migrated' | 'no-secure-store';
  message: string;
}

/** Why saving is not reaching the disk right now. */
export type StorageProblem = 'disk-full' | 'read-only' | 'other';

const RETRY_MS = [500, 1_000, 2_000, 5_000];

function classify(error: unknown): StorageProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only';
  return 'other';
}

/** Plain words for a recovery, naming the lesson, what was wrong and what came back. */
export function recoveryMessage(what: string, recovery: Recovery): string {
  const outcome =
    recovery.restoredFrom === null
      ? t('data.recovery.noBackup')
      : t('data.recovery.restored', { when: recovery.restoredFrom.toLocaleString('en-US') });
  return [
    t('data.recovery.found', { what, problem: t(`data.recovery.problem.${recovery.problem}`) }),
    outcome,
    t('data.recovery.kept', { keptAs: recovery.keptAs }),
  ].join(' ');
}

/**
 * One unlocked profile: its data key, its open files, and saves that could not
 * reach the disk yet. Files are opened on first use, checked, and restored from
 * backup when damaged. A failed write keeps the data in memory and is retried
 * until the disk takes it again.
 */
export class ProfileSession {
  private readonly lessons = new Map<string, Promise<Low<LessonFile>>>();
  private readonly histories = new Map<string, Promise<Low<HistoryFile>>>();
  /** Other kinds of file (check-ins, self-checks, activity), by path. */
  private readonly others = new Map<string, Promise<Low<unknown>>>();
  private readonly dirty = new Set<Pick<Low<unknown>, 'write'>>();
  private problem: StorageProblem | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Files from a newer version already reported, so each is reported once. */
  private readonly newerReported = new Set<string>();

  constructor(
    readonly profileId: string,
    readonly dir: string,
    private readonly key: Buffer,
    private readonly writer: FileWriter,
    /** Why saves are refused right now (another process writes this profile), or null: loads always work. */
    private readonly readOnly: () => string | null,
    private readonly notify: (notice: StoreNotice) => void,
  ) {}

  /** Set while another process is writing this profile: loads work, saves are refused. */
  get readOnlyReason(): string | null {
    return this.readOnly();
  }

  private async openFile<T>(spec: FileSpec<T>, backupDir: string, what: string, fresh: () => T): Promise<Low<T>> {
    const adapter = new EncryptedFileAdapter<T>(spec, this.key, this.writer, backupDir);
    const db = new Low<T>(adapter, fresh());
    let read: Awaited<ReturnType<typeof readWithRecovery<T>>>;
    try {
      read = await readWithRecovery(adapter, this.writer, join(this.dir, 'set-aside'));
    } catch (error) {
      if (!(error instanceof StoreFileError) || error.problem !== 'newer-version') throw error;
      // Never upgraded, moved or written over: refused each time it is asked for, in plain words.
      const message = t('data.recovery.newer', { what, version: error.version, current: spec.type.version });
      if (!this.newerReported.has(spec.path)) this.notify({ kind: 'read-only', message });
      this.newerReported.add(spec.path);
      throw new ApiFailure('storage-failed', message, { reason: 'newer-version' });
    }
    db.data = read.data ?? fresh();
    if (read.recovery !== null) this.notify({ kind: 'recovered', message: recoveryMessage(what, read.recovery) });
    // An older file was upgraded on read: write it now (its old bytes first, see EncryptedFileAdapter), so what
    // is on disk is what is shown. If the disk refuses, it stays pending and is retried like any save.
    if (adapter.upgradedFrom !== null && this.readOnlyReason === null) await this.persist(db).catch(() => undefined);
    return db;
  }

  private cached<T>(map: Map<string, Promise<T>>, id: string, make: () => Promise<T>): Promise<T> {
    let pending = map.get(id);
    if (pending === undefined) {
      pending = make();
      map.set(id, pending);
      pending.catch(() => map.delete(id));
    }
    return pending;
  }

  /** A lesson's file, opened (and if need be recovered) once. */
  lesson(lessonId: string): Promise<Low<LessonFile>> {
    return this.cached(this.lessons, lessonId, () =>
      this.openFile(
        { path: join(this.dir, 'lessons', `${lessonId}.gw`), label: `lesson:${lessonId}`, type: lessonFileType },
        join(this.dir, 'backups', 'lessons', lessonId),
        t('data.recovery.lessonFile', { lesson: lessonId }),
        () => emptyLesson(lessonId),
      ),
    );
  }

  /** One month of a lesson's earlier answers. */
  history(lessonId: string, month: string): Promise<Low<HistoryFile>> {
    return this.cached(this.histories, `${lessonId}/${month}`, () =>
      this.openFile(
        {
          path: join(this.dir, 'history', lessonId, `${month}.gw`),
          label: `history:${lessonId}:${month}`,
          type: historyFileType,
        },
        join(this.dir, 'backups', 'history', lessonId, month),
        t('data.recovery.historyFile', { lesson: lessonId, month }),
        () => emptyHistory(lessonId, month),
      ),
    );
  }

  /**
   * Any other kind of file in the profile (core/store/checkinData.ts), opened,
   * checked, upgraded and recovered from backup like a lesson's, once.
   */
  file<T>(spec: FileSpec<T>, backupDir: string, what: string, fresh: () => T): Promise<Low<T>> {
    // Keyed by path, and each path has one kind, so what is cached under it is a Low<T>.
    const open = (): Promise<Low<unknown>> => this.openFile(spec, backupDir, what, fresh) as Promise<Low<unknown>>;
    return this.cached(this.others, spec.path, open) as Promise<Low<T>>;
  }

  /** Months that hold earlier answers of a lesson, newest first. */
  async historyMonths(lessonId: string): Promise<string[]> {
    const names = await readdir(join(this.dir, 'history', lessonId)).catch(() => [] as string[]);
    const months = new Set(names.filter((n) => /^\d{4}-\d{2}\.gw$/.test(n)).map((n) => n.slice(0, 7)));
    for (const key of this.histories.keys()) if (key.startsWith(`${lessonId}/`)) months.add(key.slice(-7));
    return [...months].sort().reverse();
  }

  /** Writes a changed file; on failure keeps it in memory, retries in the background, and throws storage-failed. */
  async persist(db: Pick<Low<unknown>, 'write'>): Promise<void> {
    const readOnly = this.readOnly();
    if (readOnly !== null) throw new ApiFailure('storage-failed', readOnly);
    try {
      await db.write();
      this.dirty.delete(db);
      if (this.dirty.size === 0) this.problem = null;
    } catch (error) {
      this.dirty.add(db);
      this.problem = classify(error);
      this.scheduleRetry();
      throw new ApiFailure('storage-failed', t(`data.storage.${this.problem}`), { cause: (error as Error).message });
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined) return;
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)];
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.retryNow();
    }, delay);
    this.retryTimer.unref();
  }

  /** Tries again to write everything kept in memory; true once all of it is on disk. */
  async retryNow(): Promise<boolean> {
    for (const db of [...this.dirty]) {
      try {
        await db.write();
        this.dirty.delete(db);
      } catch (error) {
        this.problem = classify(error);
        this.scheduleRetry();
        return false;
      }
    }
    this.problem = null;
    this.failures = 0;
    return true;
  }

  /** What is waiting to be written, and why. */
  status(): { problem: StorageProblem | null; pendingFiles: number } {
    return { problem: this.problem, pendingFiles: this.dirty.size };
  }

  /** Resolves once every queued write has finished. */
  async flush(): Promise<void> {
    const all = [...this.lessons.values(), ...this.histories.values(), ...this.others.values()];
    await Promise.all(
      all.map(async (p) =>
        ((await p.catch(() => null))?.adapter as EncryptedFileAdapter<unknown> | undefined)?.flush(),
      ),
    );
  }

  /** Stops retrying; the caller forgets the key. */
  close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
