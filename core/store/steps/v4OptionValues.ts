import type { UpgradeStep } from '../upgrade';

/**
 * Lesson and history files, version 3 → 4: choices are stored by a stable value
 * instead of the words shown, so an answer picked in English shows under the
 * Spanish version of the lesson and a reworded label keeps its answers.
 *
 * Until version 4 a lesson could only write its options as plain text, and the
 * value of a plain-text option is its slug (common/optionValue.ts), so the step
 * needs no lesson: each stored label becomes its slug, which is exactly the value
 * the lesson now gives that option. A label the lesson no longer offers slugs to
 * a value it does not offer either, and the load's own check sets it aside as it
 * did before. Frozen as written: the slug rule is copied here, so a later change
 * to it gets a step of its own.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The slug rule of version 4 (SPANISH.md): NFKD, no accents, lowercase, hyphens, 60 characters. */
export function slugV4(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A stored label as its value; anything else, or a label with no letters or digits, is left as it was. */
const valueOf = (label: unknown): unknown => {
  if (typeof label !== 'string') return label;
  const slug = slugV4(label);
  return slug === '' ? label : slug;
};

/** One stored answer value of exercise type `type`, version 3 → 4. */
export function optionValuesIn(type: unknown, value: unknown): unknown {
  switch (type) {
    case 'single-choice':
      return valueOf(value);
    case 'multiple-choice':
      return Array.isArray(value) ? value.map(valueOf) : value;
    case 'checklist':
      return isObject(value) && Array.isArray(value.checked)
        ? { ...value, checked: value.checked.map(valueOf) }
        : value;
    default:
      return value;
  }
}

const withValue = (record: unknown): unknown =>
  isObject(record) ? { ...record, value: optionValuesIn(record.type, record.value) } : record;

/** A lesson file: every current answer. Set-aside answers are kept exactly as they were found. */
export const lessonOptionValues: UpgradeStep = {
  from: 3,
  what: 'choices are stored by value (the slug of the English option) instead of their words',
  run: (old) => ({
    ...old,
    answers: isObject(old.answers)
      ? Object.fromEntries(Object.entries(old.answers).map(([id, record]) => [id, withValue(record)]))
      : old.answers,
  }),
};

/** A history file: every earlier version. */
export const historyOptionValues: UpgradeStep = {
  from: 3,
  what: 'choices are stored by value (the slug of the English option) instead of their words',
  run: (old) => ({ ...old, versions: Array.isArray(old.versions) ? old.versions.map(withValue) : old.versions }),
};
