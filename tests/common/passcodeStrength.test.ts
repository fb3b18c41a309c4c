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

describe('the passcode strength hint at its edges', () => {
  it('sees through a run or a repeat of three or more inside a passphrase, either way round, in any alphabet', () => {
    for (const run of ['kettle abc', 'kettle zyxw', 'kettle aaaa', 'kettle 4567', 'kettle αβγ', 'kettle ýþÿ']) {
      expect(rate(run), run).toBe('weak');
    }
    // The same passphrases with the run broken are ordinary words and numbers.
    expect(rate('kettle abe')).toBe('fair');
    expect(rate('kettle 4568')).toBe('fair');
  });

  it('takes letters or digits a bigger step apart for a word or a number, not a run', () => {
    expect(rate('ace kettle')).toBe('fair');
    expect(rate('kettle 2468')).toBe('fair');
  });

  it('never takes a one- or two-letter word for a run, and scores it by its letters', () => {
    expect(rate('no sugar 2 cups')).toBe('strong');
    expect(rate('tea at 4 pm')).toBe('fair');
    expect(rate('my red kettle')).toBe('fair');
  });

  it('scores a three-letter word as a word', () => {
    expect(rate('red fox 472')).toBe('fair');
  });

  it('counts the usual passwords for almost nothing even inside a passphrase, in any case', () => {
    expect(rate('kettle sunshine')).toBe('weak');
    expect(rate('kettle PASSWORD')).toBe('weak');
    expect(rate('kettle sunrise')).toBe('fair');
  });

  it('counts a capital inside a word for a little, and one at its start for nothing', () => {
    expect(rate('blueKettle 472')).toBe('fair');
    expect(rate('Bluekettle 472')).toBe('weak');
    expect(rate('bluekettle 472')).toBe('weak');
  });

  it('counts a year for little, but not a longer number that holds one', () => {
    expect(rate('kettle walk 1984')).toBe('fair');
    expect(rate('kettle walk 2003')).toBe('fair');
    expect(rate('kettle walk 4719')).toBe('strong');
    expect(rate('kettle walk 21984')).toBe('strong');
    expect(rate('kettle walk 19847')).toBe('strong');
  });

  it('counts spaces and hyphens between words for little, other symbols for more, and a repeated symbol once', () => {
    expect(rate('blue-kettle walk')).toBe('strong');
    expect(rate('kettle - 42')).toBe('weak');
    expect(rate('kettle # 42')).toBe('fair');
    expect(rate('my kettle!!!')).toBe('weak');
    expect(rate('my kettle!?#')).toBe('fair');
  });

  it('calls a passcode fair from exactly 26 bits and strong from exactly 40', () => {
    // "Kettle" 13 bits (a capital at the start adds nothing), a space 1, a year 7, "!" 5.
    expect(rate('kettle 1984')).toBe('weak');
    expect(rate('Kettle 1984!')).toBe('fair');
    // Two words and a space each (27), a space again (1), a year (7) and "!" (5).
    expect(rate('blue kettle 1984!')).toBe('strong');
  });

  it('calls a PIN weak until it has thirteen digits, but not a passphrase that starts with a number', () => {
    expect(rate('482913047561')).toBe('weak');
    expect(rate('4829130475612')).toBe('strong');
    expect(rate('12 red roses')).toBe('fair');
  });
});
