import type { Instrument, InstrumentBand, InstrumentFlag, InstrumentItem, InstrumentOption } from './schema';

/** A stored answer: the chosen option's value, or null for "not answered". */
export type AnswerValue = number | null;

/**
 * A person's answers to one instrument, keyed by item id. A Map, or a record
 * (ideally with a null prototype); only a record's own keys are read, so a key such
 * as "__proto__" or "constructor" is just an unknown item, never a lookup into
 * Object.prototype.
 */
export type Answers = ReadonlyMap<string, AnswerValue> | Readonly<Record<string, AnswerValue>>;

/** Why a set of answers was refused. */
export type AnswerProblem =
  /** The answers name an item the instrument does not have. */
  | { kind: 'unknown-item'; itemId: string }
  /** The value is neither null nor a whole number. */
  | { kind: 'invalid-value'; itemId: string }
  /** The value is a whole number, but not one of the item's options. */
  | { kind: 'value-out-of-range'; itemId: string; value: number; allowed: readonly number[] };

/** Thrown when answers do not fit their instrument; `problems` says which and why. Nothing is scored. */
export class InstrumentAnswerError extends Error {
  constructor(
    readonly instrumentId: string,
    readonly problems: readonly AnswerProblem[],
  ) {
    super(`The answers do not fit ${instrumentId}: ${problems.map((p) => `${p.kind} (${p.itemId})`).join(', ')}`);
    this.name = 'InstrumentAnswerError';
  }
}

interface ResultBase {
  instrumentId: string;
  instrumentVersion: number;
  /** Flags raised by the answers given, complete or not, in the instrument's order. */
  flags: readonly InstrumentFlag[];
}

/** Every required item answered: a total and its band. */
export interface CompleteScore extends ResultBase {
  status: 'complete';
  total: number;
  band: InstrumentBand;
}

/** A required item is unanswered: kept as incomplete, with no total and no band. */
export interface IncompleteScore extends ResultBase {
  status: 'incomplete';
  /** The unanswered required items, in the instrument's order. */
  missingItemIds: readonly string[];
}

export type ScoreResult = CompleteScore | IncompleteScore;

interface Index {
  items: Map<string, InstrumentItem>;
  options: Map<string, Map<number, InstrumentOption>>;
}

/** Lookups by id, made once per instrument object. */
const indexes = new WeakMap<Instrument, Index>();

function indexOf(instrument: Instrument): Index {
  let index = indexes.get(instrument);
  if (index === undefined) {
    index = {
      items: new Map(instrument.items.map((item) => [item.id, item])),
      options: new Map(instrument.items.map((item) => [item.id, new Map(item.options.map((o) => [o.value, o]))])),
    };
    indexes.set(instrument, index);
  }
  return index;
}

/** An instrument's item by id, or undefined. */
export function findItem(instrument: Instrument, itemId: string): InstrumentItem | undefined {
  return indexOf(instrument).items.get(itemId);
}

/** The option an answer value stands for, or undefined if the item or value is unknown. */
export function findOption(instrument: Instrument, itemId: string, value: number): InstrumentOption | undefined {
  return indexOf(instrument).options.get(itemId)?.get(value);
}

function entriesOf(answers: Answers): [string, unknown][] {
  if (answers instanceof Map) return [...answers.entries()];
  if (typeof answers !== 'object' || answers === null) throw new TypeError('answers must be a Map or a record');
  return Object.entries(answers);
}

/** Checks answers against their instrument without scoring: every problem found, or none. */
export function checkAnswers(instrument: Instrument, answers: Answers): AnswerProblem[] {
  return read(instrument, answers).problems;
}

function read(instrument: Instrument, answers: Answers) {
  const { options } = indexOf(instrument);
  const chosen = new Map<string, InstrumentOption>();
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of entriesOf(answers)) {
    const itemOptions = options.get(itemId);
    if (itemOptions === undefined) problems.push({ kind: 'unknown-item', itemId });
    else if (value === null) continue;
    else if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ kind: 'invalid-value', itemId });
    else {
      const option = itemOptions.get(value);
      if (option !== undefined) chosen.set(itemId, option);
      else problems.push({ kind: 'value-out-of-range', itemId, value, allowed: [...itemOptions.keys()] });
    }
  }
  return { chosen, problems };
}

/** The chosen option for each answered item; throws InstrumentAnswerError if any answer does not fit. */
function chosenOptions(instrument: Instrument, answers: Answers): Map<string, InstrumentOption> {
  const { chosen, problems } = read(instrument, answers);
  if (problems.length > 0) throw new InstrumentAnswerError(instrument.id, problems);
  return chosen;
}

function raisedFlags(instrument: Instrument, chosen: Map<string, InstrumentOption>): InstrumentFlag[] {
  return instrument.flags.filter((flag) => {
    const option = chosen.get(flag.rule.itemId);
    return option !== undefined && option.score >= flag.rule.atLeast;
  });
}

/**
 * The flags the answers raise so far. Works on a half-filled form, so a screen can
 * act the moment a flagged answer is chosen (PHQ-9 item 9 above 0: safety).
 * Throws InstrumentAnswerError if any answer does not fit.
 */
export function evaluateFlags(instrument: Instrument, answers: Answers): InstrumentFlag[] {
  return raisedFlags(instrument, chosenOptions(instrument, answers));
}

/**
 * Scores a form. Every required item answered: the total (sum of the counted
 * items' option scores) and its band. Otherwise: incomplete, with the missing items
 * and no total. Flags are evaluated either way. Throws InstrumentAnswerError for an
 * unknown item id or a value that is not one of the item's options.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): ScoreResult {
  const chosen = chosenOptions(instrument, answers);
  const base = {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    flags: raisedFlags(instrument, chosen),
  };
  const missingItemIds = instrument.items.filter((item) => item.required && !chosen.has(item.id)).map((i) => i.id);
  if (missingItemIds.length > 0) return { ...base, status: 'incomplete', missingItemIds };
  let total = 0;
  // Counted items are required (the schema checks), so each has an answer here.
  for (const itemId of instrument.scoring.countedItems) total += chosen.get(itemId)?.score ?? 0;
  return { ...base, status: 'complete', total, band: bandFor(instrument, total) };
}

/** The band a total falls in. Throws RangeError for a total the instrument cannot produce. */
export function bandFor(instrument: Instrument, total: number): InstrumentBand {
  const band = instrument.bands.find((b) => total >= b.min && total <= b.max);
  if (band === undefined || !Number.isInteger(total)) {
    throw new RangeError(`${total} is not a possible total for ${instrument.id}`);
  }
  return band;
}
