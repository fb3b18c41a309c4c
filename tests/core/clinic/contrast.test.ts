import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, normalizeHex, relativeLuminance } from '../../../core/clinic/contrast';

describe('contrast', () => {
  it('normalizes short and long hex colours and rejects anything else', () => {
    expect(normalizeHex('#ABC')).toBe('#aabbcc');
    expect(normalizeHex(' #0B5D3B ')).toBe('#0b5d3b');
    for (const bad of ['abc', '#abcd', 'red', '#gggggg', 'rgb(0,0,0)', '', 'color:#abc'])
      expect(normalizeHex(bad), bad).toBeNull();
    // A clinic file may hold anything where a colour belongs.
    for (const notText of [42, null, ['#abc'], { hex: '#abc' }]) expect(normalizeHex(notText)).toBeNull();
  });

  it('computes WCAG relative luminance and contrast ratios', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    // The darkest channels are linear: 10/255 ÷ 12.92.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(0.003035, 6);
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Known values: #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // WebAIM's checker: pure blue on white is 8.59:1.
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('throws on a value that is not a colour', () => {
    expect(() => relativeLuminance('teal')).toThrow(/not a hex colour/);
  });
});
