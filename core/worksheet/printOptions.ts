import { printCsp } from '../security/csp';
import type { CrisisLine, PaperSize } from '../../common/api';

/** How a worksheet or packet is printed. */
export interface PrintOptions {
  filled: boolean;
  paper: PaperSize;
  /** Body text of at least 18 pt for people with low vision. */
  largePrint: boolean;
  /** The clinic's name for every page's header, when a clinic has set one. */
  clinicName?: string;
  /** Crisis lines printed at the end of every worksheet. */
  crisisLines?: CrisisLine[];
  language?: string;
}

/**
 * Quotes text as a CSS string, such as the content of a page margin box. Anything
 * but plain letters, digits and common punctuation becomes a CSS escape, so a title
 * or clinic name can neither end the string nor close the <style> element.
 */
export function cssString(text: string): string {
  const escaped = [...text.replace(/\s+/g, ' ')]
    .map((c) => (/[\p{L}\p{N} .,:;!?'()–—-]/u.test(c) ? c : `\\${(c.codePointAt(0) ?? 32).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

/** The type of the page furniture in the margins: small, but in the printout's own font. */
export const marginBoxStyle = 'font-family: "Atkinson Hyperlegible", sans-serif; font-size: 9pt; color: #333;';

/** The content of a margin box reading "Page X of Y" in the printout's language ("Página X de Y"). */
export function pageOfContent(t: (key: 'worksheet.page' | 'print.of') => string): string {
  return `${cssString(t('worksheet.page'))} " " counter(page) " " ${cssString(t('print.of'))} " " counter(pages)`;
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A complete print-ready document: no script (its CSP allows none), its styles and
 * the bundled fonts inside it, so it prints the same in Electron and in Chromium.
 */
export function printDocument(parts: {
  language: string;
  title: string;
  css: string;
  body: string;
  bodyClass?: string;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(parts.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${printCsp}">
<title>${escapeHtml(parts.title)}</title>
<style>${parts.css}</style>
</head>
<body${parts.bodyClass === undefined ? '' : ` class="${escapeHtml(parts.bodyClass)}"`}>
${parts.body}
</body>
</html>`;
}
