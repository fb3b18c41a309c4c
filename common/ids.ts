import { z } from 'zod';

/**
 * Ids that become file names or keys in stored files (lessons, modules,
 * exercises, profiles, schedules): lowercase letters and digits in runs joined
 * by single hyphens. Nothing else may reach a path, so this is the one place the
 * pattern is written.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an author is told when an id does not fit the pattern. */
export const SLUG_HINT = 'use lowercase letters, digits and single hyphens';

/** Whether `value` is a safe id (a file name with no path, dot or capital in it). */
export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value);

/**
 * A schema for a safe id. `max` bounds it where the id is repeated in messages or
 * requests; `message` replaces zod's own words where an author reads them.
 */
export function slugSchema(options: { max?: number; message?: string } = {}): z.ZodString {
  const pattern = z.string().regex(SLUG_PATTERN, options.message);
  return options.max === undefined ? pattern : pattern.max(options.max);
}
