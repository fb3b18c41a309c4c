import { type Instrument, type InstrumentId, instruments } from '../../../common/instruments';

/** A built-in instrument, failing the test if it is missing. */
export function instrument(id: InstrumentId): Instrument {
  const found = instruments.get(id);
  if (found === undefined) throw new Error(`no instrument ${id}`);
  return found;
}

/**
 * A complete set of answers (every required item, optional items left out) whose
 * total is exactly `total`: counted items take the highest score that still fits,
 * in order, so the answers are real options and not a made-up sum.
 */
export function answersForTotal(inst: Instrument, total: number): Map<string, number> {
  const answers = new Map<string, number>();
  let remaining = total;
  for (const item of inst.items) {
    if (!item.required) continue;
    const counted = inst.scoring.countedItems.includes(item.id);
    const want = counted ? Math.min(remaining, Math.max(...item.options.map((o) => o.score))) : 0;
    const option = item.options.find((o) => o.score === want);
    if (option === undefined) throw new Error(`${item.id} has no option scoring ${want}`);
    answers.set(item.id, option.value);
    if (counted) remaining -= want;
  }
  if (remaining !== 0) throw new Error(`${inst.id} cannot reach ${total}`);
  return answers;
}

/** A null-prototype record copy of a Map, as storage might hand answers over. */
export function asRecord(answers: Map<string, number | null>): Record<string, number | null> {
  return Object.assign(Object.create(null) as Record<string, number | null>, Object.fromEntries(answers));
}
