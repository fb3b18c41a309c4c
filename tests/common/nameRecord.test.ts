import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { nameRecord, nameRecordSchema, ownValue } from '../../common/nameRecord';

describe('records keyed by names from a file', () => {
  it('keeps "constructor" and "__proto__" as ordinary keys and inherits nothing from Object', () => {
    const record = nameRecord<string>([
      ['constructor', 'a'],
      ['__proto__', 'b'],
    ]);
    expect(Object.keys(record)).toEqual(['constructor', '__proto__']);
    expect(ownValue(record, '__proto__')).toBe('b');
    expect(ownValue(nameRecord<string>(), 'toString')).toBeUndefined();
    expect(JSON.stringify(record)).toBe('{"constructor":"a","__proto__":"b"}');
  });

  it('reads a JSON object with every key kept, into a record with no prototype', () => {
    const parsed = nameRecordSchema(z.number()).parse(JSON.parse('{"__proto__": 1, "constructor": 2, "note": 3}'));
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.entries(parsed)).toEqual([
      ['__proto__', 1],
      ['constructor', 2],
      ['note', 3],
    ]);
  });

  it('refuses anything that is not a JSON object, rather than reading its items or letters as keys', () => {
    const schema = nameRecordSchema(z.string());
    for (const input of [['a'], [], null, 'abc', 5]) {
      expect(schema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });

  it('refuses a record whose values do not match', () => {
    expect(nameRecordSchema(z.number()).safeParse({ note: 'three' }).success).toBe(false);
  });
});
