import { z } from 'zod';

/**
 * Records keyed by names that came from a file (exercise ids, lesson ids).
 *
 * A plain object answers `record["constructor"]` with Object itself, and
 * `record["__proto__"] = value` replaces its prototype instead of adding a key;
 * an id like "constructor" passes the id pattern. These records have no
 * prototype, so every name is an ordinary key, and still serialize as plain JSON.
 */

/** A record with no prototype, filled from entries; `__proto__` and `constructor` become own keys. */
export function nameRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const isObjectRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * Schema of a JSON object read from a file, keyed by names: every own key is
 * kept (zod's own record refuses an object with a "constructor" key and drops
 * "__proto__"), each value is checked, and the result is a nameRecord.
 */
export function nameRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .preprocess((input) => (isObjectRecord(input) ? new Map(Object.entries(input)) : input), z.map(z.string(), value))
    .transform((map) => nameRecord(map));
}
