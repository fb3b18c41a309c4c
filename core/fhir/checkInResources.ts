import type { Observation } from '@medplum/fhirtypes';
import type { TFunction } from 'i18next';
import type { CheckIn } from '../../common/checkinApi';
import { CHECK_IN_SYSTEM, OBSERVATION_CATEGORY_SYSTEM, UCUM_SYSTEM } from './urls';

/** A day's check-in as stored, the fields FHIR needs: picked from `CheckIn`, so the two cannot drift apart. */
export type CheckInForFhir = Pick<
  CheckIn,
  | 'date'
  | 'mood'
  | 'craving'
  | 'stress'
  | 'sleepHours'
  | 'sleepQuality'
  | 'used'
  | 'skills'
  | 'ownSkills'
  | 'note'
  | 'updatedAt'
>;

/**
 * The codes of Groundwork's check-in code system (`CHECK_IN_SYSTEM`). Each is a
 * person's own rating or answer for one day; no LOINC code means "rated by the
 * person on Groundwork's 0–10 scale", so none is borrowed.
 */
export const checkInCodes = {
  mood: 'mood',
  craving: 'craving',
  stress: 'stress',
  sleepHours: 'sleep-hours',
  sleepQuality: 'sleep-quality',
  used: 'used-since-last-check-in',
  skills: 'skills-used',
  note: 'note',
} as const;

type Measure = keyof typeof checkInCodes;

/** What a check-in export may leave out: the note is the person's own words and goes only when they say so. */
export interface CheckInExportChoices {
  includeNotes: boolean;
}

/**
 * One Observation per answered measure of one day's check-in (a skipped measure
 * gives none), category `survey`, dated with the person's local day.
 */
export function checkInObservations(
  checkIn: CheckInForFhir,
  t: TFunction,
  choices: CheckInExportChoices,
): Observation[] {
  const make = (measure: Measure, value: Partial<Observation>): Observation => ({
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }],
    code: {
      coding: [{ system: CHECK_IN_SYSTEM, code: checkInCodes[measure], display: t(`fhir.checkIn.${measure}`) }],
      text: t(`fhir.checkIn.${measure}`),
    },
    effectiveDateTime: checkIn.date,
    issued: checkIn.updatedAt,
    ...value,
  });
  const out: Observation[] = [];
  for (const measure of ['mood', 'craving', 'stress', 'sleepQuality'] as const) {
    const value = checkIn[measure];
    if (value !== null) out.push(make(measure, { valueInteger: value }));
  }
  if (checkIn.sleepHours !== null)
    out.push(
      make('sleepHours', {
        valueQuantity: { value: checkIn.sleepHours, unit: 'h', system: UCUM_SYSTEM, code: 'h' },
      }),
    );
  if (checkIn.used !== null) out.push(make('used', { valueBoolean: checkIn.used === 'yes' }));
  const skills = [...checkIn.skills.map((id) => t(`skills.${id}`, { defaultValue: id })), ...checkIn.ownSkills];
  if (skills.length > 0) out.push(make('skills', { valueString: skills.join('; ') }));
  if (choices.includeNotes && checkIn.note.trim() !== '') out.push(make('note', { valueString: checkIn.note }));
  return out;
}
