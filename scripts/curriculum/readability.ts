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

/** What a language's readability formula is given: the words, sentences and syllables of the text. */
export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** How one language finds words, counts a word's syllables, and ends a sentence. */
export interface Language {
  /** Global pattern of a word. */
  word: RegExp;
  syllables: (word: string) => number;
  /** Pattern of a sentence's end (punctuation, closing quotes, then a space or the end). */
  sentenceEnd: RegExp;
}

/**
 * Counts blocks of text (paragraphs, headings, list items, labels) for a
 * readability formula. Each block with a word is at least one sentence, since a
 * list item or label ends without a full stop.
 */
export function countText(blocks: string[], language: Language): TextCounts {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const found = block.match(language.word) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    syllables += found.reduce((sum, word) => sum + language.syllables(word), 0);
    const ends = block.split(language.sentenceEnd).filter((part) => (part.match(language.word) ?? []).length > 0);
    sentences += Math.max(1, ends.length);
  }
  return { words, sentences, syllables };
}

const english: Language = {
  word: WORD,
  syllables: (word) => (/^\d/.test(word) ? 1 : Math.max(1, syllable(word))),
  sentenceEnd: /[.!?]+(?:["'”’)]*)(?:\s|$)/,
};

/** Measures reading level with the Flesch–Kincaid formula, counting syllables with the `syllable` package. */
export function measure(blocks: string[]): Readability {
  const { words, sentences, syllables } = countText(blocks, english);
  const grade = words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}
