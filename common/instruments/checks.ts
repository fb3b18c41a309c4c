import type { z } from 'zod';
import type { instrumentShape, LocalizedText } from './schema';

type Shape = z.output<typeof instrumentShape>;
type Path = (string | number)[];

/**
 * The rules no single field can check: ids are unique, counted items exist, option
 * scores stay in range, the declared totals match the options, bands cover every
 * total once, flags can both be raised and not raised, and a second language is
 * complete. Each problem names the field, so a clinic author can find it.
 */
export function checkInstrument(instrument: Shape, ctx: z.RefinementCtx<Shape>): void {
  const problem = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const items = checkItems(instrument, problem);
  checkScoring(instrument, items, problem);
  checkBands(instrument, problem);
  checkFlags(instrument, items, problem);
  checkLanguages(instrument, problem);
}

type Problem = (path: Path, message: string) => void;
type Item = Shape['items'][number];

function checkItems(instrument: Shape, problem: Problem): Map<string, Item> {
  const byId = new Map<string, Item>();
  instrument.items.forEach((item, i) => {
    if (byId.has(item.id)) problem(['items', i, 'id'], `duplicate item id "${item.id}"`);
    else byId.set(item.id, item);
    const values = new Set<number>();
    item.options.forEach((option, j) => {
      if (values.has(option.value))
        problem(['items', i, 'options', j, 'value'], `duplicate option value ${option.value}`);
      values.add(option.value);
    });
  });
  return byId;
}

function checkScoring(instrument: Shape, items: Map<string, Item>, problem: Problem): void {
  const { countedItems, itemScore, total } = instrument.scoring;
  const seen = new Set<string>();
  let lowest = 0;
  let highest = 0;
  countedItems.forEach((id, k) => {
    const item = items.get(id);
    if (seen.has(id)) return problem(['scoring', 'countedItems', k], `item "${id}" is counted twice`);
    seen.add(id);
    if (item === undefined) return problem(['scoring', 'countedItems', k], `no item "${id}"`);
    if (!item.required) problem(['scoring', 'countedItems', k], `counted item "${id}" must be required`);
    const i = instrument.items.indexOf(item);
    item.options.forEach((option, j) => {
      if (option.score < itemScore.min || option.score > itemScore.max) {
        problem(
          ['items', i, 'options', j, 'score'],
          `score ${option.score} is outside the item score range ${itemScore.min}–${itemScore.max}`,
        );
      }
    });
    const scores = item.options.map((o) => o.score);
    lowest += Math.min(...scores);
    highest += Math.max(...scores);
  });
  if (lowest !== total.min || highest !== total.max) {
    problem(
      ['scoring', 'total'],
      `the counted items give totals ${lowest}–${highest}, but the total is declared as ${total.min}–${total.max}`,
    );
  }
}

function checkBands(instrument: Shape, problem: Problem): void {
  const { total } = instrument.scoring;
  const ids = new Set<string>();
  let expectedMin = total.min;
  instrument.bands.forEach((band, b) => {
    if (ids.has(band.id)) problem(['bands', b, 'id'], `duplicate band id "${band.id}"`);
    ids.add(band.id);
    if (band.min < expectedMin) problem(['bands', b, 'min'], `band "${band.id}" overlaps the band before it`);
    if (band.min > expectedMin) problem(['bands', b, 'min'], `totals ${expectedMin}–${band.min - 1} have no band`);
    expectedMin = Math.max(expectedMin, band.max + 1);
  });
  const last = instrument.bands.at(-1);
  if (last !== undefined && last.max < total.max) {
    problem(['bands'], `totals ${last.max + 1}–${total.max} have no band`);
  }
  if (last !== undefined && last.max > total.max) {
    problem(
      ['bands', instrument.bands.length - 1, 'max'],
      `band "${last.id}" goes past the highest total ${total.max}`,
    );
  }
}

function checkFlags(instrument: Shape, items: Map<string, Item>, problem: Problem): void {
  const ids = new Set<string>();
  instrument.flags.forEach((flag, f) => {
    if (ids.has(flag.id)) problem(['flags', f, 'id'], `flag "${flag.id}" is defined twice`);
    ids.add(flag.id);
    const item = items.get(flag.rule.itemId);
    if (item === undefined) return problem(['flags', f, 'rule', 'itemId'], `no item "${flag.rule.itemId}"`);
    // A rule that every answer (or no answer) meets is a mistake, not a flag.
    const raises = item.options.filter((o) => o.score >= flag.rule.atLeast).length;
    if (raises === 0 || raises === item.options.length) {
      problem(['flags', f, 'rule', 'atLeast'], `flag "${flag.id}" would be raised by every answer or by none`);
    }
  });
}

/** A form must not mix languages: a language other than English is offered only when every text has it. */
function checkLanguages(instrument: Shape, problem: Problem): void {
  const texts: [Path, LocalizedText][] = [
    [['title'], instrument.title],
    [['instructions'], instrument.instructions],
    [['licence', 'notice'], instrument.licence.notice],
  ];
  instrument.items.forEach((item, i) => {
    texts.push([['items', i, 'text'], item.text]);
    item.options.forEach((option, j) => texts.push([['items', i, 'options', j, 'text'], option.text]));
  });
  if (!texts.some(([, text]) => text.es !== undefined)) return;
  for (const [path, text] of texts) {
    if (text.es === undefined) problem([...path, 'es'], 'Spanish is given elsewhere in this instrument but not here');
  }
}
