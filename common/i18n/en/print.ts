/** English strings for the print feature, merged into common/i18n/en.ts under the key "print". */
export const printEn = {};
