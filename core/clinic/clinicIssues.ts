import type { z } from 'zod';
import type { ClinicProblem } from '../../common/clinic';
import { createI18n } from '../../common/i18n/createI18n';

/**
 * Schema issues as the About page shows them: "file, colors.accent: use text in
 * double quotes here, not a number." The words come from the i18n strings; the
 * schema's own messages (contrast, slugs, schemaVersion) take precedence.
 */

const { t } = createI18n();

/** How long a setting name from the file may be when it is repeated in a message. */
const MAX_KEY_CHARS = 40;
const MAX_KEYS_LISTED = 5;

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null' | 'nothing' | 'other';

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

const kind = (k: string): string => t(`clinic.problems.kinds.${k}`, { defaultValue: t('clinic.problems.kinds.other') });

/** A key from the file, shortened so a megabyte-long key cannot flood the page. */
export function shortKey(key: string): string {
  return key.length > MAX_KEY_CHARS ? `${key.slice(0, MAX_KEY_CHARS)}…` : key;
}

/**
 * Plain words for zod's generic issues; undefined keeps zod's own (or the
 * schema's) message. Messages are remembered: a file may hold thousands of the
 * same mistake, and making each sentence again took most of a second.
 */
export const clinicErrorMap: z.core.$ZodErrorMap = (issue) => {
  const key = [
    issue.code,
    'expected' in issue ? issue.expected : '',
    issue.code === 'invalid_type' ? kindOf(issue.input) : '',
    'origin' in issue ? issue.origin : '',
    'maximum' in issue ? String(issue.maximum) : '',
    'minimum' in issue ? String(issue.minimum) : '',
  ].join('|');
  if (!messages.has(key)) messages.set(key, plainMessage(issue));
  return messages.get(key);
};

const messages = new Map<string, string | undefined>();

function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return t('clinic.problems.expected', { expected: kind(issue.expected), received: kind(kindOf(issue.input)) });
    case 'too_big':
      if (issue.origin === 'string') return t('clinic.problems.textTooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('clinic.problems.listTooLong', { max: Number(issue.maximum) });
      return t('clinic.problems.numberTooBig', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return t('clinic.problems.textTooShort');
      if (issue.origin === 'array') return t('clinic.problems.listTooShort', { min: Number(issue.minimum) });
      return t('clinic.problems.numberTooSmall', { min: Number(issue.minimum) });
    case 'invalid_value':
    case 'invalid_union':
      return t('clinic.problems.invalid');
    default:
      return undefined;
  }
}

/** "crisisLines[0].contact" from a schema issue's path. */
export function fieldName(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${shortKey(String(part))}`))
    .join('');
}

/** One schema issue as a problem of `file`, naming the setting at fault. */
export function issueProblem(file: string, issue: z.core.$ZodIssue): ClinicProblem {
  if (issue.code === 'unrecognized_keys') {
    const listed = issue.keys.slice(0, MAX_KEYS_LISTED).map((k) => `"${shortKey(k)}"`);
    const keys =
      issue.keys.length > MAX_KEYS_LISTED
        ? t('clinic.problems.andMoreKeys', { keys: listed.join(', '), count: issue.keys.length - MAX_KEYS_LISTED })
        : listed.join(', ');
    return {
      file,
      field: fieldName([...issue.path, issue.keys[0] ?? '']),
      message: t('clinic.problems.unknownSetting', { keys }),
    };
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    return { file, field: null, message: t('clinic.problems.notObject') };
  }
  return { file, field: fieldName(issue.path), message: issue.message };
}

/** How many problems of one file are listed; the rest are counted in one line. */
export const MAX_PROBLEMS_PER_FILE = 20;

/**
 * At most MAX_PROBLEMS_PER_FILE problems for each file, in order, then one line
 * saying how many more there are: a 256 KB file can hold a hundred thousand
 * mistakes, and the page that lists them must stay readable.
 */
export function capProblems(problems: readonly ClinicProblem[]): ClinicProblem[] {
  const counts = new Map<string, number>();
  const kept: ClinicProblem[] = [];
  for (const problem of problems) {
    const count = (counts.get(problem.file) ?? 0) + 1;
    counts.set(problem.file, count);
    if (count <= MAX_PROBLEMS_PER_FILE) kept.push(problem);
  }
  for (const [file, count] of counts) {
    if (count > MAX_PROBLEMS_PER_FILE) {
      const at = kept.findLastIndex((p) => p.file === file) + 1;
      kept.splice(at, 0, {
        file,
        field: null,
        message: t('clinic.problems.more', { count: count - MAX_PROBLEMS_PER_FILE }),
      });
    }
  }
  return kept;
}
