/**
 * An answer as one line of text, for the history of a person's answers: a
 * checklist's ticks, a choice, a scale's number, a row's cells. Choices are
 * stored as option values (slugs of the English words, the same in every
 * language); they are shown by their labels in the lesson's language.
 */
export function answerText(
  value: unknown,
  empty: string,
  options: readonly { value: string; label: string }[] = [],
): string {
  const labels = new Map(options.map((o) => [o.value, o.label]));
  // Only an exercise with options stores option values, so a free-text answer is never relabelled.
  const choice = (v: unknown): string => (typeof v === 'string' ? (labels.get(v) ?? v) : String(v));
  const text = (v: unknown, none: string): string => {
    if (v === null || v === undefined || v === '') return none;
    if (typeof v === 'string') return choice(v);
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.map((item) => text(item, none)).join(', ');
    if (typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') {
      // A row of a list, table or chart: its cells, without the id that only keys it.
      const cells = Object.entries(v).filter(([key]) => key !== 'id');
      return (
        cells
          .map(([, cell]) => text(cell, ''))
          .filter((t) => t !== '')
          .join(', ') || none
      );
    }
    if (typeof v === 'object') {
      const { checked, other } = v as { checked?: unknown; other?: unknown };
      const parts = [
        ...(Array.isArray(checked) ? checked.map(choice) : []),
        // What the person wrote on the "Other" line is their own words, never an option.
        ...(typeof other === 'string' && other !== '' ? [other] : []),
      ];
      return parts.length > 0 ? parts.join(', ') : none;
    }
    return String(v);
  };
  return text(value, empty);
}
