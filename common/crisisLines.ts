import type { CrisisLine } from './api';

/**
 * The two lines every screen and every printed page shows, whatever a clinic
 * configures: a clinic's own lines are added after these, never instead of them.
 */
export const essentialCrisisLines: readonly CrisisLine[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    contact: 'Call or text 988',
    detail: 'Free and open 24/7, also by chat at 988lifeline.org. In Spanish: press 2, or text AYUDA to 988.',
  },
  {
    name: 'Emergency',
    contact: 'Call 911',
    detail: 'If you or someone else is in danger right now.',
  },
];

/** National lines shown after the essential ones when a clinic lists no crisis lines of its own. */
export const nationalHelplines: readonly CrisisLine[] = [
  {
    name: 'SAMHSA National Helpline',
    contact: '1-800-662-4357',
    detail: 'Free, private help finding treatment, 24/7, in English and Spanish.',
  },
];

/** The crisis resources shown when no clinic has set its own. US numbers, current as of 2026. */
export const defaultCrisisLines: CrisisLine[] = [...essentialCrisisLines, ...nationalHelplines];

/** The digits of a contact, so "Call or text 988" and "988" count as the same number. */
function digitsOf(contact: string): string {
  return contact.replace(/\D/g, '');
}

/**
 * 988 and 911 first, then the clinic's crisis lines (or the national helplines
 * when it lists none), then its local numbers. A clinic line that repeats 988 or
 * 911 is dropped, so the room never sees the same number twice.
 */
export function mergeCrisisLines(
  clinicLines: readonly CrisisLine[] | undefined,
  localNumbers: readonly CrisisLine[] = [],
): CrisisLine[] {
  const essentialDigits = new Set(essentialCrisisLines.map((l) => digitsOf(l.contact)));
  const added = [...(clinicLines ?? nationalHelplines), ...localNumbers].filter(
    (line) => !essentialDigits.has(digitsOf(line.contact)),
  );
  return [...essentialCrisisLines, ...added];
}
