import { z } from 'zod';
import { cravingCheck } from './cravingCheck';
import { gad7 } from './gad7';
import { phq9 } from './phq9';
import { instrumentSchema, type Instrument, type InstrumentLanguage, type LocalizedText } from './schema';

/** The built-in instruments, in the order the app lists them. A new one is a data file added here. */
const definitions = [phq9, gad7, cravingCheck];

/** The id of a built-in instrument. */
export type InstrumentId = (typeof definitions)[number]['id'];

/** Every built-in instrument id, in listing order. */
export const instrumentIds: readonly InstrumentId[] = definitions.map((d) => d.id);

/** Thrown by loadInstrument for a definition that does not pass the schema; `issues` say where. */
export class InstrumentDefinitionError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super(`Not a valid instrument:\n${z.prettifyError(new z.ZodError([...issues]))}`);
    this.name = 'InstrumentDefinitionError';
  }
}

/**
 * Checks an instrument definition against the schema and returns a frozen copy.
 * For the built-in instruments and, later, instruments a clinic provides.
 * @throws InstrumentDefinitionError naming every problem
 */
export function loadInstrument(definition: unknown): Instrument {
  const parsed = instrumentSchema.safeParse(definition);
  if (!parsed.success) throw new InstrumentDefinitionError(parsed.error.issues);
  return deepFreeze(parsed.data);
}

/** Frozen, so no screen can change an instrument's wording or scoring for everyone else. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The built-in instruments by id, checked when this module loads. */
export const instruments: ReadonlyMap<InstrumentId, Instrument> = new Map(
  definitions.map((definition) => [definition.id, loadInstrument(definition)]),
);

/** Whether a string (from storage, a request or clinic settings) names a built-in instrument. */
export function isInstrumentId(id: string): id is InstrumentId {
  return (instruments as ReadonlyMap<string, Instrument>).has(id);
}

/** A built-in instrument by id, or undefined for an unknown id. */
export function getInstrument(id: string): Instrument | undefined {
  return (instruments as ReadonlyMap<string, Instrument>).get(id);
}

/** The languages an instrument's wording is complete in (the schema refuses a partial one). */
export function languagesOf(instrument: Instrument): InstrumentLanguage[] {
  return instrument.title.es === undefined ? ['en'] : ['en', 'es'];
}

/**
 * Published wording in a language, with the language actually used: English when
 * the instrument has no wording in the one asked for, so a screen can say so
 * rather than mix languages silently.
 */
export function textIn(text: LocalizedText, language: string): { text: string; language: InstrumentLanguage } {
  return language === 'es' && text.es !== undefined
    ? { text: text.es, language: 'es' }
    : { text: text.en, language: 'en' };
}
