import type { dataRequestSchemas, ProfilesState, StorageStatus } from '../../common/dataApi';
import type { Method, Request, Responses } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import { writeFileAtomic } from '../store/durableFile';
import { ActiveProfile, type ActiveProfileOptions } from './activeProfile';
import { collectBundle, importBundle, openBundle, sealBundle } from './portable';

const { t } = createI18n();

/** The methods of common/dataApi.ts, derived from its request schemas so a new one cannot be missed here. */
type DataMethod = keyof typeof dataRequestSchemas;

export type DataHandlers = { [M in DataMethod & Method]: (request: Request<M>) => Promise<Responses[M]> };

export interface DataApi {
  handlers: DataHandlers;
  /** The profile answers are read from and saved to; `forbidden` when none is chosen or it is locked. */
  activeProfileId(): Promise<string>;
}

export interface DataApiOptions extends ActiveProfileOptions {
  /** Asks where to save a backup file; null when the person cancels. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
}

/**
 * The API behind profiles, passcodes, history, storage status and backup files.
 * Which profile is in use, and its idle lock, are kept by ActiveProfile.
 */
export function createDataApi(store: AnswerStore, curriculum: Curriculum, options: DataApiOptions): DataApi {
  const manager = store.profiles;
  const active = new ActiveProfile(store, options);
  const state = (): Promise<ProfilesState> => active.state();
  const activeProfileId = async (): Promise<string> => (await active.current()).id;
  const switchTo = (profileId: string): Promise<ProfilesState> => active.switchTo(profileId);

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
      const id = active.id;
      if (id !== null) {
        await active.lock(id);
        const profile = (await manager.list()).find((p) => p.id === id);
        if (leave || profile === undefined || !profile.hasPasscode) active.leave();
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
      await active.lock(profileId);
      await manager.remove(profileId);
      if (active.id === profileId) active.leave();
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
    async setLanguage({ language }) {
      const id = await activeProfileId();
      await manager.setLanguage(id, language);
      return switchTo(id);
    },
    async reportActivity() {
      await activeProfileId();
      return { recorded: true };
    },
    async markContentNoteSeen({ lessonId }) {
      const id = await activeProfileId();
      // The topics come from the lesson itself, never from the request: what is kept is what the note said.
      const { contentNotes } = (await curriculum.open(lessonId)).frontmatter;
      return { remembered: await manager.markContentNoteSeen(id, lessonId, contentNotes) };
    },
    async getLessonHistory({ lessonId }) {
      const id = await activeProfileId();
      const lesson = await curriculum.open(lessonId);
      const exercises = [];
      for (const exercise of lesson.exercises) {
        const versions = await store.history(id, lessonId, exercise.id);
        if (versions.length > 0)
          exercises.push({
            exerciseId: exercise.id,
            label: exercise.label,
            type: exercise.type,
            ...(exercise.options === undefined ? {} : { options: exercise.options }),
            versions,
          });
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
      const profile = await active.current();
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
