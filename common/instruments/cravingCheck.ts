import { band } from './bands';
import { GROUNDWORK_CODE_SYSTEM_BASE, type Coding } from './codes';
import type { InstrumentDefinition } from './schema';

/*
 * Groundwork's own short craving check, written for this app so people can see
 * how cravings change over time. It is not a validated clinical scale and borrows
 * no copyrighted scale's items. Free to use with Groundwork.
 *
 * Four items, each scored 0–4, total 0–16; higher means cravings were a bigger
 * problem. The confidence item is reverse-scored: feeling more sure of staying
 * safe lowers the total. What is stored is the answer's value (its position, 0 at
 * the top of the list); the score comes from the option.
 *
 * Codes: its own FHIR code system `https://groundwork.app/fhir/CodeSystem/craving-check`
 * (see codes.ts). Codes in it: `craving-check` (the questionnaire), `total-score`,
 * each item's id, and `<item id>-<value>` for each answer.
 */

const system = `${GROUNDWORK_CODE_SYSTEM_BASE}/craving-check`;
const code = (value: string): Coding => ({ system, code: value });

/** An item whose options are listed in order: value 0 first. `reverse` scores the last option 0. */
function item(id: string, en: string, answers: string[], reverse = false) {
  return {
    id,
    text: { en },
    coding: code(id),
    required: true,
    options: answers.map((answer, value) => ({
      value,
      score: reverse ? answers.length - 1 - value : value,
      text: { en: answer },
      coding: code(`${id}-${value}`),
    })),
  };
}

export const cravingCheck = {
  id: 'craving-check' as const,
  version: 1,
  origin: 'groundwork',
  shortName: 'Craving check',
  title: { en: 'Groundwork craving check' },
  titleKey: 'instruments.craving-check.title',
  instructions: { en: 'These questions are about cravings or urges to drink or use over the last 2 weeks.' },
  recallDays: 14,
  suggestedIntervalDays: 14,
  items: [
    item('craving-strength', 'At their strongest, how strong were your cravings or urges?', [
      'No cravings',
      'Mild',
      'Moderate',
      'Strong',
      'Very strong',
    ]),
    item('craving-often', 'How often did you have cravings or urges?', [
      'Not at all',
      'On 1 or 2 days',
      'On several days',
      'On most days',
      'Every day',
    ]),
    item(
      'craving-in-the-way',
      'How much did cravings get in the way of your day, your plans or your time with people?',
      ['Not at all', 'A little', 'Somewhat', 'A lot', 'Very much'],
    ),
    item(
      'craving-confidence',
      'Right now, how sure are you that you can stay safe from using when a craving comes?',
      ['Not at all sure', 'A little sure', 'Somewhat sure', 'Quite sure', 'Completely sure'],
      true,
    ),
  ],
  scoring: {
    method: 'sum',
    countedItems: ['craving-strength', 'craving-often', 'craving-in-the-way', 'craving-confidence'],
    itemScore: { min: 0, max: 4 },
    total: { min: 0, max: 16 },
    missing: 'incomplete',
  },
  bands: [
    band('craving-check', 'low', 0, 3),
    band('craving-check', 'some', 4, 7),
    band('craving-check', 'strong', 8, 11),
    band('craving-check', 'very-strong', 12, 16),
  ],
  flags: [],
  source: {
    citations: [
      'Groundwork craving check, version 1. Written for Groundwork to track cravings over time; not a validated clinical scale.',
    ],
  },
  licence: {
    kind: 'groundwork-own',
    notice: {
      en: 'Groundwork’s own check, free to use with Groundwork. It is not a validated clinical scale: it helps you and your care team see changes over time.',
    },
  },
  fhir: { questionnaire: code('craving-check'), totalScore: code('total-score') },
} satisfies InstrumentDefinition;
