import { z } from 'zod';
import { slugSchema } from './ids';

/**
 * The program file (curriculum/program.json): an overview for each module and
 * suggested schedules. A schedule is a list of weeks, each a list of lesson ids in
 * the order the groups meet.
 */
export const programSchema = z.object({
  modules: z
    .array(
      z.strictObject({
        id: slugSchema(),
        title: z.string().min(3),
        overview: z.string().min(20),
      }),
    )
    .min(1),
  schedules: z.array(
    z.strictObject({
      id: slugSchema(),
      title: z.string().min(3),
      description: z.string().min(10),
      weeks: z.array(z.array(z.string()).min(1)).min(1),
    }),
  ),
});

export type Program = z.infer<typeof programSchema>;

/**
 * The program's words in another language (curriculum/program.es.json beside
 * program.json): each module's title and overview and each schedule's title and
 * description, by the same ids. Which lessons a week holds is only in program.json.
 */
export const programTranslationSchema = z.object({
  modules: z.array(z.strictObject({ id: slugSchema(), title: z.string().min(3), overview: z.string().min(20) })),
  schedules: z.array(z.strictObject({ id: slugSchema(), title: z.string().min(3), description: z.string().min(10) })),
});

export type ProgramTranslation = z.infer<typeof programTranslationSchema>;
