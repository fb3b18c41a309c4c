import type { ProfilesState, StorageStatus } from '../../common/dataApi';
import type { Method, Request, Responses } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import { writeFileAtomic } from '../store/durableFile';
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
  | 'importProfile';

export type DataHandlers = { [M in DataMethod & Method]: (request: Request<M>) => Promise<Responses[M]> };

export interface DataApi {
  handlers: DataHandlers;
  /** The profile answers are read from and saved to; `forbidden` when none is chosen or it is locked. */
  activeProfileId(): Promise<string>;
}

/**
 * The API behind profiles, passcodes, history, storage status and backup files.
 * It keeps which profile is in use. A first run, or a computer with one profile
 * and no passcode, goes straight to that profile, so nobody is held up by a
 * picker they do not need. A profile with a passcode locks itself after its idle
 * time even if the window never asked (the window also locks on its own timer).
 */
export function createDataApi(
  store: AnswerStore,
  curriculum: Curriculum,
  chooseSavePath: (suggestedName: string) => Promise<string | null>,
): DataApi {
  const manager = store.profiles;
  let activeId: string | null = null;

  const state = async (): Promise<ProfilesState> => {
    await store.prepare();
    const profiles = await manager.list();
    if (activeId !== null && !profiles.some((p) => p.id === activeId)) activeId = null;
    const only = profiles.length === 1 ? profiles[0] : undefined;
    if (activeId === null && only !== undefined && !only.hasPasscode) activeId = only.id;
    const active = profiles.find((p) => p.id === activeId);
    return {
      profiles,
      activeId,
      unlocked: active !== undefined && (!active.hasPasscode || store.isUnlocked(active.id)),
      keyStore: manager.options.keyStore.kind,
    };
  };

  const activeProfileId = async (): Promise<string> => {
    const current = await state();
    const active = current.profiles.find((p) => p.id === current.activeId);
    if (active === undefined)
      throw new ApiFailure('forbidden', t('data.profiles.pickerIntro'), { reason: 'no-profile' });
    // Idle locking is the renderer's job: it sees mouse, keys and scrolling, which never reach
    // this process, so a check here would lock someone who had been reading, not away.
    return active.id;
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
      activeId = profile.id;
      return state();
    },
    async openProfile({ profileId, passcode }) {
      await store.prepare();
      await store.unlock(profileId, passcode);
      if (activeId !== null && activeId !== profileId) await store.lock(activeId);
      activeId = profileId;
      return state();
    },
    async lockProfile({ leave }) {
      if (activeId !== null) {
        await store.lock(activeId);
        const active = (await manager.list()).find((p) => p.id === activeId);
        if (leave || active === undefined || !active.hasPasscode) activeId = null;
      }
      const next = await state();
      // With one profile and no passcode, "switch" still shows the picker (to add a profile).
      return leave ? { ...next, activeId: null, unlocked: false } : next;
    },
    async renameProfile({ profileId, name }) {
      await checkName(name, profileId);
      await manager.rename(profileId, name);
      return state();
    },
    async deleteProfile({ profileId, passcode }) {
      await keyOf(profileId, passcode);
      await store.lock(profileId);
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
      return state();
    },
    async setLockAfter({ minutes }) {
      await manager.setLockAfter(await activeProfileId(), minutes);
      return state();
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
      const id = await activeProfileId();
      const profile = (await manager.list()).find((p) => p.id === id);
      if (profile === undefined) throw new ApiFailure('not-found', t('data.profiles.notFound'));
      const bytes = await sealBundle(await collectBundle(await store.session(id), profile), passcode, manager.kdf);
      const path = await chooseSavePath(`groundwork-backup-${new Date().toISOString().slice(0, 10)}.gwbackup`);
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
      activeId = profile.id;
      return state();
    },
  };
  return { handlers, activeProfileId };
}
