import { mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { createI18n } from '../../common/i18n/createI18n';
import type { ProfileManager } from '../profiles/profileManager';
import { syncDirectory, writeFileAtomic } from './durableFile';
import { seal } from './envelope';
import { isSlug } from '../../common/ids';
import { DATA_SCHEMA_VERSION, type StoredAnswerRecord } from './lessonData';
import { legacyProfileSchema, LEGACY_SCHEMA_VERSION, type LegacyProfile } from './profileFile';
import type { StoreNotice } from './profileSession';

const { t } = createI18n();

/** One numbered step from one data layout to the next. */
export interface Migration {
  from: number;
  to: number;
  /** Migrates the legacy file of one profile into a new profile folder. */
  run(context: MigrationContext): Promise<void>;
}

export interface MigrationContext {
  manager: ProfileManager;
  profileId: string;
  legacy: LegacyProfile;
  /** The legacy file's exact bytes, kept (encrypted) as the backup the migration starts with. */
  original: Buffer;
  /** A staging folder; the migration builds the new profile inside it. */
  stagingDir: string;
}

/**
 * The version of the lesson files layout 2 began with. The step writes them as
 * that version wrote them; reading them walks the lesson files' own steps from there
 * (upgrade.ts), so this step never has to follow later changes.
 */
const LAYOUT_2_LESSON_VERSION = 2;

interface Layout2Lesson {
  schemaVersion: typeof LAYOUT_2_LESSON_VERSION;
  lessonId: string;
  answers: Record<string, StoredAnswerRecord>;
  setAside: { exerciseId: string; reason: string; raw: unknown; at: string }[];
}

/** Layout 1 (one plain file) → layout 2 (a folder of encrypted per-lesson files). */
const v1ToV2: Migration = {
  from: 1,
  to: 2,
  async run({ manager, profileId, legacy, original, stagingDir }) {
    const { key, dir } = await manager.create(legacy.profile.name, null, { id: profileId, parentDir: stagingDir });
    // The backup first: the old file's bytes, encrypted, beside the new data.
    await mkdir(join(dir, 'backups', 'legacy'), { recursive: true, mode: 0o700 });
    await writeFileAtomic(
      join(dir, 'backups', 'legacy', `profile-v1-${Date.now()}.gw`),
      seal(key, LEGACY_SCHEMA_VERSION, 'legacy-profile-v1', original),
    );
    const lessons = new Map<string, Layout2Lesson>();
    const lessonOf = (lessonId: string): Layout2Lesson => {
      let lesson = lessons.get(lessonId);
      if (lesson === undefined) {
        lesson = { schemaVersion: LAYOUT_2_LESSON_VERSION, lessonId, answers: {}, setAside: [] };
        lessons.set(lessonId, lesson);
      }
      return lesson;
    };
    for (const [lessonId, answers] of Object.entries(legacy.answers)) {
      if (isSlug(lessonId)) Object.assign(lessonOf(lessonId).answers, answers);
    }
    for (const { lessonId, ...kept } of legacy.setAside) {
      if (isSlug(lessonId)) lessonOf(lessonId).setAside.push(kept);
    }
    await mkdir(join(dir, 'lessons'), { recursive: true, mode: 0o700 });
    for (const [lessonId, lesson] of lessons) {
      const bytes = seal(key, LAYOUT_2_LESSON_VERSION, `lesson:${lessonId}`, Buffer.from(JSON.stringify(lesson)));
      await writeFileAtomic(join(dir, 'lessons', `${lessonId}.gw`), bytes);
    }
  },
};

/** Every migration, in order. */
export const migrations: Migration[] = [v1ToV2];

/**
 * Brings legacy `profiles/<id>.json` files up to the current layout. Each is
 * migrated in a staging folder that is renamed into place in one step, and the
 * plain-text file is removed only after that, so a crash at any point leaves
 * either the old file or the finished new folder. A file from a newer version,
 * or one that cannot be read, is left exactly as it is and reported.
 */
export async function migrateLegacyProfiles(manager: ProfileManager): Promise<StoreNotice[]> {
  const notices: StoreNotice[] = [];
  const dir = manager.profilesDir;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const profileId = name.slice(0, -'.json'.length);
    if (!isSlug(profileId)) continue;
    const legacyPath = join(dir, name);
    const target = join(dir, profileId);
    // Anything in the folder (a record, or only its .bak copy and the lessons) makes it a profile;
    // an empty folder is simply replaced by the migrated one.
    const inTarget = await readdir(target).catch(() => [] as string[]);
    if (inTarget.length > 0) {
      // Either a crash after the new folder was in place (its backups hold a copy), or an old
      // file restored or left by a downgrade. Which one cannot be told without the key, so the
      // file is never deleted here: it is kept aside and the person told.
      await mkdir(join(dir, '..', 'set-aside'), { recursive: true });
      await rename(legacyPath, join(dir, '..', 'set-aside', `${name}.beside-profile-${Date.now()}`));
      notices.push({ kind: 'recovered', message: t('data.migration.beside', { file: legacyPath }) });
      continue;
    }
    const original = await readFile(legacyPath);
    let json: unknown;
    try {
      json = JSON.parse(original.toString('utf8'));
    } catch {
      json = null;
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > DATA_SCHEMA_VERSION) {
      notices.push({ kind: 'read-only', message: t('data.migration.newer', { file: legacyPath }) });
      continue;
    }
    const parsed = legacyProfileSchema.safeParse(json);
    const migration = migrations.find((m) => m.from === version);
    if (!parsed.success || migration === undefined) {
      notices.push({ kind: 'recovered', message: t('data.migration.damaged', { file: legacyPath }) });
      await mkdir(join(dir, '..', 'set-aside'), { recursive: true });
      await rename(legacyPath, join(dir, '..', 'set-aside', `${name}.damaged-${Date.now()}`));
      continue;
    }
    const stagingDir = join(dir, `.migrating-${profileId}`);
    await rm(stagingDir, { recursive: true, force: true });
    await mkdir(stagingDir, { recursive: true, mode: 0o700 });
    await migration.run({ manager, profileId, legacy: parsed.data, original, stagingDir });
    await rename(join(stagingDir, profileId), target);
    await syncDirectory(dir);
    await unlink(legacyPath);
    await syncDirectory(dir);
    await rm(stagingDir, { recursive: true, force: true });
    notices.push({ kind: 'migrated', message: t('data.migration.done') });
  }
  return notices;
}
