import { band } from './bands';
import { loinc } from './codes';
import type { InstrumentDefinition } from './schema';

/*
 * PHQ-9, reproduced as published by Pfizer Inc. on the English (US) PHQ-9 form.
 * "No permission required to reproduce, translate, display or distribute."
 *
 * Wording: the English (US) form (Developed by Drs. Robert L. Spitzer, Janet B.W.
 * Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer
 * Inc.), cross-checked against the English text kept in
 * medizininformatik-initiative/kerndatensatzmodul-proms,
 * input/fsh/definitions/phq-9/mii-qst-pro-phq-9.fsh. Only the paper instruction
 * (Use "✔" to indicate your answer) and the "For office coding" line are left
 * out: on screen a person chooses an answer, and the app adds up the score.
 *
 * Spanish: not included. The official Spanish (US) form could not be checked
 * against its publisher's own copy; add it as `es` on every text when it can.
 *
 * LOINC codes, each checked in the same MII file (panel, items 1–9, the
 * difficulty item, answer codes LA6568-5 … LA6571-9 and LA6572-7 … LA6574-3),
 * the total score 44261-6 in
 * input/fsh/definitions/phq-9/mii-obsdef-pro-score-phq-9.fsh, and the difficulty
 * answer list (LL359-1) in input/fsh/definitions/phq-9/mii-vs-phq-9-answer-list-ll359-1.fsh
 * of the same repository. The same codes appear in the LOINC-generated (LHC-Forms)
 * PHQ-9 Questionnaire. Note LOINC's own order: "Very difficult" is LA6575-0 and
 * "Extremely difficult" is LA6574-3.
 */

/** The four PHQ answers, 0–3, with their LOINC answer codes (answer list LL358-3); GAD-7 uses them too. */
export const phqFrequencyOptions = [
  { value: 0, score: 0, text: { en: 'Not at all' }, coding: loinc('LA6568-5', 'Not at all') },
  { value: 1, score: 1, text: { en: 'Several days' }, coding: loinc('LA6569-3', 'Several days') },
  { value: 2, score: 2, text: { en: 'More than half the days' }, coding: loinc('LA6570-1', 'More than half the days') },
  { value: 3, score: 3, text: { en: 'Nearly every day' }, coding: loinc('LA6571-9', 'Nearly every day') },
];

/** The PHQ difficulty answers, with LOINC answer list LL359-1. Not scored. */
export const phqDifficultyOptions = [
  { value: 0, score: 0, text: { en: 'Not difficult at all' }, coding: loinc('LA6572-7', 'Not difficult at all') },
  { value: 1, score: 1, text: { en: 'Somewhat difficult' }, coding: loinc('LA6573-5', 'Somewhat difficult') },
  { value: 2, score: 2, text: { en: 'Very difficult' }, coding: loinc('LA6575-0', 'Very difficult') },
  { value: 3, score: 3, text: { en: 'Extremely difficult' }, coding: loinc('LA6574-3', 'Extremely difficult') },
];

const item = (n: number, en: string, code: string) => ({
  id: `phq9-${n}`,
  text: { en },
  coding: loinc(code),
  required: true,
  options: phqFrequencyOptions,
});

/** The Pfizer notice, as printed at the foot of the PHQ forms. */
export const pfizerNotice = {
  en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
};

export const phq9 = {
  id: 'phq-9' as const,
  version: 1,
  origin: 'published',
  shortName: 'PHQ-9',
  title: { en: 'Patient Health Questionnaire-9 (PHQ-9)' },
  titleKey: 'instruments.phq-9.title',
  instructions: { en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?' },
  recallDays: 14,
  suggestedIntervalDays: 14,
  items: [
    item(1, 'Little interest or pleasure in doing things', '44250-9'),
    item(2, 'Feeling down, depressed, or hopeless', '44255-8'),
    item(3, 'Trouble falling or staying asleep, or sleeping too much', '44259-0'),
    item(4, 'Feeling tired or having little energy', '44254-1'),
    item(5, 'Poor appetite or overeating', '44251-7'),
    item(
      6,
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      '44258-2',
    ),
    item(7, 'Trouble concentrating on things, such as reading the newspaper or watching television', '44252-5'),
    item(
      8,
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      '44253-3',
    ),
    item(9, 'Thoughts that you would be better off dead or of hurting yourself in some way', '44260-8'),
    {
      id: 'phq9-difficulty',
      text: {
        en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      },
      coding: loinc('69722-7'),
      required: false,
      options: phqDifficultyOptions,
    },
  ],
  scoring: {
    method: 'sum',
    countedItems: ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'],
    itemScore: { min: 0, max: 3 },
    total: { min: 0, max: 27 },
    missing: 'incomplete',
  },
  bands: [
    band('phq-9', 'minimal', 0, 4),
    band('phq-9', 'mild', 5, 9),
    band('phq-9', 'moderate', 10, 14),
    band('phq-9', 'moderately-severe', 15, 19),
    band('phq-9', 'severe', 20, 27),
  ],
  flags: [
    {
      id: 'safety',
      rule: { type: 'item-score-at-least', itemId: 'phq9-9', atLeast: 1 },
      messageKey: 'instruments.safety.message',
      summaryKey: 'instruments.safety.summaryMark',
    },
  ],
  source: {
    citations: [
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.',
    ],
  },
  licence: { kind: 'free-to-reproduce', notice: pfizerNotice },
  fhir: {
    questionnaire: loinc('44249-1', 'PHQ-9 quick depression assessment panel [Reported.PHQ]'),
    totalScore: loinc('44261-6', 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]'),
  },
} satisfies InstrumentDefinition;
