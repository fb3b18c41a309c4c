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

/** Put before every key while zod checks the record, so no key is "constructor" to zod; never stored. */
const ESCAPE = 'name:';

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema of a JSON object read from a file, keyed by names, as a nameRecord.
 *
 * zod's own record refuses an object with a "constructor" key (it takes it for a
 * changed constructor) and drops a "__proto__" key. So each key is escaped while
 * zod checks the values, and unescaped into a null-prototype record after: every
 * key is kept. To JSON Schema this is still `z.record(z.string(), value)`, so the
 * stored-file schema snapshots do not change. (A value's issue path names the
 * escaped key, such as "name:constructor".)
 */
export function nameRecordSchema<T extends z.ZodType>(value: T) {
  return z
    .preprocess(
      (input) =>
        isJsonObject(input) ? nameRecord(Object.entries(input).map(([k, v]) => [`${ESCAPE}${k}`, v])) : input,
      z.record(z.string(), value),
    )
    .overwrite((record) => nameRecord(Object.entries(record).map(([k, v]) => [k.slice(ESCAPE.length), v])));
}
