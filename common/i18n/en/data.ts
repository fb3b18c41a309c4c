/** English strings for the data feature, merged into common/i18n/en.ts under the key "data". */
export const dataEn = {};
