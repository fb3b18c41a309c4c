/**
 * The API's method names and IPC channel names, in a file with no dependencies so
 * the sandboxed preload bundles only this (not the schema library).
 * common/api.ts checks that its request schemas cover exactly these methods.
 */
export const methods = [
  'getAppInfo',
  'listLessons',
  'openLesson',
  'loadAnswers',
  'saveAnswer',
  'getLessonProgress',
  'exportWorksheet',
  'printWorksheet',
  // Data safety (common/dataApi.ts).
  'getProfiles',
  'createProfile',
  'openProfile',
  'lockProfile',
  'renameProfile',
  'deleteProfile',
  'setPasscode',
  'setLockAfter',
  'setLanguage',
  'getLessonHistory',
  'restoreAnswer',
  'getStorageStatus',
  'retryStorage',
  'exportProfile',
  'importProfile',
  'reportActivity',
  'markContentNoteSeen',
  'getProgram',
  'exportPacket',
  'printPacket',
  'exportFacilitatorGuide',
  'openAudienceWindow',
  'closeAudienceWindow',
  // Check-ins and self-checks (common/checkinApi.ts).
  'getCheckIn',
  'saveCheckIn',
  'listCheckIns',
  'getCheckInHistory',
  'getCheckInChoices',
  'getMyPlans',
  'getSelfCheckStatus',
  'saveSelfCheck',
  'listSelfCheckResults',
  'getLessonActivity',
  'getCheckinRange',
  // Reminders (common/reminders.ts).
  'getReminders',
  'saveReminders',
  // Progress and the care-team summary (common/progressApi.ts).
  'getProgress',
  'exportCareSummary',
  'printCareSummary',
  // Sharing with the care team's health record (common/shareApi.ts).
  'previewShare',
  'exportShare',
  'sendShare',
  'listShares',
] as const;

export type Method = (typeof methods)[number];

/** IPC channel of one API method. */
export const ipcChannel = (method: Method): string => `groundwork:${method}`;
/** Sent by the main process before a window closes, so the renderer saves what is pending. */
export const flushRequestChannel = 'groundwork:flush-request';
/** The renderer's answer: everything pending has been sent. */
export const flushDoneChannel = 'groundwork:flush-done';
