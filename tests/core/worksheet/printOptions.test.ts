import { describe, expect, it } from 'vitest';
import { cssString, printDocument } from '../../../core/worksheet/printOptions';

describe('cssString', () => {
  it('keeps plain titles readable', () => {
    expect(cssString("Don't Give Up: Step 1 – Breathing")).toBe(`"Don't Give Up: Step 1 – Breathing"`);
    expect(cssString('Café Señora')).toBe('"Café Señora"');
  });

  it('escapes anything that could end the string or the style element', () => {
    const quoted = cssString('Clinic "A" </style><script>alert(1)</script> \\ end');
    expect(quoted).not.toMatch(/[<>]/);
    expect(quoted.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
    expect(quoted).toContain('\\3c ');
    expect(quoted).toContain('\\22 ');
    expect(quoted).toContain('\\5c ');
  });
});

describe('printDocument', () => {
  it('escapes the title and language, and allows no script', () => {
    const html = printDocument({ language: 'en"x', title: '</title><script>', css: '', body: '<p>ok</p>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/title&gt;');
    expect(html).toContain(`default-src 'none'`);
  });
});
