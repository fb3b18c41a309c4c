import type { Observation, Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { TFunction } from 'i18next';
import { findOption, getInstrument, textIn, type Instrument } from '../../common/instruments';
import { instrumentQuestionnaireUrl, OBSERVATION_CATEGORY_SYSTEM } from './urls';

/**
 * Self-checks (PHQ-9, GAD-7, the craving check) as FHIR R4: the instrument as a
 * Questionnaire coded with its LOINC panel and item codes, each result as a
 * QuestionnaireResponse whose answers carry the LOINC answer codes, and each
 * complete result's total as an Observation with the LOINC total-score code
 * (codes and their sources: common/instruments/*.ts). Groundwork's own craving
 * check uses its own code system instead of LOINC.
 */

/** A self-check result as stored (common/checkinApi.ts `SelfCheckResult`), the fields FHIR needs. */
export interface SelfCheckForFhir {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  /** The person's local day, YYYY-MM-DD. */
  date: string;
  updatedAt: string;
  answers: Readonly<Record<string, number | null>>;
  status: 'complete' | 'incomplete';
  total: number | null;
  bandId: string | null;
  /** Every flag any save of this result raised (a PHQ-9 item 9 answer above 0: 'safety'). */
  flagsSeen: readonly string[];
}

/** The instrument a stored result was made with; an id this version does not know cannot be exported. */
export function instrumentOf(result: { instrumentId: string }): Instrument {
  const instrument = getInstrument(result.instrumentId);
  if (instrument === undefined) throw new Error(`unknown self-check ${result.instrumentId}`);
  return instrument;
}

const questionnaireRef = (instrument: Instrument): string =>
  `${instrumentQuestionnaireUrl(instrument.id)}|${instrument.version}`;

/** An instrument as a Questionnaire, with its published wording in the language asked for. */
export function instrumentQuestionnaire(instrument: Instrument, language: string): Questionnaire {
  const title = textIn(instrument.title, language);
  return {
    resourceType: 'Questionnaire',
    url: instrumentQuestionnaireUrl(instrument.id),
    version: String(instrument.version),
    name: `Groundwork${instrument.shortName.replace(/[^A-Za-z0-9]/g, '')}`,
    title: title.text,
    language: title.language,
    status: 'active',
    subjectType: ['Patient'],
    code: [instrument.fhir.questionnaire],
    copyright: textIn(instrument.licence.notice, language).text,
    item: instrument.items.map((item) => ({
      linkId: item.id,
      text: textIn(item.text, language).text,
      type: 'choice',
      required: item.required,
      ...(item.coding === null ? {} : { code: [item.coding] }),
      answerOption: item.options.map((option) => ({
        valueCoding: {
          ...(option.coding ?? { system: instrument.fhir.questionnaire.system, code: String(option.value) }),
          display: textIn(option.text, language).text,
        },
      })),
    })),
  };
}

/** A stored result as a QuestionnaireResponse: `completed`, or `in-progress` when a required item is unanswered. */
export function selfCheckResponse(result: SelfCheckForFhir, language: string): QuestionnaireResponse {
  const instrument = instrumentOf(result);
  const item = instrument.items.flatMap((question) => {
    const value = result.answers[question.id];
    if (value === undefined || value === null) return [];
    const option = findOption(instrument, question.id, value);
    if (option === undefined) return [];
    const coding = option.coding ?? { system: instrument.fhir.questionnaire.system, code: String(option.value) };
    return [
      {
        linkId: question.id,
        text: textIn(question.text, language).text,
        answer: [{ valueCoding: { ...coding, display: textIn(option.text, language).text } }],
      },
    ];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireRef(instrument),
    status: result.status === 'complete' ? 'completed' : 'in-progress',
    authored: result.updatedAt,
    item,
  };
}

/**
 * A complete result's total as an Observation with the instrument's total-score
 * code, its band in plain words as the interpretation text (never a diagnosis),
 * and a note when a safety flag was raised. Incomplete results have no total and
 * give no Observation.
 */
export function selfCheckTotal(result: SelfCheckForFhir, t: TFunction, responseRef: string): Observation | null {
  if (result.status !== 'complete' || result.total === null) return null;
  const instrument = instrumentOf(result);
  const band = instrument.bands.find((b) => b.id === result.bandId);
  const flagged = instrument.flags.filter((flag) => result.flagsSeen.includes(flag.id));
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }],
    code: { coding: [instrument.fhir.totalScore], text: t(instrument.titleKey) },
    effectiveDateTime: result.date,
    issued: result.updatedAt,
    valueInteger: result.total,
    ...(band === undefined ? {} : { interpretation: [{ text: t(band.labelKey) }] }),
    ...(flagged.length === 0 ? {} : { note: flagged.map((flag) => ({ text: t(flag.summaryKey) })) }),
    derivedFrom: [{ reference: responseRef, type: 'QuestionnaireResponse' }],
  };
}
