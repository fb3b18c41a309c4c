import type { CrisisLine } from './api';

/**
 * The crisis resources shown when no clinic has set its own. US numbers, current
 * as of 2026; clinics replace or add local numbers in their configuration.
 */
export const defaultCrisisLines: CrisisLine[] = [
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
  {
    name: 'SAMHSA National Helpline',
    contact: '1-800-662-4357',
    detail: 'Free, private help finding treatment, 24/7, in English and Spanish.',
  },
];
