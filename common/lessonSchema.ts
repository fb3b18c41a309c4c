import { z } from 'zod';

/**
 * The frontmatter every lesson carries. It is validated when the curriculum is
 * compiled; a lesson whose frontmatter fails is listed as broken with the line of
 * the offending key, and the other lessons stay usable.
 */
export const contentNoteValues = ['suicide', 'self-harm', 'trauma', 'substance-use', 'abuse'] as const;

export const lessonFrontmatterSchema = z.strictObject({
  /** Stable identifier, used in answer files: never rename a published lesson's id. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, like "box-breathing"'),
  /** Title shown in the lesson list, on the projected screen and on printed worksheets. */
  title: z.string().trim().min(3).max(90),
  /** Module the lesson belongs to, such as "stress-management". */
  module: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a lowercase module id, like "coping-skills"'),
  /** Position within the module, starting at 1. */
  order: z.number().int().min(1).max(99),
  /** One or two plain sentences shown in the lesson list. */
  summary: z.string().trim().min(10).max(300),
  /** What a person will be able to do after the lesson. */
  objectives: z.array(z.string().trim().min(3).max(200)).min(1).max(8),
  /** Planned length of the group session in minutes. */
  minutes: z.number().int().min(10).max(120),
  /** Topics that call for a gentle note before the lesson opens. */
  contentNotes: z.array(z.enum(contentNoteValues)).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type ContentNote = (typeof contentNoteValues)[number];
