import { z } from 'zod';
import { boundsIssues, type AnswerBounds } from './answerBounds';
import * as answers from './exerciseAnswers';
import { SLUG_HINT, slugSchema } from './ids';
import { limits } from './limits';

/**
 * The exercise types a lesson can use, the MDX component that renders each, and
 * the schema its stored answer must fit. This registry is shared by the compiler
 * (which finds exercises in a lesson), the store (which validates answers when
 * they are saved and loaded), the renderer and the curriculum report.
 */
export const exerciseTypes = {
  'short-text': { component: 'ShortText', answer: answers.shortTextAnswer },
  'long-text': { component: 'LongText', answer: answers.longTextAnswer },
  scale: { component: 'Scale', answer: answers.scaleAnswer },
  checklist: { component: 'Checklist', answer: answers.checklistAnswer },
  'single-choice': { component: 'SingleChoice', answer: answers.singleChoiceAnswer },
  'multiple-choice': { component: 'MultipleChoice', answer: answers.multipleChoiceAnswer },
  'list-builder': { component: 'ListBuilder', answer: answers.listBuilderAnswer },
  table: { component: 'Table', answer: answers.tableAnswer },
  'trigger-chart': { component: 'TriggerChart', answer: answers.triggerChartAnswer, title: 'exercises.trigger.title' },
  'craving-log': { component: 'CravingLog', answer: answers.cravingLogAnswer, title: 'exercises.log.title' },
  'thought-record': {
    component: 'ThoughtRecord',
    answer: answers.thoughtRecordAnswer,
    title: 'exercises.thought.title',
  },
  'decisional-balance': {
    component: 'DecisionalBalance',
    answer: answers.decisionalBalanceAnswer,
    title: 'exercises.balance.title',
  },
  'coping-card': { component: 'CopingCard', answer: answers.copingCardAnswer, title: 'exercises.card.title' },
  'smart-goal': { component: 'SmartGoal', answer: answers.smartGoalAnswer, title: 'exercises.smart.title' },
  'relapse-prevention-plan': {
    component: 'RelapsePreventionPlan',
    answer: answers.relapsePreventionPlanAnswer,
    title: 'exercises.relapse.title',
  },
  'safety-plan': { component: 'SafetyPlan', answer: answers.safetyPlanAnswer, title: 'exercises.safety.title' },
  'breathing-pacer': {
    component: 'BreathingPacer',
    answer: answers.practiceAnswer,
    title: 'exercises.breathing.title',
  },
  'urge-surfing-timer': {
    component: 'UrgeSurfingTimer',
    answer: answers.urgeSurfingAnswer,
    title: 'exercises.urge.title',
  },
  'grounding-steps': {
    component: 'GroundingSteps',
    answer: answers.groundingAnswer,
    title: 'exercises.grounding.title',
  },
  'muscle-relaxation': {
    component: 'MuscleRelaxation',
    answer: answers.practiceAnswer,
    title: 'exercises.muscle.title',
  },
} as const satisfies Record<string, { component: string; answer: z.ZodType; title?: string }>;

export type ExerciseType = keyof typeof exerciseTypes;
export type AnswerOf<T extends ExerciseType> = z.infer<(typeof exerciseTypes)[T]['answer']>;
export type AnswerValue<T extends ExerciseType = ExerciseType> = AnswerOf<T>;
export type ChecklistAnswer = AnswerOf<'checklist'>;

export const exerciseTypeNames = Object.keys(exerciseTypes) as ExerciseType[];

/** The i18n key of an exercise type's default title, for exercises a lesson leaves unlabelled. */
export function defaultTitleKey(type: ExerciseType): string | undefined {
  const entry = exerciseTypes[type];
  return 'title' in entry ? entry.title : undefined;
}

/** Maps an MDX component name (such as "Scale") to its exercise type. */
export const exerciseTypeByComponent: ReadonlyMap<string, ExerciseType> = new Map(
  exerciseTypeNames.map((type) => [exerciseTypes[type].component, type]),
);

/** Exercise ids are stable keys in answer files: short, lowercase, hyphenated. */
export const exerciseIdSchema = slugSchema({ max: limits.exerciseIdChars, message: SLUG_HINT });

/** An option's stored value: a slug of its English words, the same in every language. */
export const optionValueSchema = slugSchema({ max: 60 });

/**
 * One exercise as found in a lesson by the compiler. Also the shape of the
 * compiled-lesson cache's records, which are checked against it when read.
 */
export const exerciseRefSchema = z.strictObject({
  id: exerciseIdSchema,
  type: z.enum(exerciseTypeNames as [ExerciseType, ...ExerciseType[]]),
  /** The exercise's label as written in the lesson, for reports and printed headers. */
  label: z.string(),
  /** For a scale: its highest point (10 or 100), which bounds the answers it accepts. */
  max: z.number().optional(),
  /** For a table: the lesson's column headings; every stored row has one cell per column. */
  columns: z.array(z.string()).optional(),
  /** For a table: the empty rows a blank printed worksheet gives, when the lesson sets them. */
  rows: z.number().optional(),
  /**
   * For single and multiple choice and checklists: the options, each a stored
   * value and its words in the lesson's language; a stored choice must be one of the values.
   */
  options: z.array(z.strictObject({ value: optionValueSchema, label: z.string() })).optional(),
  /** For a checklist: whether it has an "Other" line to write in. */
  other: z.boolean().optional(),
  /** For an urge-surfing timer: the minutes it checks in at; a stored rating must be for one of them. */
  checkIns: z.array(z.number()).optional(),
});
export type ExerciseRef = z.infer<typeof exerciseRefSchema>;

/** The answer schema of one exercise: its type's shape, then only what its lesson offers (answerBounds.ts). */
function schemaFor(exercise: AnswerBounds): z.ZodType {
  return exerciseTypes[exercise.type].answer.superRefine((value, context) => {
    for (const issue of boundsIssues(exercise, value)) context.addIssue({ code: 'custom', ...issue });
  });
}

/** Validates a value against its exercise's answer schema, including the exercise's own bounds. */
export function parseAnswer(exercise: AnswerBounds, value: unknown): z.ZodSafeParseResult<AnswerValue> {
  return schemaFor(exercise).safeParse(value) as z.ZodSafeParseResult<AnswerValue>;
}
