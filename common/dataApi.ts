import { lessonLanguages, type LessonLanguage } from './language';
import { z } from 'zod';
import { exerciseIdSchema } from './exercises';
import { slugSchema } from './ids';
import { limits } from './limits';

/**
 * The data-safety part of the API contract (profiles, passcodes, history, storage
 * status, backup files). common/api.ts merges these into `requestSchemas` and
 * `Responses`; the method names are listed in common/channels.ts.
 */

const id = slugSchema({ max: limits.idChars });
// Names are shown on a shared screen: printable characters only, trimmed, short.
const name = z
  .string()
  .trim()
  .min(1)
  .max(limits.profileNameChars)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u);
/** Shortest passcode that still unlocks: profiles made before longer ones were required must still open. */
export const MIN_PASSCODE_LENGTH = 4;
/** Shortest passcode a person may choose now: 4 digits fall to an offline guess in under two hours. */
export const MIN_NEW_PASSCODE_LENGTH = 6;
/** Shortest passcode for a backup file, which may travel far from this computer. */
export const MIN_BACKUP_PASSCODE_LENGTH = 8;
const passcode = z.string().min(MIN_PASSCODE_LENGTH).max(200);
const newPasscode = z.string().min(MIN_NEW_PASSCODE_LENGTH).max(200);
const backupPasscode = z.string().min(MIN_BACKUP_PASSCODE_LENGTH).max(200);
/** Base64 of a backup file; Electron's IPC has no size limit of its own, so this is it (64 MiB). */
const backupData = z
  .string()
  .max(64 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const dataRequestSchemas = {
  getProfiles: z.strictObject({}),
  createProfile: z.strictObject({ name, passcode: newPasscode.nullable() }),
  openProfile: z.strictObject({ profileId: id, passcode: passcode.nullable() }),
  lockProfile: z.strictObject({ leave: z.boolean() }),
  renameProfile: z.strictObject({ profileId: id, name }),
  deleteProfile: z.strictObject({ profileId: id, passcode: passcode.nullable(), confirm: z.literal(true) }),
  setPasscode: z.strictObject({ current: passcode.nullable(), next: newPasscode.nullable() }),
  setLockAfter: z.strictObject({ minutes: z.number().int().min(1).max(240) }),
  /** null forgets the choice, so the clinic's or the system's language applies. */
  setLanguage: z.strictObject({ language: z.enum(lessonLanguages).nullable() }),
  getLessonHistory: z.strictObject({ lessonId: id }),
  restoreAnswer: z.strictObject({ lessonId: id, exerciseId: exerciseIdSchema, updatedAt: z.iso.datetime() }),
  getStorageStatus: z.strictObject({}),
  retryStorage: z.strictObject({}),
  exportProfile: z.strictObject({ passcode: backupPasscode }),
  importProfile: z.strictObject({ data: backupData, passcode: backupPasscode }),
  /** The person is using the window (reading, scrolling, typing): the idle lock starts counting again. */
  reportActivity: z.strictObject({}),
  /** The person read the lesson's content note and continued: it no longer stands before that lesson for them. */
  markContentNoteSeen: z.strictObject({ lessonId: id }),
} as const;

/** What the picker shows about a profile; never anything from inside it. */
export interface ProfileInfo {
  id: string;
  name: string;
  hasPasscode: boolean;
  createdAt: string;
  lockAfterMinutes: number;
  /** The language the person chose; absent until they choose one. */
  language?: LessonLanguage;
}

/** Why a profile cannot be opened: its record is damaged, from a newer Groundwork, or names another profile. */
export type ProfileProblem = 'damaged' | 'newer-version' | 'wrong-folder';

/** A profile folder whose record cannot be used; it is listed, never opened, and left as it is. */
export interface ProfileAttentionInfo {
  /** The folder's name, which is the profile's identity. */
  id: string;
  /** The name the record gives, when it could be read. */
  name: string | null;
  problem: ProfileProblem;
  /** Where the folder is, for whoever restores it. */
  folder: string;
}

export interface ProfilesState {
  profiles: ProfileInfo[];
  /** Profiles that need attention before they can be opened. */
  attention: ProfileAttentionInfo[];
  /** The profile in use (possibly locked), or null when a profile must be chosen. */
  activeId: string | null;
  unlocked: boolean;
  /** 'file' means the system offers no secure store for keys; the person is told so. */
  keyStore: 'os' | 'file';
}

export interface AnswerVersionInfo {
  value: unknown;
  updatedAt: string;
  replacedAt: string;
}

export interface LessonHistory {
  exercises: {
    exerciseId: string;
    label: string;
    type: string;
    /** A choice exercise's options, so stored values are shown by their labels. */
    options?: { value: string; label: string }[];
    versions: AnswerVersionInfo[];
  }[];
}

export interface StorageStatus {
  /** Why saves are not reaching the disk, or null when all is well. */
  problem: 'disk-full' | 'read-only' | 'other' | null;
  pendingFiles: number;
  /** Plain words for the person when there is a problem. */
  message: string | null;
  /** What the person was told about their data since the app started (a damaged file restored, for example). */
  notices: string[];
}

export type BackupExportOutcome = { status: 'saved'; path: string } | { status: 'cancelled' };

export interface DataResponses {
  getProfiles: ProfilesState;
  createProfile: ProfilesState;
  openProfile: ProfilesState;
  lockProfile: ProfilesState;
  renameProfile: ProfilesState;
  deleteProfile: ProfilesState;
  setPasscode: ProfilesState;
  setLockAfter: ProfilesState;
  setLanguage: ProfilesState;
  getLessonHistory: LessonHistory;
  restoreAnswer: { savedAt: string };
  getStorageStatus: StorageStatus;
  retryStorage: StorageStatus;
  exportProfile: BackupExportOutcome;
  importProfile: ProfilesState;
  reportActivity: { recorded: true };
  /** false when it could not be kept (the lesson has no note, or the profile keeps as many as it may): it shows again. */
  markContentNoteSeen: { remembered: boolean };
}
