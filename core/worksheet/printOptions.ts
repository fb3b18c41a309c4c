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
