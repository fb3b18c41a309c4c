import type { LessonLanguage } from '../../common/language';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProfileAttentionInfo } from '../../common/dataApi';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { SerialQueue, syncDirectory } from '../store/durableFile';
import { newDataKey } from '../store/envelope';
import { isSlug } from '../../common/ids';
import { noteSeen, withNoteSeen } from './contentNotesSeen';
import { FileKeyStore, type KeyStore } from './keyStore';
import { lockoutMs, strongKdf, unwrapWithPasscode, wrapWithPasscode, type KdfParams } from './passcode';
import { attentionOf, moveIntoPlace, refuseExisting, scanProfiles } from './profileFolders';
import {
  PROFILE_RECORD_VERSION,
  readProfileRecord,
  writeProfileRecord,
  type KeyRecord,
  type ProfileRecord,
} from './profileRecord';

const { t } = createI18n();

/** What the picker shows about a profile; never anything from inside it. */
export interface ProfileSummary {
  id: string;
  name: string;
  hasPasscode: boolean;
  createdAt: string;
  lockAfterMinutes: number;
  /** The language the person chose; absent until they choose one. */
  language?: LessonLanguage;
}

export interface ProfileManagerOptions {
  keyStore: KeyStore;
  /** scrypt cost; tests pass a cheaper one. */
  kdf?: KdfParams;
  now?: () => number;
  /** Idle minutes before a new profile locks; the clinic's setting when it has one. */
  defaultLockAfterMinutes?: number;
}

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

const summary = (r: ProfileRecord): ProfileSummary => ({
  id: r.id,
  name: r.name,
  hasPasscode: r.key.kind === 'passcode',
  createdAt: r.createdAt,
  lockAfterMinutes: r.lockAfterMinutes,
  ...(r.language === undefined ? {} : { language: r.language }),
});

/**
 * The profiles on this computer, each a folder under `<dataDir>/profiles/`, and
 * their keys: a random data key per profile, wrapped by the profile's passcode
 * (scrypt) or, without one, by the key store. Unlock attempts and changes to one
 * profile's record run one at a time, so the delay after wrong passcodes cannot be
 * raced and no change is written over by another made at the same moment.
 */
export class ProfileManager {
  /**
   * One queue per profile for everything that reads its record and writes it back
   * (unlocking counts wrong tries there too), so two changes at once never write
   * over each other: a new passcode's key must not be lost to a language change.
   */
  private readonly recordQueues = new Map<string, SerialQueue>();
  readonly kdf: KdfParams;
  private readonly now: () => number;

  constructor(
    readonly dataDir: string,
    readonly options: ProfileManagerOptions,
  ) {
    this.kdf = options.kdf ?? strongKdf;
    this.now = options.now ?? Date.now;
  }

  get profilesDir(): string {
    return join(this.dataDir, 'profiles');
  }

  dirOf(profileId: string): string {
    if (!isSlug(profileId)) throw new ApiFailure('not-found', t('data.profiles.notFound'));
    return join(this.profilesDir, profileId);
  }

  /**
   * Every profile folder: those that open, oldest first, and those whose record
   * cannot be used (damaged, from a newer version, naming another profile), which
   * are listed so the person is told and never replaced by a new profile. Reads only.
   */
  async scan(): Promise<{ profiles: ProfileSummary[]; attention: ProfileAttentionInfo[] }> {
    return scanProfiles(this.profilesDir, summary);
  }

  /** The profiles that open, oldest first. */
  async list(): Promise<ProfileSummary[]> {
    return (await this.scan()).profiles;
  }

  /**
   * A profile's record: not-found when there is no such folder; `forbidden` with
   * `details.reason` 'needs-attention' (and the problem) when its record cannot be used.
   */
  async record(profileId: string): Promise<ProfileRecord> {
    const dir = this.dirOf(profileId);
    try {
      return await readProfileRecord(dir);
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      const exists = await lstat(dir).then(
        (info) => info.isDirectory(),
        () => false,
      );
      if (!exists) throw new ApiFailure('not-found', t('data.profiles.notFound'));
      const { problem } = attentionOf(profileId, dir, error);
      const message = t('data.attention.refused', { reason: t(`data.attention.problem.${problem}`) });
      throw new ApiFailure('forbidden', message, { reason: 'needs-attention', problem });
    }
  }

  private async wrap(dataKey: Buffer, passcode: string | null): Promise<KeyRecord> {
    if (passcode !== null) return wrapWithPasscode(dataKey, passcode, this.kdf);
    const store = this.options.keyStore;
    return { kind: store.kind, wrapped: (await store.protect(dataKey)).toString('base64') };
  }

  /**
   * Makes a profile folder (in `parentDir`, default the profiles folder); returns it
   * with its data key. Built aside and moved into place in one step, and refused
   * when the folder already exists: a new key written over an existing record would
   * make every answer in that folder unreadable for good.
   */
  async create(
    name: string,
    passcode: string | null,
    options: { id?: string; parentDir?: string } = {},
  ): Promise<{ profile: ProfileSummary; key: Buffer; dir: string }> {
    const id = options.id ?? `p-${randomBytes(5).toString('hex')}`;
    const parent = options.parentDir ?? this.profilesDir;
    const dir = join(parent, id);
    await mkdir(parent, { recursive: true, mode: 0o700 });
    await refuseExisting(dir);
    const staging = join(parent, `.creating-${randomBytes(4).toString('hex')}`);
    const key = newDataKey();
    const record: ProfileRecord = {
      schemaVersion: PROFILE_RECORD_VERSION,
      id,
      name,
      createdAt: new Date(this.now()).toISOString(),
      lockAfterMinutes: this.options.defaultLockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
      key: await this.wrap(key, passcode),
      failedAttempts: 0,
      lastFailedAt: null,
    };
    try {
      // The folder keeps its final name inside the staging folder: the record's id must match it.
      await mkdir(join(staging, id), { recursive: true, mode: 0o700 });
      await writeProfileRecord(join(staging, id), record);
      await moveIntoPlace(join(staging, id), dir);
      await syncDirectory(parent);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    return { profile: summary(record), key, dir };
  }

  rename(profileId: string, name: string): Promise<ProfileSummary> {
    return this.inTurn(profileId, async () => {
      const record = { ...(await this.record(profileId)), name };
      await writeProfileRecord(this.dirOf(profileId), record);
      return summary(record);
    });
  }

  setLockAfter(profileId: string, minutes: number): Promise<ProfileSummary> {
    return this.inTurn(profileId, () => this.setLockAfterIn(this.dirOf(profileId), minutes));
  }

  /** Sets the language the person reads in, or forgets it (null) so the clinic's or the system's applies. */
  setLanguage(profileId: string, language: LessonLanguage | null): Promise<ProfileSummary> {
    return this.inTurn(profileId, async () => {
      const { language: _old, ...rest } = await this.record(profileId);
      const record = language === null ? rest : { ...rest, language };
      await writeProfileRecord(this.dirOf(profileId), record);
      return summary(record);
    });
  }

  /** Whether the person has read the lesson's content note, and it named every topic the note names now. */
  async contentNoteSeen(profileId: string, lessonId: string, topics: readonly string[]): Promise<boolean> {
    return noteSeen((await this.record(profileId)).contentNotesSeen, lessonId, topics);
  }

  /**
   * Keeps that the person read the lesson's content note (naming `topics`), so it
   * no longer stands before the lesson. False when there was nothing to keep or
   * no room: the note then shows again next time.
   */
  markContentNoteSeen(profileId: string, lessonId: string, topics: readonly string[]): Promise<boolean> {
    return this.inTurn(profileId, async () => {
      const record = await this.record(profileId);
      if (noteSeen(record.contentNotesSeen, lessonId, topics)) return true;
      const contentNotesSeen = withNoteSeen(record.contentNotesSeen, lessonId, topics);
      if (contentNotesSeen === null) return false;
      await writeProfileRecord(this.dirOf(profileId), { ...record, contentNotesSeen });
      return true;
    });
  }

  /** Same, for a profile folder not (yet) in the profiles folder, such as one being imported. */
  async setLockAfterIn(dir: string, minutes: number): Promise<ProfileSummary> {
    const record = { ...(await readProfileRecord(dir)), lockAfterMinutes: minutes };
    await writeProfileRecord(dir, record);
    return summary(record);
  }

  /** Sets, changes (next is a string) or removes (null) the passcode, given the unlocked data key. */
  setPasscode(profileId: string, dataKey: Buffer, next: string | null): Promise<ProfileSummary> {
    return this.inTurn(profileId, async () => {
      // Wrapped first: the record is read only once the slow key derivation is done, just before it is written.
      const key = await this.wrap(dataKey, next);
      const record = { ...(await this.record(profileId)), key, failedAttempts: 0 };
      await writeProfileRecord(this.dirOf(profileId), record);
      return summary(record);
    });
  }

  /** Deletes a profile's folder: first renamed aside in one step, so a crash never leaves half a profile listed. */
  async remove(profileId: string): Promise<void> {
    const dir = this.dirOf(profileId);
    const doomed = join(this.profilesDir, `.deleting-${profileId}-${randomBytes(4).toString('hex')}`);
    await rename(dir, doomed);
    await syncDirectory(this.profilesDir);
    await rm(doomed, { recursive: true, force: true });
  }

  /**
   * The profile's data key. A wrong or missing passcode answers `forbidden` with
   * `details.reason` and `details.retryAfterMs`; after a few wrong tries each
   * attempt must wait longer, counted on disk.
   */
  unlock(profileId: string, passcode: string | null): Promise<Buffer> {
    return this.inTurn(profileId, () => this.unlockNow(profileId, passcode));
  }

  /** Runs a read-and-write-back of a profile's record after the ones before it (see recordQueues). */
  private inTurn<T>(profileId: string, task: () => Promise<T>): Promise<T> {
    let queue = this.recordQueues.get(profileId);
    if (queue === undefined) this.recordQueues.set(profileId, (queue = new SerialQueue()));
    return queue.run(task);
  }

  private async unlockNow(profileId: string, passcode: string | null): Promise<Buffer> {
    const record = await this.record(profileId);
    const { key } = record;
    if (key.kind !== 'passcode') {
      // A profile made where there was no secure store keeps its key in the key file, whatever the host now offers.
      const configured = this.options.keyStore;
      const store = key.kind === 'file' && configured.kind !== 'file' ? new FileKeyStore(this.dataDir) : configured;
      try {
        return await store.unprotect(Buffer.from(key.wrapped, 'base64'));
      } catch {
        throw new ApiFailure('storage-failed', t('data.profiles.keyStoreFailed'));
      }
    }
    if (passcode === null)
      throw new ApiFailure('forbidden', t('data.lock.needPasscode'), { reason: 'passcode-required' });
    const since = record.lastFailedAt === null ? Infinity : this.now() - Date.parse(record.lastFailedAt);
    const wait = lockoutMs(record.failedAttempts) - since;
    if (wait > 0) {
      throw new ApiFailure('forbidden', t('data.lock.wait', { seconds: Math.ceil(wait / 1000) }), {
        reason: 'wait',
        retryAfterMs: wait,
      });
    }
    const dataKey = await unwrapWithPasscode(key, passcode);
    if (dataKey === null) {
      const failedAttempts = record.failedAttempts + 1;
      await writeProfileRecord(this.dirOf(profileId), {
        ...record,
        failedAttempts,
        lastFailedAt: new Date(this.now()).toISOString(),
      });
      throw new ApiFailure('forbidden', t('data.lock.wrong'), {
        reason: 'wrong-passcode',
        retryAfterMs: lockoutMs(failedAttempts),
      });
    }
    if (record.failedAttempts > 0) {
      await writeProfileRecord(this.dirOf(profileId), { ...record, failedAttempts: 0, lastFailedAt: null });
    }
    return dataKey;
  }
}
