import { backupBundleType } from '../profiles/portable';
import { activityType, checkInMonthType, selfCheckYearType } from './checkinData';
import { profileRecordType } from '../profiles/profileRecord';
import { reminderFileType } from '../reminders/reminderStore';
import { shareLogType } from '../fhir/shareLog';
import { historyFileType, lessonFileType } from './lessonData';
import type { StoredFileType } from './upgrade';

/**
 * Every kind of file Groundwork stores, each with its own version and upgrade
 * steps (upgrade.ts). The schema guard (tests/core/store/storedSchemas.test.ts)
 * snapshots each one, so a new kind of file is listed here.
 */
export const storedFileTypes: readonly StoredFileType<unknown>[] = [
  lessonFileType,
  historyFileType,
  profileRecordType,
  backupBundleType,
  checkInMonthType,
  selfCheckYearType,
  activityType,
  reminderFileType,
  shareLogType,
];
