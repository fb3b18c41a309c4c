import { z } from 'zod';
import { SLUG_HINT, slugSchema } from './ids';
import { skillIds } from './skills';
import { baseLanguage, lessonLanguages } from './language';

/**
 * The frontmatter every lesson carries. It is validated when the curriculum is
 * compiled; a lesson whose frontmatter fails is listed as broken with the line of
 * the offending key, and the other lessons stay usable.
 */
export const contentNoteValues = ['suicide', 'self-harm', 'trauma', 'substance-use', 'abuse'] as const;

/** The lesson's parts that take time in a group, in the order they are taught. */
export const timedParts = ['why', 'learn', 'practice', 'worksheet', 'takeaway'] as const;
export type TimedPart = (typeof timedParts)[number];

const partMinutes = z.number().int().min(1).max(90);

/**
 * Planned minutes for each part of the group session. It drives the presenter's
 * agenda and pacing and the facilitator guide, so the lesson has one plan.
 * @example
 * timing:
 *   why: 5
 *   learn: 20
 *   practice: 10
 *   worksheet: 10
 *   takeaway: 5
 */
export const lessonTimingSchema = z.strictObject({
  why: partMinutes,
  learn: partMinutes,
  practice: partMinutes,
  worksheet: partMinutes,
  takeaway: partMinutes,
});
export type LessonTiming = z.infer<typeof lessonTimingSchema>;

export const lessonFrontmatterSchema = z
  .strictObject({
    /** Stable identifier, used in answer files: never rename a published lesson's id. */
    id: slugSchema({ message: `${SLUG_HINT}, like "box-breathing"` }),
    /** Title shown in the lesson list, on the projected screen and on printed worksheets. */
    title: z.string().trim().min(3).max(90),
    /** Module the lesson belongs to, such as "stress-management". */
    module: slugSchema({ message: 'use a lowercase module id, like "coping-skills"' }),
    /** Position within the module, starting at 1. */
    order: z.number().int().min(1).max(99),
    /** One or two plain sentences shown in the lesson list. */
    summary: z.string().trim().min(10).max(300),
    /** What a person will be able to do after the lesson. */
    objectives: z.array(z.string().trim().min(3).max(200)).min(1).max(8),
    /** Planned length of the group session in minutes. */
    minutes: z.number().int().min(10).max(120),
    /**
     * Minutes for each part; they must add up to `minutes`. Required of core lessons
     * by the curriculum check; a clinic lesson without it is paced by its length.
     */
    timing: lessonTimingSchema.optional(),
    /** Topics that call for a gentle note before the lesson opens. */
    contentNotes: z.array(z.enum(contentNoteValues)).default([]),
    /**
     * The skills the lesson teaches, by id from common/skills.ts. Once a person has
     * opened the lesson, the daily check-in offers these skills.
     * @example
     * skills: [paced-breathing, box-breathing]
     */
    skills: z
      .array(
        z.enum(skillIds, {
          error: (issue) => `"${String(issue.input)}" is not a skill id; use one from common/skills.ts`,
        }),
      )
      .max(12)
      .refine((ids) => new Set(ids).size === ids.length, 'list each skill once')
      .optional(),
    /**
     * The language this file is written in. A translation sits beside its English
     * lesson as `name.<language>.mdx`, with the same id, exercises and option values.
     * @default "en"
     * @example language: es
     */
    language: z.enum(lessonLanguages).default(baseLanguage),
  })
  .superRefine((lesson, context) => {
    if (lesson.timing === undefined) return;
    const total = timedParts.reduce((sum, part) => sum + (lesson.timing?.[part] ?? 0), 0);
    if (total !== lesson.minutes) {
      context.addIssue({
        code: 'custom',
        path: ['timing'],
        message: `the parts add up to ${total} minutes, but the lesson is ${lesson.minutes} minutes long`,
      });
    }
  });

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type ContentNote = (typeof contentNoteValues)[number];
