import { z } from 'zod';
import { instrumentIds } from '../../common/instruments';
import { isAllowedServerUrl } from '../fhir/send';
import { contrastRatio, formatRatio, MIN_TEXT_CONTRAST, normalizeHex } from './contrast';
import { SLUG_HINT, SLUG_PATTERN } from '../../common/ids';
import { limits } from '../../common/limits';

/**
 * The clinic configuration file (clinic.json), validated field by field so a
 * mistake is reported with the setting at fault. Every field but schemaVersion is
 * optional: a clinic sets only what it wants to change. docs/RELEASING.md shows a
 * complete example.
 */

export const CLINIC_SCHEMA_VERSION = 1;

/** The backgrounds accent-coloured text sits on: cards (white) and the page (warm paper). */
export const pageBackgrounds = { white: '#ffffff', page: '#fbfaf7' } as const;

const slugMessage = `${SLUG_HINT}, like "coping-skills"`;
/** A module or lesson id; bounded, because ids are repeated in problem messages. */
const slug = z.string().max(limits.idChars).regex(SLUG_PATTERN, slugMessage);

/**
 * A list of `min` to `max` items whose length is checked before its items: zod
 * checks every item first, and a file holding 100,000 wrong items took seconds to
 * check, holding up the app's start.
 */
function boundedList<T extends z.ZodType>(
  item: T,
  max: number,
  min?: { count: number; message: string },
): z.ZodType<z.output<T>[], unknown> {
  const list = z.array(item).max(max);
  return z
    .unknown()
    .check((ctx) => {
      if (Array.isArray(ctx.value) && ctx.value.length > max) {
        ctx.issues.push({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, input: ctx.value });
      }
    })
    .pipe(min === undefined ? list : list.min(min.count, min.message));
}

const hexColour = z
  .string()
  .refine((value) => normalizeHex(value) !== null, 'use a hex colour like "#1f5f8b"')
  .transform((value) => normalizeHex(value) ?? value);

const phoneLine = z.strictObject({
  /** Who answers, such as "988 Suicide & Crisis Lifeline" or "Riverside front desk". */
  name: z.string().trim().min(1, 'give the name of the service').max(80),
  /** What to dial or text, as a person reads it: "Call or text 988", "(555) 010-0100". */
  contact: z.string().trim().min(1, 'give the number to call or text').max(80),
  /** Hours, languages or when to use it. */
  detail: z.string().trim().max(200).default(''),
});

const colours = z
  .strictObject({
    accent: hexColour,
    accentText: hexColour.default('#ffffff'),
  })
  .superRefine((value, ctx) => {
    // zod still runs this check when a colour above failed without stopping the parse
    // ("red", a number): contrast can only be measured between two real colours.
    const accent = normalizeHex(value.accent);
    const accentText = normalizeHex(value.accentText);
    if (accent === null || accentText === null) return;
    const onPage = Math.min(contrastRatio(accent, pageBackgrounds.white), contrastRatio(accent, pageBackgrounds.page));
    if (onPage < MIN_TEXT_CONTRAST) {
      ctx.addIssue({
        code: 'custom',
        path: ['accent'],
        message: `${accent} has a contrast of ${formatRatio(onPage)} against the white page; links and headings need at least 4.5:1. Choose a darker colour.`,
      });
    }
    const onAccent = contrastRatio(accent, accentText);
    if (onAccent < MIN_TEXT_CONTRAST) {
      ctx.addIssue({
        code: 'custom',
        path: ['accentText'],
        message: `${accentText} on ${accent} has a contrast of ${formatRatio(onAccent)}; button text needs at least 4.5:1.`,
      });
    }
  });

const moduleChoice = z.strictObject({
  id: slug,
  /** The module's heading in the lesson list, for a clinic's own module. */
  name: z.string().trim().min(1).max(60).optional(),
  /** A sentence or two under the module's heading, for a clinic's own module. */
  overview: z.string().trim().min(1).max(600).optional(),
  /** The lessons shown in this module, in this order; omitted: all of the module's lessons. */
  lessons: boundedList(slug, 100)
    .refine((ids) => new Set(ids).size === ids.length, 'list each lesson once')
    .optional(),
});

/** One self-check the clinic offers (common/instruments), and how often. */
const selfCheckChoice = z.strictObject({
  id: z.enum(instrumentIds as [string, ...string[]], {
    error: `use one of the self-checks Groundwork has: ${instrumentIds.map((id) => `"${id}"`).join(', ')}`,
  }),
  /** Days between offers; omitted: the instrument's own suggestion (14 for PHQ-9, GAD-7 and the craving check). */
  intervalDays: z.number().int('use whole days').min(1).max(365).optional(),
});

/** One line a reminder shows; it may appear on a lock screen, so keep it neutral. */
const reminderLine = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}\p{Cf}]*$/u, 'one line, with no control characters');

/** Reminders (issue 13): whether people may set them, and the words they show. */
const reminderChoice = z.strictObject({
  /** false: no reminders are shown or can be set. Default: true. */
  enabled: z.boolean().optional(),
  title: reminderLine.optional(),
  checkIn: reminderLine.optional(),
  practice: reminderLine.optional(),
});
const serverUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    isAllowedServerUrl,
    'use an https address, like "https://fhir.example.org/r4" (plain http only on this computer)',
  );
/** A file beside clinic.json holding a secret; read only when the person sends, never shown. */
const secretFile = z.string().trim().min(1).max(260);

const fhirServerSetting = z.strictObject({
  /** The server's base URL. */
  baseUrl: serverUrl,
  /** The identifier system of the clinic's patient IDs (medical record numbers), such as "urn:oid:…". */
  patientIdentifierSystem: z.string().trim().min(1).max(300).optional(),
  auth: z.discriminatedUnion('type', [
    /** A token the clinic issued, in a file beside clinic.json. */
    z.strictObject({ type: z.literal('bearer'), tokenFile: secretFile }),
    /** A SMART Backend Services client: the clinic registered its public key with the server. */
    z.strictObject({
      type: z.literal('smart-backend-services'),
      tokenUrl: serverUrl,
      clientId: z.string().trim().min(1).max(200),
      keyId: z.string().trim().min(1).max(200),
      algorithm: z.enum(['RS384', 'ES384']),
      /** The client's private key (PEM), in a file beside clinic.json. */
      keyFile: secretFile,
      scope: z.string().trim().min(1).max(500).default('system/*.write'),
    }),
  ]),
});
export type ClinicFhirServer = z.infer<typeof fhirServerSetting>;

export const clinicConfigSchema = z.strictObject({
  schemaVersion: z.literal(CLINIC_SCHEMA_VERSION, {
    error: (issue) =>
      typeof issue.input === 'number' && issue.input > CLINIC_SCHEMA_VERSION
        ? `this file is for a newer version of Groundwork (schemaVersion ${issue.input}); update Groundwork or use schemaVersion ${CLINIC_SCHEMA_VERSION}`
        : `add "schemaVersion": ${CLINIC_SCHEMA_VERSION} at the top of the file`,
  }),
  /** The clinic's name, shown in the header and on printed worksheets. */
  name: z.string().trim().min(1).max(80).optional(),
  /** A PNG, JPEG, SVG or WebP file, relative to this file; at most 512 KB. */
  logo: z.string().trim().min(1).max(260).optional(),
  colors: colours.optional(),
  /** Added after 988 and 911 (which always stay) in place of the SAMHSA helpline. */
  crisisLines: boundedList(phoneLine, 8, {
    count: 1,
    message: 'list at least one crisis line, or leave crisisLines out',
  }).optional(),
  /** The clinic's own numbers, shown after the crisis lines. */
  localNumbers: boundedList(phoneLine, 8).optional(),
  /** Which modules appear, in this order; omitted: every module. */
  modules: boundedList(moduleChoice, 30, { count: 1, message: 'list at least one module, or leave modules out' })
    .refine((list) => new Set(list.map((m) => m.id)).size === list.length, 'list each module once')
    .optional(),
  /** The language the app starts in, such as "en". */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'use a two-letter language code, like "en"')
    .optional(),
  /** Minutes without use before the app locks; 0 turns the lock off. */
  idleLockMinutes: z.number().int('use whole minutes').min(0).max(240).optional(),
  /** Whether people may set reminders, and the neutral words they show. */
  reminders: reminderChoice.optional(),
  /** The self-checks offered, in this order, and how often; omitted: every built-in one; [] offers none. */
  selfChecks: boundedList(selfCheckChoice, 20)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'list each self-check once')
    .optional(),
  /** The clinic's FHIR server, to which a person may choose to send what they share; never sent on its own. */
  fhir: fhirServerSetting.optional(),
});

export type ClinicConfig = z.infer<typeof clinicConfigSchema>;
export type ClinicPhoneLine = z.infer<typeof phoneLine>;
/** Settings a clinic can make: everything in the file but its version. */
export type ClinicSettingsFile = Omit<ClinicConfig, 'schemaVersion'>;
export type ClinicModuleChoice = z.infer<typeof moduleChoice>;
export type ClinicSelfCheckChoice = z.infer<typeof selfCheckChoice>;
