/**
 * Every size bound written in more than one place: the answer schemas, the
 * request schemas and the fields that show them (`maxLength`) all read these,
 * so a field never lets a person type what the store would then refuse.
 * Changing a number that a stored file's schema uses changes that file's shape:
 * the stored-schema guard (tests/core/store/storedSchemas.test.ts) then asks for
 * a version bump and an upgrade step.
 */
export const limits = {
  /** One line of an answer: a short text, a list item, a table cell, an "Other" line. */
  lineChars: 2_000,
  /** A paragraph inside a larger answer (a plan, a thought record's evidence). */
  paragraphChars: 20_000,
  /** A long-text exercise, the largest single answer. */
  longTextChars: 50_000,
  /** A choice, a checklist option, or a contact's name. */
  nameChars: 300,
  /** A phone number or other contact detail. */
  phoneChars: 60,
  /** A lesson, module or profile id. */
  idChars: 80,
  /** An exercise id, a key inside a lesson's answer file. */
  exerciseIdChars: 60,
  /** A profile's name, shown on a shared screen. */
  profileNameChars: 40,
  /** The most lessons one clinic's curriculum is expected to hold: bounds what a profile keeps per lesson. */
  lessons: 500,
} as const;
