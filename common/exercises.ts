import { z } from 'zod';
import * as answers from './exerciseAnswers';

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
  /** For a table: the lesson's column headings; every stored row has one cell per column. */
  columns?: string[];
  /** For single and multiple choice: the options; a stored choice must be one of them. */
  options?: string[];
}

type Bounds = Pick<ExerciseRef, 'type' | 'max' | 'columns' | 'options'>;

/** The answer schema of one exercise, narrowed by the bounds its lesson gives it. */
function schemaFor(exercise: Bounds): z.ZodType {
  const { type, columns, options } = exercise;
  if (type === 'scale') {
    const max = exercise.max === 100 ? 100 : 10;
    const step = max === 100 ? 10 : 1;
    return answers.scaleAnswer.refine(
      (v) => v === null || (v <= max && v % step === 0),
      `must be a point on the 0–${max} scale`,
    );
  }
  if (type === 'table' && columns !== undefined) {
    return answers.tableAnswer.refine(
      (rows) => rows.every((row) => row.cells.length === columns.length),
      `each row must have ${columns.length} cells, one per column`,
    );
  }
  if (type === 'single-choice' && options !== undefined) {
    return answers.singleChoiceAnswer.refine((v) => v === null || options.includes(v), 'must be one of the choices');
  }
  if (type === 'multiple-choice' && options !== undefined) {
    return answers.multipleChoiceAnswer.refine((v) => v.every((c) => options.includes(c)), 'must be among the choices');
  }
  return exerciseTypes[type].answer;
}

/** Validates a value against its exercise's answer schema, including the exercise's own bounds. */
export function parseAnswer(exercise: Bounds, value: unknown): z.ZodSafeParseResult<AnswerValue> {
  return schemaFor(exercise).safeParse(value) as z.ZodSafeParseResult<AnswerValue>;
}
