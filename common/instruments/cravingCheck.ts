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
 * Spanish: written for Groundwork too (usted, as in the Spanish lessons), so it
 * needs no publisher's copy; the answers keep their values in both languages.
 *
 * Codes: its own FHIR code system `https://groundwork.app/fhir/CodeSystem/craving-check`
 * (see codes.ts). Codes in it: `craving-check` (the questionnaire), `total-score`,
 * each item's id, and `<item id>-<value>` for each answer.
 */

const system = `${GROUNDWORK_CODE_SYSTEM_BASE}/craving-check`;
const code = (value: string): Coding => ({ system, code: value });

/** Words in both languages: `[English, Spanish]`. */
type Both = readonly [string, string];
const both = ([en, es]: Both) => ({ en, es });

/** An item whose options are listed in order: value 0 first. `reverse` scores the last option 0. */
function item(id: string, text: Both, answers: Both[], reverse = false) {
  return {
    id,
    text: both(text),
    coding: code(id),
    required: true,
    options: answers.map((answer, value) => ({
      value,
      score: reverse ? answers.length - 1 - value : value,
      text: both(answer),
      coding: code(`${id}-${value}`),
    })),
  };
}

const notAtAll: Both = ['Not at all', 'Nada'];

export const cravingCheck = {
  id: 'craving-check' as const,
  version: 1,
  origin: 'groundwork',
  shortName: 'Craving check',
  title: both(['Groundwork craving check', 'Chequeo de antojos de Groundwork']),
  titleKey: 'instruments.craving-check.title',
  instructions: both([
    'These questions are about cravings or urges to drink or use over the last 2 weeks.',
    'Estas preguntas son sobre los antojos o las ganas de beber o de consumir en las últimas 2 semanas.',
  ]),
  recallDays: 14,
  suggestedIntervalDays: 14,
  items: [
    item(
      'craving-strength',
      [
        'At their strongest, how strong were your cravings or urges?',
        'En su peor momento, ¿qué tan fuertes fueron sus antojos o ganas?',
      ],
      [
        ['No cravings', 'No tuve antojos'],
        ['Mild', 'Leves'],
        ['Moderate', 'Moderados'],
        ['Strong', 'Fuertes'],
        ['Very strong', 'Muy fuertes'],
      ],
    ),
    item(
      'craving-often',
      ['How often did you have cravings or urges?', '¿Con qué frecuencia tuvo antojos o ganas?'],
      [
        notAtAll,
        ['On 1 or 2 days', '1 o 2 días'],
        ['On several days', 'Varios días'],
        ['On most days', 'La mayoría de los días'],
        ['Every day', 'Todos los días'],
      ],
    ),
    item(
      'craving-in-the-way',
      [
        'How much did cravings get in the way of your day, your plans or your time with people?',
        '¿Cuánto le estorbaron los antojos en su día, en sus planes o en su tiempo con otras personas?',
      ],
      [notAtAll, ['A little', 'Un poco'], ['Somewhat', 'Algo'], ['A lot', 'Mucho'], ['Very much', 'Muchísimo']],
    ),
    item(
      'craving-confidence',
      [
        'Right now, how sure are you that you can stay safe from using when a craving comes?',
        'Ahora mismo, ¿qué tan seguro(a) se siente de poder mantenerse sin consumir cuando llegue un antojo?',
      ],
      [
        ['Not at all sure', 'Nada seguro(a)'],
        ['A little sure', 'Un poco seguro(a)'],
        ['Somewhat sure', 'Algo seguro(a)'],
        ['Quite sure', 'Bastante seguro(a)'],
        ['Completely sure', 'Totalmente seguro(a)'],
      ],
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
    notice: both([
      'Groundwork’s own check, free to use with Groundwork. It is not a validated clinical scale: it helps you and your care team see changes over time.',
      'Es el chequeo propio de Groundwork, de uso libre con Groundwork. No es una escala clínica validada: le ayuda a usted y a su equipo de atención a ver los cambios con el tiempo.',
    ]),
  },
  fhir: { questionnaire: code('craving-check'), totalScore: code('total-score') },
} satisfies InstrumentDefinition;
