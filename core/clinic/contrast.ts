/**
 * WCAG 2.1 contrast (success criterion 1.4.3): normal text needs at least 4.5:1
 * against its background. Clinic colours are checked with this before they are used.
 */

export const MIN_TEXT_CONTRAST = 4.5;

/**
 * "#abc" or "#aabbcc" (any case) to "#aabbcc"; null when it is not a hex colour.
 * Takes any value because it is the check that comes before the others: a clinic
 * file may hold a number or a list where a colour should be.
 */
export function normalizeHex(colour: unknown): string | null {
  if (typeof colour !== 'string') return null;
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (match?.[1] === undefined) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return `#${hex.toLowerCase()}`;
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a hex colour, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const hex = normalizeHex(colour);
  if (hex === null) throw new Error(`"${colour}" is not a hex colour`);
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A ratio as people read it, rounded down so 4.499 never shows as "4.5:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
