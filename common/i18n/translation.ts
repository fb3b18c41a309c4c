/**
 * The shape another language's strings must have: every English key, each with a
 * string where English has a string, plus the plural forms that language needs
 * and English does not. `satisfies Translation<typeof xEn, 'many'>` in a
 * translation file makes TypeScript flag a missing, extra or misspelt key.
 *
 * Plural forms: i18next picks the suffix from `Intl.PluralRules`. English has
 * `_one` and `_other`; Spanish (CLDR 42 and later) also has `_many`, chosen for
 * round millions ("1 000 000 de archivos"). Without it i18next falls back to the
 * English string for those counts.
 */
export type Translation<T, ExtraPlural extends string = never> = {
  [K in keyof T as K | (K extends `${infer Base}_other` ? `${Base}_${ExtraPlural}` : never)]: T[K] extends string
    ? string
    : Translation<T[K], ExtraPlural>;
};
