import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { SerialQueue, syncDirectory } from '../store/durableFile';
import { newDataKey } from '../store/envelope';
import { safeNamePattern } from '../store/lessonData';
import { FileKeyStore, type KeyStore } from './keyStore';
import { lockoutMs, strongKdf, unwrapWithPasscode, wrapWithPasscode, type KdfParams } from './passcode';
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
});

/**
 * The profiles on this computer, each a folder under `<dataDir>/profiles/`, and
 * their keys: a random data key per profile, wrapped by the profile's passcode
 * (scrypt) or, without one, by the key store. Unlock attempts for one profile run
 * one at a time, so the delay after wrong passcodes cannot be raced.
 */
export class ProfileManager {
  private readonly unlockQueues = new Map<string, SerialQueue>();
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
    if (!safeNamePattern.test(profileId)) throw new ApiFailure('not-found', t('data.profiles.notFound'));
    return join(this.profilesDir, profileId);
  }

  /** Every profile that can be listed, oldest first; damaged ones are left out (and kept on disk). */
  async list(): Promise<ProfileSummary[]> {
    const names = await readdir(this.profilesDir, { withFileTypes: true }).catch(() => []);
    const records = await Promise.all(
      names
        .filter((n) => n.isDirectory() && safeNamePattern.test(n.name))
        .map((n) => readProfileRecord(join(this.profilesDir, n.name)).catch(() => null)),
    );
    return records
      .filter((r): r is ProfileRecord => r !== null)
      .map(summary)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** A profile's record; not-found when there is none. */
  async record(profileId: string): Promise<ProfileRecord> {
    try {
      return await readProfileRecord(this.dirOf(profileId));
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      throw new ApiFailure('not-found', t('data.profiles.notFound'));
    }
  }

  private async wrap(dataKey: Buffer, passcode: string | null): Promise<KeyRecord> {
    if (passcode !== null) return wrapWithPasscode(dataKey, passcode, this.kdf);
    const store = this.options.keyStore;
    return { kind: store.kind, wrapped: (await store.protect(dataKey)).toString('base64') };
  }

  /** Makes a profile folder (in `parentDir`, default the profiles folder); returns it with its data key. */
  async create(
    name: string,
    passcode: string | null,
    options: { id?: string; parentDir?: string } = {},
  ): Promise<{ profile: ProfileSummary; key: Buffer; dir: string }> {
    const id = options.id ?? `p-${randomBytes(5).toString('hex')}`;
    const dir = join(options.parentDir ?? this.profilesDir, id);
    await mkdir(dir, { recursive: true, mode: 0o700 });
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
    await writeProfileRecord(dir, record);
    await syncDirectory(options.parentDir ?? this.profilesDir);
    return { profile: summary(record), key, dir };
  }

  async rename(profileId: string, name: string): Promise<ProfileSummary> {
    const record = { ...(await this.record(profileId)), name };
    await writeProfileRecord(this.dirOf(profileId), record);
    return summary(record);
  }

  async setLockAfter(profileId: string, minutes: number): Promise<ProfileSummary> {
    return this.setLockAfterIn(this.dirOf(profileId), minutes);
  }

  /** Same, for a profile folder not (yet) in the profiles folder, such as one being imported. */
  async setLockAfterIn(dir: string, minutes: number): Promise<ProfileSummary> {
    const record = { ...(await readProfileRecord(dir)), lockAfterMinutes: minutes };
    await writeProfileRecord(dir, record);
    return summary(record);
  }

  /** Sets, changes (next is a string) or removes (null) the passcode, given the unlocked data key. */
  async setPasscode(profileId: string, dataKey: Buffer, next: string | null): Promise<ProfileSummary> {
    const record = { ...(await this.record(profileId)), key: await this.wrap(dataKey, next), failedAttempts: 0 };
    await writeProfileRecord(this.dirOf(profileId), record);
    return summary(record);
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
    let queue = this.unlockQueues.get(profileId);
    if (queue === undefined) this.unlockQueues.set(profileId, (queue = new SerialQueue()));
    return queue.run(() => this.unlockNow(profileId, passcode));
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
