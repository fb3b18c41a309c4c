/**
 * Code systems the instruments use, so a later FHIR export can name every item,
 * answer and total with a code. LOINC for the published scales; Groundwork's own
 * code system for its own checks, which LOINC does not (and should not) cover.
 */

/** The LOINC code system URI, as FHIR writes it. */
export const LOINC_SYSTEM = 'http://loinc.org';

/**
 * Groundwork's own code systems, one per Groundwork instrument:
 * `${GROUNDWORK_CODE_SYSTEM_BASE}/<instrument id>` (for example
 * `https://groundwork.app/fhir/CodeSystem/craving-check`). Codes inside are the
 * instrument's stable item ids, option codes and `total-score`. The URI is an
 * identifier only: nothing is fetched from it, and the app never goes online.
 */
export const GROUNDWORK_CODE_SYSTEM_BASE = 'https://groundwork.app/fhir/CodeSystem';

/** A LOINC term or panel code: digits, a hyphen and a check digit, such as 44249-1. */
const loincTermPattern = /^(\d{1,7})-(\d)$/;
/** A LOINC answer code, such as LA6568-5. Its check digit follows a rule LOINC does not publish for LA codes. */
const loincAnswerPattern = /^LA\d{1,6}-\d$/;

/**
 * The LOINC check digit of a term code's number part (LOINC's "mod 10" rule, the
 * same arithmetic as Luhn's): from the right, every other digit starting with
 * the last is doubled, the digits of the results are summed, and the check digit
 * brings the sum up to a multiple of ten.
 */
export function loincCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Whether a string is a well-formed LOINC code: a term code whose check digit is
 * right (a typo in a code almost always breaks it), or an answer code (LA…) of the
 * right shape.
 */
export function isWellFormedLoincCode(code: string): boolean {
  if (loincAnswerPattern.test(code)) return true;
  const term = loincTermPattern.exec(code);
  return term !== null && loincCheckDigit(term[1] ?? '') === Number(term[2]);
}

/** A code from a code system, in the shape FHIR's Coding uses (system and code). */
export interface Coding {
  system: string;
  code: string;
  /** The code system's own display name, where it differs from what the person sees. */
  display?: string;
}

/** A LOINC coding, with LOINC's display name. */
export function loinc(code: string, display?: string): Coding {
  return display === undefined ? { system: LOINC_SYSTEM, code } : { system: LOINC_SYSTEM, code, display };
}
