/**
 * Choices of checklists and single and multiple choice are stored by a stable
 * value, never by the words shown, so an answer picked in English shows in
 * Spanish and a reworded label keeps its answers. A lesson writes an option as
 * plain text (its value is the text's slug) or as `{ value, label }`.
 */

/** Longest option value; also what a slug is cut to. */
export const MAX_OPTION_VALUE = 60;

/** An option as a lesson offers it: the stored value and the words shown. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/**
 * The value of an option written as plain text: NFKD-normalised, accents
 * dropped, lowercase, each run of other characters than a–z and 0–9 one hyphen,
 * no hyphen at either end, at most 60 characters.
 * @example optionValue('Tight shoulders, neck or jaw') === 'tight-shoulders-neck-or-jaw'
 */
export function optionValue(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_OPTION_VALUE)
    .replace(/-+$/, '');
}

/** An option as a lesson wrote it: plain text, or a value with its label. */
export type OptionInput = string | ChoiceOption;

/** Options as lessons write them, as value and label each. */
export function toChoiceOptions(options: readonly OptionInput[]): ChoiceOption[] {
  return options.map((o) => (typeof o === 'string' ? { value: optionValue(o), label: o } : o));
}
