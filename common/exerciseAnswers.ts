import { z } from 'zod';
import { rowId, rowsOf } from './rows';
import { limits } from './limits';

/**
 * The shape of each exercise type's stored answer. Text fields of the larger
 * forms are optional, so a half-filled form is a valid answer and a later field
 * added to a form does not set aside what a person already wrote.
 */

const line = z.string().max(limits.lineChars);
const para = z.string().max(limits.paragraphChars);
const name = z.string().max(limits.nameChars);

/** A rating on a 0–10 scale, or null when cleared. */
export const rating10 = z.number().int().min(0).max(10).nullable();
/** A rating on a 0–100 scale (thought records), or null when cleared. */
export const rating100 = z.number().int().min(0).max(100).nullable();

export const shortTextAnswer = line;
export const longTextAnswer = z.string().max(limits.longTextChars);
export const scaleAnswer = z.number().int().min(0).max(100).nullable();
export const checklistAnswer = z.strictObject({
  checked: z.array(name).max(100),
  other: line.optional(),
});
export const singleChoiceAnswer = name.nullable();
export const multipleChoiceAnswer = z
  .array(name)
  .max(50)
  .refine((a) => new Set(a).size === a.length, 'each choice can be picked once');
export const listBuilderAnswer = rowsOf(z.strictObject({ id: rowId, text: line }), 100);
/** Rows of cells, in the order of the lesson's columns. */
export const tableAnswer = rowsOf(z.strictObject({ id: rowId, cells: z.array(line).max(12) }), 100);

export const triggerKinds = ['external', 'internal'] as const;
export const triggerChartAnswer = rowsOf(
  z.strictObject({ id: rowId, trigger: line, kind: z.enum(triggerKinds).nullable(), risk: rating10, plan: para }),
  100,
);

/** A date and time as a datetime-local field gives it ("2026-03-14T19:30"), or empty. */
const localDateTime = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a date and time')]);
export const cravingLogAnswer = rowsOf(
  z.strictObject({
    id: rowId,
    when: localDateTime,
    trigger: line,
    place: line,
    intensity: rating10,
    action: para,
    duration: name,
    outcome: para,
  }),
  500,
);

export const thoughtRecordAnswer = z.strictObject({
  situation: para.optional(),
  /** Each feeling, rated when it happened and re-rated after the balanced thought. */
  feelings: rowsOf(z.strictObject({ id: rowId, feeling: name, before: rating100, after: rating100 }), 20).optional(),
  thoughts: para.optional(),
  hotThought: line.optional(),
  evidenceFor: para.optional(),
  evidenceAgainst: para.optional(),
  balancedThought: para.optional(),
  belief: rating100.optional(),
});

export const decisionalBalanceAnswer = z.strictObject({
  changeGood: para.optional(),
  changeNotSoGood: para.optional(),
  stayGood: para.optional(),
  stayNotSoGood: para.optional(),
});

export const copingCardAnswer = z.strictObject({
  front: para.optional(),
  back: para.optional(),
  steps: para.optional(),
});

export const smartGoalAnswer = z.strictObject({
  goal: para.optional(),
  specific: para.optional(),
  measurable: para.optional(),
  achievable: para.optional(),
  relevant: para.optional(),
  timeBound: para.optional(),
});

/** People to call, with a way to reach each. */
export const contactsAnswer = rowsOf(z.strictObject({ id: rowId, name, phone: z.string().max(limits.phoneChars) }), 20);

export const relapsePreventionPlanAnswer = z.strictObject({
  highRisk: para.optional(),
  warningSigns: para.optional(),
  coping: para.optional(),
  people: contactsAnswer.optional(),
  lapsePlan: para.optional(),
});

/** The six published steps of a safety plan, in order. */
export const safetyPlanAnswer = z.strictObject({
  warningSigns: para.optional(),
  ownCoping: para.optional(),
  distractions: para.optional(),
  helpers: contactsAnswer.optional(),
  professionals: contactsAnswer.optional(),
  safer: para.optional(),
});

/** Guided practice: how the person felt before and after, 0–10. */
export const practiceAnswer = z.strictObject({ before: rating10.optional(), after: rating10.optional() });
export const urgeSurfingAnswer = practiceAnswer.extend({
  /** Ratings given at the timer's gentle check-ins, by minute. */
  checkIns: z
    .array(z.strictObject({ minute: z.number().int().min(0).max(120), rating: z.number().int().min(0).max(10) }))
    .max(120)
    .optional(),
});
export const groundingAnswer = practiceAnswer.extend({
  /** What the person noticed at each of the five steps, if they chose to write it. */
  noticed: z.array(line).max(5).optional(),
});
