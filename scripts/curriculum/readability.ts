import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  /** Flesch–Kincaid grade level. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z][A-Za-z'’-]*|\d+(?:[.,:]\d+)*/g;

/**
 * Measures reading level with the Flesch–Kincaid formula, counting syllables with
 * the `syllable` package. Each block (paragraph, heading, list item, label) is at
 * least one sentence, since a list item or label ends without a full stop.
 */
export function measure(blocks: string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const found = block.match(WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    syllables += found.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : Math.max(1, syllable(word))), 0);
    const ends = block.split(/[.!?]+(?:["'”’)]*)(?:\s|$)/).filter((part) => (part.match(WORD) ?? []).length > 0);
    sentences += Math.max(1, ends.length);
  }
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}
