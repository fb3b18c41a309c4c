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

/** Escapes text for a CSS string, such as the content of a page margin box. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
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
