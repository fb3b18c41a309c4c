import { z } from 'zod';
import { nameRecordSchema } from '../../common/nameRecord';

/**
 * Layout 1 (Groundwork 0.1): one plain JSON file per profile,
 * `profiles/<profile>.json`. Read only by the migration to layout 2
 * (core/store/migrations.ts); nothing writes it any more.
 */
export const LEGACY_SCHEMA_VERSION = 1;

const storedAnswerSchema = z.object({
  type: z.string(),
  value: z.unknown(),
  updatedAt: z.string(),
});

export const legacyProfileSchema = z.object({
  schemaVersion: z.literal(LEGACY_SCHEMA_VERSION),
  profile: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
  /** lessonId → exerciseId → answer. */
  answers: nameRecordSchema(nameRecordSchema(storedAnswerSchema)),
  setAside: z.array(
    z.object({ lessonId: z.string(), exerciseId: z.string(), reason: z.string(), raw: z.unknown(), at: z.string() }),
  ),
});

export type LegacyProfile = z.infer<typeof legacyProfileSchema>;
