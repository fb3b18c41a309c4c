import type { z } from 'zod';

/**
 * Stored files upgrade step by step. Every kind of file Groundwork keeps (a
 * lesson's answers, a month of history, a profile record, a backup file, and
 * whatever comes next) is a `StoredFileType`: its current version, the schema a
 * file of that version must fit, and one numbered step from each older version
 * to the next. A file two versions behind walks both steps, in order, on read;
 * the code that writes it back keeps the old bytes as a backup first. A file
 * from a newer version is never upgraded, changed or moved.
 *
 * To add a kind of file: give it a version of 1, a schema with
 * `schemaVersion: z.literal(VERSION)`, and no steps; list it in storedFiles.ts
 * so the schema guard (tests/core/store/storedSchemas.test.ts) snapshots it.
 * To change one: bump its version, add the step from the old version, write the
 * step before the bump, and test it on a real file written by the old code
 * (scripts/writeStoredFixtures.ts).
 */

/** One numbered step: turns the JSON of a version-`from` file into version `from + 1`. */
export interface UpgradeStep {
  from: number;
  /** What changed, in a line, for readers of the code. */
  what: string;
  /**
   * Gets the old file's parsed JSON (never trusted: check what it touches, and
   * leave what it does not recognise as it is, so later checks can set it aside
   * instead of losing it) and returns the new. `schemaVersion` is set by the walker.
   */
  run(old: Record<string, unknown>): Record<string, unknown>;
}

/** One kind of stored file. */
export interface StoredFileType<T> {
  /** Names the kind in snapshots and messages, e.g. "lesson". */
  name: string;
  version: number;
  /** The oldest version a step starts from: older files cannot be read. */
  oldest: number;
  /** What a file of the current version must fit. */
  schema: z.ZodType<T>;
  /**
   * Shapes stored inside the file that `schema` leaves open (an answer's value is
   * `unknown` there, since each exercise type checks its own): the schema guard
   * snapshots these too, so changing an answer's shape also needs a version bump.
   */
  inner?: Readonly<Record<string, z.ZodType>>;
  /** One step from each version in [oldest, version), in order. */
  steps: readonly UpgradeStep[];
}

/** Why a file could not be brought to the current version. */
export type UpgradeProblem = 'newer-version' | 'too-old' | 'shape';

export class UpgradeError extends Error {
  constructor(
    readonly problem: UpgradeProblem,
    /** The version the file claims, when it claims one. */
    readonly version: number | null,
    detail: string,
  ) {
    super(detail);
    this.name = 'UpgradeError';
  }
}

/** Checks a kind's steps (one from each older version, in order) once, where it is defined. */
export function defineStoredFile<T>(type: StoredFileType<T>): StoredFileType<T> {
  const expected = Array.from({ length: type.version - type.oldest }, (_, i) => type.oldest + i);
  const actual = type.steps.map((s) => s.from);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${type.name} files: steps start from [${actual.join(', ')}], need [${expected.join(', ')}]`);
  }
  return type;
}

/** The version a file's JSON claims, or null when it claims none. */
export function claimedVersion(json: unknown): number | null {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** What reading a stored file gave: its data at the current version, and the version it was at. */
export interface Upgraded<T> {
  data: T;
  /** The file's own version; below `type.version` when steps ran, so it must be backed up before it is written. */
  from: number;
}

/**
 * Brings a file's parsed JSON to the current version, step by step, and checks
 * the result against the current schema. Throws UpgradeError; never changes `json`.
 */
export function upgradeStored<T>(type: StoredFileType<T>, json: unknown): Upgraded<T> {
  const from = claimedVersion(json);
  if (from === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new UpgradeError('shape', from, `${type.name} file: no schema version`);
  }
  if (from > type.version) {
    throw new UpgradeError('newer-version', from, `${type.name} file: version ${from} is newer than ${type.version}`);
  }
  if (from < type.oldest) throw new UpgradeError('too-old', from, `${type.name} file: version ${from} is too old`);
  // A deep copy, so a step that edits in place cannot reach the caller's object.
  let current = structuredClone(json) as Record<string, unknown>;
  for (let version = from; version < type.version; version += 1) {
    const step = type.steps[version - type.oldest];
    if (step === undefined) throw new UpgradeError('too-old', from, `${type.name} file: no step from ${version}`);
    try {
      current = { ...step.run(current), schemaVersion: version + 1 };
    } catch (error) {
      // A step meeting something it cannot read: the file is damaged, not the program.
      throw new UpgradeError('shape', from, `${type.name} file: step from ${version}: ${(error as Error).message}`);
    }
  }
  const parsed = type.schema.safeParse(current);
  if (!parsed.success) {
    throw new UpgradeError('shape', from, parsed.error.issues[0]?.message ?? `${type.name} file: wrong shape`);
  }
  return { data: parsed.data, from };
}
