import { band } from './bands';
import { loinc } from './codes';
import { pfizerNotice, phqDifficultyOptions, phqFrequencyOptions } from './phq9';
import type { InstrumentDefinition } from './schema';

/*
 * GAD-7, reproduced as published by Pfizer Inc. on the English (US) GAD-7 form.
 * "No permission required to reproduce, translate, display or distribute."
 * The paper instruction (Use "✔" to indicate your answer) and the "For office
 * coding" line are left out: on screen a person chooses, and the app adds up.
 *
 * Spanish: not included. The official Spanish (US) form could not be checked
 * against its publisher's own copy; add it as `es` on every text when it can.
 *
 * LOINC codes:
 * - Panel 69737-5 and total score 70274-6: medizininformatik-initiative/kerndatensatzmodul-proms,
 *   input/fsh/definitions/gad-7/mii-obsdef-pro-score-gad-7.fsh (and mii-qst-pro-gad-7.fsh).
 * - Items 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8, 69736-7, in this
 *   order: the same mii-qst-pro-gad-7.fsh, and HL7/personal-health-record-format-ig,
 *   input/fsh/pghd/examples/Mind/QuestionnaireResponse-ScoredAssessment-GAD7.fsh.
 * - Answers LA6568-5, LA6569-3, LA6570-1, LA6571-9: the same two files.
 * - Item 2 (68509-9) is a LOINC term made for another survey, and LOINC's own
 *   GAD-7 panel (as LHC-Forms generates it from LOINC) gives it answer list with
 *   LA18938-3 "More days than not" for the value 2, where the other items have
 *   LA6570-1. The person still sees the published "More than half the days"; only
 *   the code differs. (The MII file above uses LA6570-1 there: a FHIR export should
 *   check this one code against LOINC before release.)
 * - Difficulty question: no code. LOINC's GAD-7 panel as generated from LOINC has
 *   no difficulty item, and 69726-8 (sometimes named for it) is "Discharge
 *   instructions Narrative" in the public FHIR code seen. Its answers keep the
 *   LOINC answer codes shared with the PHQ-9 difficulty question.
 */

const item = (n: number, en: string, code: string, options = phqFrequencyOptions) => ({
  id: `gad7-${n}`,
  text: { en },
  coding: loinc(code),
  required: true,
  options,
});

/** Item 2's answers: the same words, with LOINC's answer code for its own answer list at value 2. */
const item2Options = phqFrequencyOptions.map((option) =>
  option.value === 2 ? { ...option, coding: loinc('LA18938-3', 'More days than not') } : option,
);

export const gad7 = {
  id: 'gad-7' as const,
  version: 1,
  origin: 'published',
  shortName: 'GAD-7',
  title: { en: 'Generalized Anxiety Disorder 7-item (GAD-7)' },
  titleKey: 'instruments.gad-7.title',
  instructions: { en: 'Over the last 2 weeks, how often have you been bothered by the following problems?' },
  recallDays: 14,
  suggestedIntervalDays: 14,
  items: [
    item(1, 'Feeling nervous, anxious, or on edge', '69725-0'),
    item(2, 'Not being able to stop or control worrying', '68509-9', item2Options),
    item(3, 'Worrying too much about different things', '69733-4'),
    item(4, 'Trouble relaxing', '69734-2'),
    item(5, 'Being so restless that it is hard to sit still', '69735-9'),
    item(6, 'Becoming easily annoyed or irritable', '69689-8'),
    item(7, 'Feeling afraid as if something awful might happen', '69736-7'),
    {
      id: 'gad7-difficulty',
      text: {
        en: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
      },
      coding: null,
      required: false,
      options: phqDifficultyOptions,
    },
  ],
  scoring: {
    method: 'sum',
    countedItems: ['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7'],
    itemScore: { min: 0, max: 3 },
    total: { min: 0, max: 21 },
    missing: 'incomplete',
  },
  bands: [
    band('gad-7', 'minimal', 0, 4),
    band('gad-7', 'mild', 5, 9),
    band('gad-7', 'moderate', 10, 14),
    band('gad-7', 'severe', 15, 21),
  ],
  flags: [],
  source: {
    citations: [
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.',
    ],
  },
  licence: { kind: 'free-to-reproduce', notice: pfizerNotice },
  fhir: {
    questionnaire: loinc('69737-5', 'Generalized anxiety disorder 7 item (GAD-7)'),
    totalScore: loinc('70274-6', 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]'),
  },
} satisfies InstrumentDefinition;
