import type { ProfileInfo, ProfilesState, StorageStatus } from '../../common/dataApi';
import type { Method, Request, Responses } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import { writeFileAtomic } from '../store/durableFile';
import { IdleLock, systemClock, type Clock } from './idleLock';
import { collectBundle, importBundle, openBundle, sealBundle } from './portable';

const { t } = createI18n();

type DataMethod =
  | 'getProfiles'
  | 'createProfile'
  | 'openProfile'
  | 'lockProfile'
  | 'renameProfile'
  | 'deleteProfile'
  | 'setPasscode'
  | 'setLockAfter'
  | 'getLessonHistory'
  | 'restoreAnswer'
  | 'getStorageStatus'
  | 'retryStorage'
  | 'exportProfile'
  | 'importProfile'
  | 'reportActivity';

export type DataHandlers = { [M in DataMethod & Method]: (request: Request<M>) => Promise<Responses[M]> };

export interface DataApi {
  handlers: DataHandlers;
  /** The profile answers are read from and saved to; `forbidden` when none is chosen or it is locked. */
  activeProfileId(): Promise<string>;
}

export interface DataApiOptions {
  /** Asks where to save a backup file; null when the person cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
  /** Time for the idle lock; tests pass a fake clock. */
  clock?: Clock;
  /** False when the clinic has turned idle locking off (idleLockMinutes: 0). */
  idleLock?: boolean;
}

/**
 * The API behind profiles, passcodes, history, storage status and backup files.
 * It keeps which profile is in use; only that one is ever unlocked. A first run,
 * or a computer with one profile and no passcode, goes straight to that profile,
 * so nobody is held up by a picker they do not need. A profile with a passcode
 * locks itself here after its idle time, counted from the last call on its data
 * or the window's last activity report, whether or not a window is open.
 */
export function createDataApi(store: AnswerStore, curriculum: Curriculum, options: DataApiOptions): DataApi {
  const manager = store.profiles;
  let activeId: string | null = null;
  const idleLockOn = options.idleLock ?? true;
  const idle = new IdleLock(options.clock ?? systemClock, (profileId) => {
    store.lock(profileId).catch((error: unknown) => console.error('groundwork: idle lock failed', error));
  });

  /** Starts, restarts or stops the idle count of a profile, from what it is now. */
  const watch = (profile: ProfileInfo | undefined, restart = false): void => {
    if (profile === undefined) return;
    if (!idleLockOn || !profile.hasPasscode || !store.isUnlocked(profile.id)) idle.stop(profile.id);
    else if (restart || !idle.isWatched(profile.id)) idle.watch(profile.id, profile.lockAfterMinutes * 60_000);
    else idle.touch(profile.id);
  };

  /** Forgets a profile's key and stops its idle count. */
  const lock = async (profileId: string): Promise<void> => {
    idle.stop(profileId);
    await store.lock(profileId);
  };

  const state = async (): Promise<ProfilesState> => {
    await store.prepare();
    // The idle timer may not have fired yet (a busy process): nobody gets in after the idle time.
    if (activeId !== null && idle.expired(activeId)) await lock(activeId);
    const { profiles, attention } = await manager.scan();
    if (activeId !== null && !profiles.some((p) => p.id === activeId)) {
      // Deleted, or its record stopped reading: its key must not stay in memory.
      await lock(activeId);
      activeId = null;
    }
    // Straight in only when nothing else needs to be seen, such as a profile that needs attention.
    const only = profiles.length === 1 && attention.length === 0 ? profiles[0] : undefined;
    if (activeId === null && only !== undefined && !only.hasPasscode) activeId = only.id;
    const active = profiles.find((p) => p.id === activeId);
    return {
      profiles,
      attention,
      activeId,
      unlocked: active !== undefined && (!active.hasPasscode || store.isUnlocked(active.id)),
      keyStore: manager.options.keyStore.kind,
    };
  };

  /** The active profile, once checked unlocked; the call counts as use for the idle lock. */
  const activeProfile = async (): Promise<ProfileInfo> => {
    const current = await state();
    const active = current.profiles.find((p) => p.id === current.activeId);
    if (active === undefined)
      throw new ApiFailure('forbidden', t('data.profiles.pickerIntro'), { reason: 'no-profile' });
    if (!current.unlocked) throw new ApiFailure('forbidden', t('data.lock.locked'), { reason: 'locked' });
    watch(active);
    return active;
  };
  const activeProfileId = async (): Promise<string> => (await activeProfile()).id;

  /** Makes `profileId` the one in use, locking the one before so only one key is ever held. */
  const switchTo = async (profileId: string): Promise<ProfilesState> => {
    if (activeId !== null && activeId !== profileId) await lock(activeId);
    activeId = profileId;
    const next = await state();
    watch(
      next.profiles.find((p) => p.id === profileId),
      true,
    );
    return next;
  };

  const checkName = async (name: string, except: string | null): Promise<void> => {
    const taken = (await manager.list()).some((p) => p.id !== except && p.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new ApiFailure('invalid-request', t('data.profiles.nameTaken'), { reason: 'name-taken' });
  };

  /** Checks a profile's passcode (or that it has none), with the usual delay after wrong tries. */
  const keyOf = (profileId: string, passcode: string | null): Promise<Buffer> => manager.unlock(profileId, passcode);

  const status = async (): Promise<StorageStatus> => {
    const { problem, pendingFiles } = await store.status();
    return {
      problem,
      pendingFiles,
      message: problem === null ? null : t(`data.storage.${problem}`),
      notices: store.notices.filter((n) => n.kind === 'recovered').map((n) => n.message),
    };
  };

  const handlers: DataHandlers = {
    getProfiles: state,
    async createProfile({ name, passcode }) {
      await store.prepare();
      await checkName(name, null);
      const { profile, key } = await manager.create(name, passcode);
      await store.adopt(profile.id, key);
      return switchTo(profile.id);
    },
    async openProfile({ profileId, passcode }) {
      await store.prepare();
      await store.unlock(profileId, passcode);
      return switchTo(profileId);
    },
    async lockProfile({ leave }) {
      if (activeId !== null) {
        await lock(activeId);
        const active = (await manager.list()).find((p) => p.id === activeId);
        if (leave || active === undefined || !active.hasPasscode) activeId = null;
      }
      const next = await state();
      // With one profile and no passcode, "switch" still shows the picker (to add a profile).
      return leave ? { ...next, activeId: null, unlocked: false } : next;
    },
    async renameProfile({ profileId, name }) {
      // Only the profile that is open, and unlocked, may be renamed: a name is how people find their answers.
      if (profileId !== (await activeProfileId()))
        throw new ApiFailure('forbidden', t('data.profiles.notOpen'), { reason: 'not-open' });
      await checkName(name, profileId);
      await manager.rename(profileId, name);
      return state();
    },
    async deleteProfile({ profileId, passcode }) {
      await keyOf(profileId, passcode);
      await lock(profileId);
      await manager.remove(profileId);
      if (activeId === profileId) activeId = null;
      const next = await state();
      return { ...next, activeId: null, unlocked: false };
    },
    async setPasscode({ current, next }) {
      const id = await activeProfileId();
      const key = await keyOf(id, (await manager.record(id)).key.kind === 'passcode' ? current : null);
      await manager.setPasscode(id, key, next);
      await store.adopt(id, key);
      return switchTo(id);
    },
    async setLockAfter({ minutes }) {
      const id = await activeProfileId();
      await manager.setLockAfter(id, minutes);
      return switchTo(id);
    },
    async reportActivity() {
      await activeProfileId();
      return { recorded: true };
    },
    async getLessonHistory({ lessonId }) {
      const id = await activeProfileId();
      const lesson = await curriculum.open(lessonId);
      const exercises = [];
      for (const exercise of lesson.exercises) {
        const versions = await store.history(id, lessonId, exercise.id);
        if (versions.length > 0)
          exercises.push({ exerciseId: exercise.id, label: exercise.label, type: exercise.type, versions });
      }
      return { exercises };
    },
    async restoreAnswer({ lessonId, exerciseId, updatedAt }) {
      const id = await activeProfileId();
      const lesson = await curriculum.open(lessonId);
      const exercise = lesson.exercises.find((e) => e.id === exerciseId);
      const version = (await store.history(id, lessonId, exerciseId)).find((v) => v.updatedAt === updatedAt);
      if (exercise === undefined || version === undefined) throw new ApiFailure('not-found', t('data.history.none'));
      return { savedAt: await store.save(id, lessonId, exercise, version.value, true) };
    },
    getStorageStatus: status,
    async retryStorage() {
      await store.retry();
      return status();
    },
    async exportProfile({ passcode }) {
      const profile = await activeProfile();
      const session = await store.session(profile.id);
      const bytes = await sealBundle(await collectBundle(session, profile), passcode, manager.kdf);
      const path = await options.chooseSavePath(`groundwork-backup-${new Date().toISOString().slice(0, 10)}.gwbackup`);
      if (path === null) return { status: 'cancelled' };
      await writeFileAtomic(path, bytes);
      return { status: 'saved', path };
    },
    async importProfile({ data, passcode }) {
      await store.prepare();
      const bundle = await openBundle(Buffer.from(data, 'base64'), passcode);
      const names = new Set((await manager.list()).map((p) => p.name.toLowerCase()));
      let name = bundle.profile.name.slice(0, 40);
      for (let i = 2; names.has(name.toLowerCase()); i += 1) {
        name = `${t('data.portable.importedName', { name: bundle.profile.name.slice(0, 24) })}${i > 2 ? ` ${i}` : ''}`;
      }
      const profile = await importBundle(manager, bundle, name, passcode);
      await store.unlock(profile.id, passcode);
      return switchTo(profile.id);
    },
  };
  return { handlers, activeProfileId };
}
