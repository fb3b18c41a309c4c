/**
 * A band as data files write it: plain-words label and meaning come from i18n keys
 * `instruments.<instrument id>.bands.<band id>.label` and `.meaning`.
 */
export function band(instrumentId: string, id: string, min: number, max: number) {
  const key = `instruments.${instrumentId}.bands.${id}`;
  return { id, min, max, labelKey: `${key}.label`, meaningKey: `${key}.meaning` };
}
