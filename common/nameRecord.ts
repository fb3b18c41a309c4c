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

/**
 * Schema of a JSON object read from a file, keyed by names: "constructor" and
 * "toString" are kept as ordinary keys (zod's own record refuses an object with a
 * "constructor" key), each value is checked, and the result is a nameRecord. A
 * "__proto__" key, which no id can be, makes the whole object invalid rather than
 * being dropped unseen. It stays a plain JSON object schema, so the stored-file
 * schema snapshots can still describe it.
 */
export function nameRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .preprocess((input, context) => {
      if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
        context.addIssue({ code: 'custom', path: ['__proto__'], message: '"__proto__" cannot be a name', input });
      }
      return input;
    }, z.object({}).catchall(value))
    .overwrite((record) => nameRecord(Object.entries(record)));
}
