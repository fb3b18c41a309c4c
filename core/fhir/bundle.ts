import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry, Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { TFunction } from 'i18next';
import { checkInObservations, type CheckInForFhir } from './checkInResources';
import { lessonQuestionnaire, lessonResponse, type LessonForFhir } from './lessonResources';
import {
  instrumentOf,
  instrumentQuestionnaire,
  selfCheckResponse,
  selfCheckTotal,
  type SelfCheckForFhir,
} from './selfCheckResources';

/**
 * The one FHIR Bundle a person exports or sends: what they chose, for the days
 * they chose. It carries no identifier unless the person typed the clinic's ID
 * for them (a medical record number) into this export; then a Patient holding
 * only that identifier is the subject of every resource.
 */
export interface ShareSelection {
  /** Inclusive local days, YYYY-MM-DD. */
  from: string;
  to: string;
  language: string;
  /** Worksheets: each lesson with the person's answers to it. */
  worksheets: { lesson: LessonForFhir; answers: ReadonlyMap<string, { value: unknown; updatedAt: string }> }[];
  selfChecks: readonly SelfCheckForFhir[];
  checkIns: readonly CheckInForFhir[];
  includeNotes: boolean;
  /** Include each worksheet's and self-check's Questionnaire, for servers that do not know Groundwork's forms. */
  includeQuestionnaires: boolean;
  /** The clinic's ID for the person, and the identifier system the clinic names in clinic.json. */
  patientIdentifier: { system: string; value: string } | null;
}

export interface BundleOptions {
  t: TFunction;
  /** When the bundle was made (ISO time). */
  now: string;
  newId?: () => string;
}

const inRange = (day: string, selection: ShareSelection): boolean => day >= selection.from && day <= selection.to;

/** Builds the export as a FHIR `collection` Bundle; `asTransaction` turns it into what a server is sent. */
export function buildShareBundle(selection: ShareSelection, options: BundleOptions): Bundle {
  const newId = options.newId ?? randomUUID;
  const entries: BundleEntry[] = [];
  // A reference to a urn:uuid names its type, so a validator (and a server) can check it before resolving it.
  const add = (resource: Resource): Reference => {
    const fullUrl = `urn:uuid:${newId()}`;
    entries.push({ fullUrl, resource });
    return { reference: fullUrl, type: resource.resourceType };
  };
  const subject =
    selection.patientIdentifier === null
      ? undefined
      : add({ resourceType: 'Patient', identifier: [selection.patientIdentifier] } satisfies Patient);
  const withSubject = <R extends Resource>(resource: R): R => (subject ? { ...resource, subject } : resource);

  for (const { lesson, answers } of selection.worksheets) {
    const chosen = new Map([...answers].filter(([, answer]) => inRange(answer.updatedAt.slice(0, 10), selection)));
    if (chosen.size === 0) continue;
    if (selection.includeQuestionnaires) add(lessonQuestionnaire(lesson, options.t));
    add(withSubject(lessonResponse(lesson, chosen, options.t)));
  }

  const selfChecks = selection.selfChecks.filter((r) => inRange(r.date, selection));
  if (selection.includeQuestionnaires)
    for (const id of new Set(selfChecks.map((r) => r.instrumentId)))
      add(instrumentQuestionnaire(instrumentOf({ instrumentId: id }), selection.language));
  for (const result of selfChecks) {
    const response = add(withSubject(selfCheckResponse(result, selection.language)));
    const total = selfCheckTotal(result, options.t, response.reference ?? '');
    if (total !== null) add(withSubject(total));
  }

  for (const checkIn of selection.checkIns.filter((c) => inRange(c.date, selection)))
    for (const observation of checkInObservations(checkIn, options.t, { includeNotes: selection.includeNotes }))
      add(withSubject(observation));

  return { resourceType: 'Bundle', type: 'collection', timestamp: options.now, entry: entries };
}

/**
 * The same resources as a `transaction` for the clinic's server: each one
 * created (POST), the Patient only if the server has none with that identifier
 * yet, so sending twice never makes a second patient.
 */
export function asTransaction(bundle: Bundle): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: (bundle.entry ?? []).map((entry) => {
      const resource = entry.resource as Resource;
      const identifier = resource.resourceType === 'Patient' ? resource.identifier?.[0] : undefined;
      return {
        ...entry,
        request: {
          method: 'POST',
          url: resource.resourceType,
          ...(identifier
            ? {
                ifNoneExist: `identifier=${encodeURIComponent(`${identifier.system ?? ''}|${identifier.value ?? ''}`)}`,
              }
            : {}),
        },
      };
    }),
  };
}

/** How many resources of each type a bundle holds, for the "what will be sent" screen and the send record. */
export function countResources(bundle: Bundle): Record<string, number> {
  const counts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const entry of bundle.entry ?? []) {
    const type = entry.resource?.resourceType ?? 'unknown';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
