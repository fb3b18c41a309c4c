/** English strings for the clinic feature, merged into common/i18n/en.ts under the key "clinic". */
export const clinicEn = {};
