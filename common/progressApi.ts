import { z } from 'zod';
import type { ExportOutcome, PaperSize, PrintOutcome } from './api';
import { daySchema } from './checkinApi';
import { daysInOrder } from './checkinDates';
import type { ProgressOverview } from './progress/overview';

/**
 * The progress part of the API contract (issue 13): the progress overview and
 * the summary for the care team. common/api.ts merges these into
 * `requestSchemas` and `Responses`; the method names are listed in
 * common/channels.ts. Both read the open profile only, and nothing is sent
 * anywhere: the summary is a PDF saved where the person chooses, or a print.
 */

/** What a person can choose to put in their care-team summary; everything else is left out. */
export const careSummaryParts = ['checkIns', 'selfChecks', 'safetyMarks', 'lessons', 'plans'] as const;
export type CareSummaryPart = (typeof careSummaryParts)[number];

// api.ts imports this file, so its `paperSizes` is not yet defined here: the list is checked against its type both ways.
const paperSizeSchema = z.enum(['letter', 'a4'] satisfies PaperSize[]);
type SamePaper = PaperSize extends z.infer<typeof paperSizeSchema> ? true : never;
const samePaper: SamePaper = true;
void samePaper;

/** The longest span a summary covers: ten years, as far back as a check-in can be. */
export const CARE_SUMMARY_MAX_DAYS = 3700;

const careSummaryRequest = z
  .strictObject({
    /** First and last day, inclusive. */
    from: daySchema,
    to: daySchema,
    include: z.array(z.enum(careSummaryParts)).max(careSummaryParts.length),
    paper: paperSizeSchema,
    /** Body text of at least 18 pt. */
    largePrint: z.boolean().optional(),
  })
  .refine((r) => daysInOrder(r.from, r.to), {
    message: 'The first day must not be after the last day.',
    path: ['from'],
  });

export const progressRequestSchemas = {
  /** Lessons opened, completed and answered, plans last changed, and check-ins this week and month. */
  getProgress: z.strictObject({}),
  /** The summary for the care team as a PDF, saved where the person chooses. */
  exportCareSummary: careSummaryRequest,
  /** The summary for the care team, printed through the system's print dialog. */
  printCareSummary: careSummaryRequest,
} as const;

export interface ProgressResponses {
  /** `today`: the host's local day, so the screen and the store agree on "this week". */
  getProgress: { profileId: string; today: string; overview: ProgressOverview };
  exportCareSummary: ExportOutcome;
  printCareSummary: PrintOutcome;
}

export type ProgressMethod = keyof typeof progressRequestSchemas;
