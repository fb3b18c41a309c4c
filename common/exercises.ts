import { z } from 'zod';

/**
 * The exercise types a lesson can use, the MDX component that renders each, and
 * the schema its stored answer must fit. This registry is shared by the compiler
 * (which finds exercises in a lesson), the store (which validates answers when
 * they are saved and loaded) and the renderer.
 */
const shortText = z.string().max(2_000);
const longText = z.string().max(50_000);
const scale = z.number().int().min(0).max(100).nullable();
const checklist = z.strictObject({
  checked: z.array(z.string().max(300)).max(100),
  other: z.string().max(2_000).optional(),
});

export const exerciseTypes = {
  'short-text': { component: 'ShortText', answer: shortText },
  'long-text': { component: 'LongText', answer: longText },
  scale: { component: 'Scale', answer: scale },
  checklist: { component: 'Checklist', answer: checklist },
} as const satisfies Record<string, { component: string; answer: z.ZodType }>;

export type ExerciseType = keyof typeof exerciseTypes;
export type AnswerValue<T extends ExerciseType = ExerciseType> = z.infer<(typeof exerciseTypes)[T]['answer']>;
export type ChecklistAnswer = z.infer<typeof checklist>;

export const exerciseTypeNames = Object.keys(exerciseTypes) as ExerciseType[];

/** Maps an MDX component name (such as "Scale") to its exercise type. */
export const exerciseTypeByComponent: ReadonlyMap<string, ExerciseType> = new Map(
  exerciseTypeNames.map((type) => [exerciseTypes[type].component, type]),
);

/** Exercise ids are stable keys in answer files: short, lowercase, hyphenated. */
export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')
  .max(60);

/** One exercise as found in a lesson by the compiler. */
export interface ExerciseRef {
  id: string;
  type: ExerciseType;
  /** The exercise's label as written in the lesson, for reports and printed headers. */
  label: string;
  /** For a scale: its highest point (10 or 100), which bounds the answers it accepts. */
  max?: number;
}

/** Validates a value against its exercise's answer schema, including the exercise's own bounds. */
export function parseAnswer(
  exercise: Pick<ExerciseRef, 'type' | 'max'>,
  value: unknown,
): z.ZodSafeParseResult<AnswerValue> {
  if (exercise.type === 'scale') {
    const max = exercise.max === 100 ? 100 : 10;
    const step = max === 100 ? 10 : 1;
    return scale
      .refine((v) => v === null || (v <= max && v % step === 0), `must be a point on the 0–${max} scale`)
      .safeParse(value) as z.ZodSafeParseResult<AnswerValue>;
  }
  return exerciseTypes[exercise.type].answer.safeParse(value) as z.ZodSafeParseResult<AnswerValue>;
}
