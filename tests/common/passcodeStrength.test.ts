import { describe, expect, it } from 'vitest';
import { MIN_NEW_PASSCODE_LENGTH } from '../../common/dataApi';
import { passcodeStrength } from '../../common/passcodeStrength';

const rate = (passcode: string): string => passcodeStrength(passcode, MIN_NEW_PASSCODE_LENGTH);

describe('the passcode strength hint', () => {
  it('says nothing is typed yet, and when a passcode is below the minimum', () => {
    expect(rate('')).toBe('empty');
    expect(rate('1234')).toBe('too-short');
    expect(rate('abcde')).toBe('too-short');
  });

  it('calls PINs, runs, repeats, single words and the usual passwords easy to guess', () => {
    for (const weak of [
      '482913',
      '123456',
      '84729163',
      '11111111',
      'abcdefgh',
      'sunshine',
      'sunshine42',
      'password123',
      'blue blue blue blue',
    ]) {
      expect(rate(weak), weak).toBe('weak');
    }
  });

  it('favours ordinary words strung together', () => {
    expect(rate('correct horse')).toBe('fair');
    expect(rate('river stone 42')).toBe('fair');
    expect(rate('blue kettle walk')).toBe('strong');
    expect(rate('blue kettle morning walk')).toBe('strong');
  });

  it('counts characters, not bytes, so any language can be used', () => {
    expect(rate('ñandú')).toBe('too-short');
    expect(rate('café río montaña')).toBe('strong');
  });
});
