import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../../core/clinic/jsonSyntax';

/** Parses with JSON.parse; true when it accepts the text. */
const valid = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const texts = [
      '{}',
      '[]',
      ' {"a": [1, -2.5e+3, true, false, null, "x\\n\\u00e9\\"", {"b": {}}]} ',
      '"just text"',
      '0',
      '{"a":1,}',
      '[1,]',
      '{"a" 1}',
      '{a:1}',
      "{'a':1}",
      '{"a":01}',
      '{"a":-}',
      '{"a":"\\x"}',
      '{"a":"tab\there"}',
      '{"a":"open}',
      '{"a":1}}',
      '{"a":[1,2}',
      '',
      '   ',
      '{"a":tru}',
      '{"a":1 "b":2}',
      '[[[[[[[[[[',
      '{\r\n\t"a": 1\r\n}',
      '"\\/\\b\\f\\r\\t\\\\"',
      '"\\u00g9"',
      '"\\u00E9"',
      '[9, 0.5, -0]',
      '{]',
      '[}',
      '{"a":1, 2}',
      '{"a":',
      '[nope]',
      '[nul]',
      '[fals]',
      '"a\rb"',
      '"\u001f"',
      // Numbers with more than one digit after the point or in the exponent, and an exponent without a sign.
      '[1.25, 1e10, 1E-10, 1.5e+12, 10.125]',
      '[1e]',
      '[1.]',
    ];
    for (const text of texts) expect(findJsonSyntaxError(text) === null, text).toBe(valid(text));
  });

  it('says where and what, as an editor counts lines and columns', () => {
    const at = (text: string) => {
      const found = findJsonSyntaxError(text);
      return found === null ? null : { ...lineAndColumn(text, found.offset), reason: found.reason };
    };
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, reason: 'commaOrClose' });
    expect(at('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, reason: 'trailingComma' });
    expect(at('[1, 2,]')).toEqual({ line: 1, column: 7, reason: 'trailingComma' });
    expect(at("{'a': 1}")).toEqual({ line: 1, column: 2, reason: 'key' });
    expect(at('{"a" 1}')).toEqual({ line: 1, column: 6, reason: 'colon' });
    expect(at('{"a": "open\n}')).toEqual({ line: 1, column: 7, reason: 'unclosedString' });
    expect(at('{"a": "\\q"}')).toEqual({ line: 1, column: 8, reason: 'escape' });
    expect(at('{"a": "\t"}')).toEqual({ line: 1, column: 8, reason: 'control' });
    expect(at('{"a": [1, 2')).toEqual({ line: 1, column: 12, reason: 'endsEarly' });
    expect(at('{} x')).toEqual({ line: 1, column: 4, reason: 'trailing' });
    expect(at('')).toEqual({ line: 1, column: 1, reason: 'empty' });
    expect(at('{"a": -}')).toEqual({ line: 1, column: 7, reason: 'number' });
    expect(at('{"a":')).toEqual({ line: 1, column: 6, reason: 'endsEarly' });
    expect(at('[true, nope]')).toEqual({ line: 1, column: 8, reason: 'value' });
    expect(at('{"a": 1, 2}')).toEqual({ line: 1, column: 10, reason: 'key' });
    expect(at('[1}')).toEqual({ line: 1, column: 3, reason: 'commaOrClose' });
    expect(at('{"a": "\\u12"}')).toEqual({ line: 1, column: 8, reason: 'escape' });
    expect(at('\r\n\t{"a": "b\rc"}')).toEqual({ line: 2, column: 8, reason: 'unclosedString' });
  });

  it('handles any depth without recursion', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(findJsonSyntaxError(deep)).toBeNull();
    expect(findJsonSyntaxError(`${deep}]`)).toEqual({ offset: 400_000, reason: 'trailing' });
  });
});
