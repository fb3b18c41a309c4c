/**
 * Finds where a JSON text goes wrong and what was expected there. `JSON.parse`
 * says neither reliably: depending on the Node version its message has a
 * position, a line and column, or only a few characters of the text (which
 * would echo a file's contents into the app). This scanner runs only on text
 * that `JSON.parse` refused, in one pass with no recursion, so any size or
 * nesting depth is safe.
 */

export type JsonSyntaxReason =
  | 'empty'
  | 'value'
  | 'key'
  | 'colon'
  | 'commaOrClose'
  | 'trailingComma'
  | 'unclosedString'
  | 'escape'
  | 'control'
  | 'number'
  | 'endsEarly'
  | 'trailing';

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units) where the mistake is. */
  offset: number;
  reason: JsonSyntaxReason;
}

type Expect = 'value' | 'firstValueOrClose' | 'firstKeyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const numberAt = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const hex4 = /^[0-9a-fA-F]{4}$/;

/** The end of the string starting at `start` (a quote), or the mistake inside it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (escapes.has(next)) i += 2;
      else if (next === 'u' && hex4.test(text.slice(i + 2, i + 6))) i += 6;
      else return { offset: i, reason: 'escape' };
    } else if (c === '\n' || c === '\r') {
      // Most often a closing quote is missing: point at the quote that was opened.
      return { offset: start, reason: 'unclosedString' };
    } else if (c.charCodeAt(0) < 0x20) {
      return { offset: i, reason: 'control' };
    } else {
      i += 1;
    }
  }
  return { offset: start, reason: 'unclosedString' };
}

/** The first syntax mistake in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  /** What may follow a complete value. */
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose');
  for (;;) {
    while (i < text.length && whitespace.has(text[i] ?? '')) i += 1;
    if (i >= text.length) {
      if (expect === 'end') return null;
      return { offset: text.length, reason: stack.length === 0 && expect === 'value' ? 'empty' : 'endsEarly' };
    }
    const c = text[i] ?? '';
    if (expect === 'end') return { offset: i, reason: 'trailing' };
    if (expect === 'colon') {
      if (c !== ':') return { offset: i, reason: 'colon' };
      i += 1;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrClose') {
      const top = stack.at(-1);
      if (c === ',') {
        i += 1;
        expect = top === '{' ? 'key' : 'value';
        afterComma = true;
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i += 1;
        stack.pop();
        expect = afterValue();
      } else {
        return { offset: i, reason: 'commaOrClose' };
      }
      continue;
    }
    if ((expect === 'firstKeyOrClose' && c === '}') || (expect === 'firstValueOrClose' && c === ']')) {
      i += 1;
      stack.pop();
      expect = afterValue();
      continue;
    }
    const comma = afterComma;
    afterComma = false;
    if (expect === 'key' || expect === 'firstKeyOrClose') {
      if (c !== '"') return { offset: i, reason: comma && c === '}' ? 'trailingComma' : 'key' };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
      continue;
    }
    // expect is 'value' or 'firstValueOrClose'.
    if (c === '{' || c === '[') {
      stack.push(c);
      i += 1;
      expect = c === '{' ? 'firstKeyOrClose' : 'firstValueOrClose';
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = afterValue();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      numberAt.lastIndex = i;
      if (!numberAt.test(text)) return { offset: i, reason: 'number' };
      i = numberAt.lastIndex;
      expect = afterValue();
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
      expect = afterValue();
    } else if (text.startsWith('false', i)) {
      i += 5;
      expect = afterValue();
    } else {
      return { offset: i, reason: comma && c === ']' ? 'trailingComma' : 'value' };
    }
  }
}

/** Line and column (1-based, the way editors count) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
