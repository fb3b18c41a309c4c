import { z } from 'zod';
import { daySchema } from './checkinApi';
import { daysInOrder } from './checkinDates';

/**
 * Sharing with the care team's health record (issue 16): the person chooses the
 * days and what to include, sees what would go, then saves a FHIR Bundle file or
 * sends it to the clinic's FHIR server named in clinic.json. Nothing is ever sent
 * without the person pressing Send; there is no setting that sends by itself.
 */

/** What to share: the same choices whether the bundle is saved or sent. */
export const shareSelectionSchema = z
  .strictObject({
    from: daySchema,
    to: daySchema,
    worksheets: z.boolean(),
    selfChecks: z.boolean(),
    checkIns: z.boolean(),
    /** Check-in notes are the person's own words: only when ticked. */
    notes: z.boolean(),
    /** The clinic's ID for the person (medical record number), typed for this export only; never stored. */
    patientId: z
      .string()
      .trim()
      .max(64)
      .regex(/^[^\p{Cc}]*$/u)
      .optional(),
    profileId: z.string().max(80).optional(),
  })
  .refine((s) => daysInOrder(s.from, s.to), { message: 'the first day must not be after the last', path: ['to'] });
export type ShareRequest = z.infer<typeof shareSelectionSchema>;

export const shareRequestSchemas = {
  /** What the bundle would hold, checked against FHIR R4, and whether the clinic has a server to send it to. */
  previewShare: shareSelectionSchema,
  /** Saves the bundle as a .json file where the person chooses. */
  exportShare: shareSelectionSchema,
  /** Sends the bundle to the clinic's server as a transaction, and records that it was sent. */
  sendShare: shareSelectionSchema,
  /** What this profile has sent, newest first. */
  listShares: z.strictObject({}),
} as const;

export interface SharePreview {
  /** Resources by type, such as { Observation: 40, QuestionnaireResponse: 3 }. */
  counts: Record<string, number>;
  /** Problems FHIR R4 validation found; an export or send with any error is refused. */
  problems: { where: string; message: string }[];
  /** The clinic's server, when clinic.json names one; null: saving a file is the only way. */
  server: { baseUrl: string; acceptsPatientId: boolean } | null;
}

/** One send, as kept in the profile. */
export interface ShareRecord {
  sentAt: string;
  from: string;
  to: string;
  server: string;
  counts: Record<string, number>;
  status: 'sent' | 'refused' | 'unreachable';
  /** What the server said, in its words, when it refused. */
  reasons: string[];
}

export interface ShareResponses {
  previewShare: SharePreview;
  exportShare: { status: 'saved'; path: string } | { status: 'cancelled' };
  sendShare: ShareRecord;
  listShares: { shares: ShareRecord[] };
}
