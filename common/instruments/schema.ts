import { z } from 'zod';
import { isWellFormedLoincCode, LOINC_SYSTEM } from './codes';
import { checkInstrument } from './checks';
import { SLUG_HINT, slugSchema } from '../ids';

/**
 * One schema for every self-check instrument: published scales (PHQ-9, GAD-7) and
 * Groundwork's own checks alike. An instrument is data: its exact wording per
 * language, options, scoring, bands, flags, source, licence and codes. Adding an
 * instrument means adding a data file that passes this schema, not new code.
 *
 * Published wording lives in the data file, keyed by language, because it must
 * stay exactly as published; words the app itself says about an instrument (its
 * name in menus, band labels and meanings, the safety message) are i18n keys under
 * `instruments.` in common/i18n/en/instruments.ts.
 */

/** Languages an instrument's wording can come in. English is required; others are added per instrument. */
export const instrumentLanguages = ['en', 'es'] as const;
export type InstrumentLanguage = (typeof instrumentLanguages)[number];

/** Exact wording in each language it exists in; English always. */
export const localizedTextSchema = z.strictObject({
  en: z.string().min(1).max(1000),
  /** The official Spanish (US) wording, where it has been checked against its publisher. */
  es: z.string().min(1).max(1000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Ids stored with answers: lowercase letters, digits and single hyphens, never changed once used. */
export const stableIdSchema = slugSchema({ max: 40, message: SLUG_HINT });

/** An i18n key under `instruments.` for words the app says about an instrument. */
export const messageKeySchema = z.string().regex(/^instruments\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, 'an i18n key');

/** A code from a code system (FHIR Coding). LOINC codes are checked for shape and check digit. */
export const codingSchema = z
  .strictObject({ system: z.url(), code: z.string().min(1).max(64), display: z.string().min(1).max(300).optional() })
  .refine((c) => c.system !== LOINC_SYSTEM || isWellFormedLoincCode(c.code), {
    message: 'not a well-formed LOINC code (check the digits and the check digit)',
    path: ['code'],
  });

/** One answer a person can choose. */
export const optionSchema = z.strictObject({
  /** What is stored: stable, and the number printed beside the answer on the paper form. */
  value: z.int().min(0).max(100),
  /** Points this answer adds to the total (may differ from value, as in a reverse-scored item). */
  score: z.int().min(0).max(100),
  text: localizedTextSchema,
  /** The answer's code (a LOINC LA code for published scales); null where none exists. */
  coding: codingSchema.nullable(),
});
export type InstrumentOption = z.infer<typeof optionSchema>;

/** One question. */
export const itemSchema = z.strictObject({
  id: stableIdSchema,
  text: localizedTextSchema,
  /** The question's code (LOINC where one exists); null where none does. */
  coding: codingSchema.nullable(),
  /** A form missing a required item is incomplete and gets no score. */
  required: z.boolean(),
  options: z.array(optionSchema).min(2).max(11),
});
export type InstrumentItem = z.infer<typeof itemSchema>;

const scoreRangeSchema = z
  .strictObject({ min: z.int().min(0), max: z.int().min(0) })
  .refine((r) => r.min <= r.max, 'min must not be above max');

/** How a total is made. Only summing is needed so far; other methods join the union when one is. */
export const scoringSchema = z.strictObject({
  method: z.literal('sum'),
  /** The items whose scores are added, by id; each must be a required item. */
  countedItems: z.array(stableIdSchema).min(1),
  /** Every option of a counted item scores within this range (0–3 for PHQ-9 and GAD-7). */
  itemScore: scoreRangeSchema,
  /** The lowest and highest possible totals; must match the counted items' options exactly. */
  total: scoreRangeSchema,
  /** A form with a required item unanswered is kept as incomplete and not scored: no guessing, no prorating. */
  missing: z.literal('incomplete'),
});

/** A range of totals described in plain words. Never a diagnosis. */
export const bandSchema = z
  .strictObject({
    id: stableIdSchema,
    min: z.int().min(0),
    max: z.int().min(0),
    /** Short plain-words label, such as "Some signs of low mood". */
    labelKey: messageKeySchema,
    /** One or two plain sentences on what the range means and what to do next. */
    meaningKey: messageKeySchema,
  })
  .refine((b) => b.min <= b.max, 'min must not be above max');
export type InstrumentBand = z.infer<typeof bandSchema>;

/**
 * Flags a screen acts on. `safety`: show the calm crisis screen with the crisis
 * lines and the person's own safety plan at once, and mark the summary.
 */
export const flagIds = ['safety'] as const;
export type FlagId = (typeof flagIds)[number];

/** When a flag is raised. A union so further rule types can be added as data needs them. */
export const flagRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('item-score-at-least'), itemId: stableIdSchema, atLeast: z.int().min(0) }),
]);
export type FlagRule = z.infer<typeof flagRuleSchema>;

export const flagSchema = z.strictObject({
  id: z.enum(flagIds),
  rule: flagRuleSchema,
  /** What the person is told when the flag is raised. */
  messageKey: messageKeySchema,
  /** How the flag is marked in the person's summary. */
  summaryKey: messageKeySchema,
});
export type InstrumentFlag = z.infer<typeof flagSchema>;

/** The instrument's fields, each checked on its own; instrumentSchema adds the cross-field rules. */
export const instrumentShape = z.strictObject({
  id: stableIdSchema,
  /** Bumped whenever wording, options or scoring change; stored results keep the version they were made with. */
  version: z.int().min(1),
  /** `published`: a validated scale reproduced exactly; `groundwork`: Groundwork's own check, not a validated scale. */
  origin: z.enum(['published', 'groundwork']),
  /** The abbreviation, such as "PHQ-9". */
  shortName: z.string().min(1).max(30),
  /** The title as published on the form. */
  title: localizedTextSchema,
  /** The name the app shows in menus and headings. */
  titleKey: messageKeySchema,
  /** The stem read before the items, as published. */
  instructions: localizedTextSchema,
  /** How far back the questions ask about, in days (14: "over the last 2 weeks"). */
  recallDays: z.int().min(1).max(365),
  /** How often to offer the instrument unless a clinic chooses otherwise, in days. */
  suggestedIntervalDays: z.int().min(1).max(365),
  items: z.array(itemSchema).min(1).max(60),
  scoring: scoringSchema,
  /** Ascending, touching and covering every possible total. */
  bands: z.array(bandSchema).min(1).max(10),
  flags: z.array(flagSchema).max(10),
  source: z.strictObject({
    /** Full references, as a reader would cite them. */
    citations: z.array(z.string().min(1).max(500)).min(1),
  }),
  licence: z.strictObject({
    kind: z.enum(['free-to-reproduce', 'groundwork-own']),
    /** The notice shown with the instrument, in the holder's words. */
    notice: localizedTextSchema,
  }),
  /** Codes for a FHIR export: the Questionnaire's panel code and the total score's code. */
  fhir: z.strictObject({ questionnaire: codingSchema, totalScore: codingSchema }),
});

/** The instrument schema: every field, and the cross-field rules in checks.ts (bands, ranges, ids, flags). */
export const instrumentSchema = instrumentShape.superRefine(checkInstrument);

/** An instrument that has passed the schema, with every cross-field rule holding. */
export type Instrument = z.infer<typeof instrumentSchema>;
/** An instrument as written in a data file, before checking. */
export type InstrumentDefinition = z.input<typeof instrumentSchema>;
