/**
 * Names Groundwork gives its own FHIR artefacts. They are identifiers only (FHIR
 * canonical URLs): nothing is ever fetched from them, and the app never goes
 * online except to send a bundle to the clinic's own server when the person asks.
 */
import { GROUNDWORK_CODE_SYSTEM_BASE } from '../../common/instruments';

/** Root of Groundwork's canonical URLs. */
export const GROUNDWORK_FHIR_BASE = 'https://groundwork.app/fhir';

/** The canonical URL of a lesson's worksheet Questionnaire. */
export const lessonQuestionnaireUrl = (lessonId: string): string =>
  `${GROUNDWORK_FHIR_BASE}/Questionnaire/lesson-${lessonId}`;

/** The code system of a lesson's answer options (codes are the options' stable values). */
export const lessonOptionSystem = (lessonId: string): string => `${GROUNDWORK_CODE_SYSTEM_BASE}/lesson-${lessonId}`;

/** The canonical URL of a self-check's Questionnaire. */
export const instrumentQuestionnaireUrl = (instrumentId: string): string =>
  `${GROUNDWORK_FHIR_BASE}/Questionnaire/self-check-${instrumentId}`;

/**
 * Groundwork's code system for what a daily check-in records. No standard code
 * says "mood on a 0–10 scale as the person rated it today", so each measure has a
 * code of Groundwork's own (documented in README's FHIR section).
 */
export const CHECK_IN_SYSTEM = `${GROUNDWORK_CODE_SYSTEM_BASE}/check-in`;

/** FHIR's observation-category code system (category "survey" for self-reported measures). */
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** The extensions FHIR R4 defines for a Questionnaire item's lowest and highest allowed value. */
export const MIN_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** UCUM, for units such as hours of sleep. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
