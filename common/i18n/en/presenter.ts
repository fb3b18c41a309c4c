/** English strings for the presenter feature, merged into common/i18n/en.ts under the key "presenter". */
export const presenterEn = {};
