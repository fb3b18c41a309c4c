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
  'getLessonHistory',
  'restoreAnswer',
  'getStorageStatus',
  'retryStorage',
  'exportProfile',
  'importProfile',
  'reportActivity',
  'getProgram',
  'exportPacket',
  'printPacket',
  'exportFacilitatorGuide',
  'openAudienceWindow',
  'closeAudienceWindow',
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
