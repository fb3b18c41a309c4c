/** English strings for the exercises feature, merged into common/i18n/en.ts under the key "exercises". */
export const exercisesEn = {};
