import type { ExerciseRef } from './exercises';
import { ownValue } from './nameRecord';

/**
 * What a lesson offers an exercise (its options, columns, scale, check-ins)
 * bounds the answers it accepts: an answer may only name what the lesson gives.
 * These checks run after the type's own schema, on a value of the right shape.
 * A missing bound refuses rather than allows: the compiler always records it.
 */

/** Where in an answer a check failed, and why, in words an author or a log can act on. */
export interface BoundsIssue {
  path: (string | number)[];
  message: string;
}

/** What a lesson declares about one exercise that bounds its answers. */
export type AnswerBounds = Pick<ExerciseRef, 'type' | 'max' | 'columns' | 'options' | 'other' | 'checkIns'>;

/** Default length of the urge-surfing timer in minutes: cravings often peak and pass within 10 to 20. */
export const URGE_SURFING_MINUTES = 20;

/**
 * The minutes at which an urge-surfing timer checks in: every `every` minutes
 * (by default each minute for a timer of 10 minutes or less, else every 5),
 * before the timer ends.
 */
export function checkInMinutes(minutes: number = URGE_SURFING_MINUTES, every?: number): number[] {
  const step = every ?? (minutes <= 10 ? 1 : 5);
  if (!(step > 0)) return [];
  return Array.from({ length: Math.max(0, Math.floor((minutes - 0.01) / step)) }, (_, i) => (i + 1) * step);
}

type Checker = (bounds: AnswerBounds, value: unknown) => BoundsIssue[];

/** Each item of `items` that `allowed` refuses, or that repeats an earlier one, as an issue at `path`. */
function namedItems<T>(
  items: readonly T[],
  path: (i: number) => (string | number)[],
  allowed: (item: T) => boolean,
  refused: string,
  repeated: string,
): BoundsIssue[] {
  const seen = new Set<T>();
  const issues: BoundsIssue[] = [];
  items.forEach((item, i) => {
    if (!allowed(item)) issues.push({ path: path(i), message: refused });
    else if (seen.has(item)) issues.push({ path: path(i), message: repeated });
    seen.add(item);
  });
  return issues;
}

const checkers: Partial<Record<AnswerBounds['type'], Checker>> = {
  scale({ max: declared }, value) {
    const max = declared === 100 ? 100 : 10;
    const step = max === 100 ? 10 : 1;
    const v = value as number | null;
    return v === null || (v <= max && v % step === 0)
      ? []
      : [{ path: [], message: `must be a point on the 0–${max} scale` }];
  },
  table({ columns }, value) {
    const rows = value as { cells: string[] }[];
    const width = columns?.length;
    return rows.flatMap((row, r) =>
      row.cells.length === width
        ? []
        : [
            {
              path: [r, 'cells'],
              message: `has ${row.cells.length} cells; the lesson's table has ${width ?? 'no'} columns`,
            },
          ],
    );
  },
  'single-choice'({ options = [] }, value) {
    const v = value as string | null;
    return v === null || options.some((o) => o.value === v)
      ? []
      : [{ path: [], message: 'is not one of the choices in the lesson' }];
  },
  'multiple-choice'({ options = [] }, value) {
    const picked = value as string[];
    return namedItems(
      picked,
      (i) => [i],
      (c) => options.some((o) => o.value === c),
      'is not one of the choices in the lesson',
      'is picked twice',
    );
  },
  checklist({ options = [], other = false }, value) {
    const answer = value as { checked: string[]; other?: string };
    const issues = namedItems(
      answer.checked,
      (i) => ['checked', i],
      (c) => options.some((o) => o.value === c),
      'is not one of the options in the lesson',
      'is checked twice',
    );
    // An empty "other" names nothing; written text needs the lesson to offer the line.
    if (!other && (answer.other ?? '') !== '') {
      issues.push({ path: ['other'], message: 'is not offered: this checklist has no "Other" line' });
    }
    return issues;
  },
  'urge-surfing-timer'({ checkIns = [] }, value) {
    const answer = value as { checkIns?: { minute: number }[] };
    return namedItems(
      (answer.checkIns ?? []).map((c) => c.minute),
      (i) => ['checkIns', i, 'minute'],
      (m) => checkIns.includes(m),
      `is not a check-in of this timer (it checks in at minute ${checkIns.join(', ') || 'none'})`,
      'is rated twice',
    );
  },
};

/** A field of an answer as a path reads in a message: "checked[0]", "checkIns[1].minute"; null for the whole answer. */
export function answerField(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Everything in an answer (already of its type's shape) that the lesson does not offer. */
export function boundsIssues(bounds: AnswerBounds, value: unknown): BoundsIssue[] {
  const check = ownValue(checkers, bounds.type);
  return check === undefined ? [] : check(bounds, value);
}
