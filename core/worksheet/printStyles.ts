import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperSize } from '../../common/api';
import { exercisePrintCss } from './exercisePrintStyles';

const fontFiles = [
  { file: 'atkinson-hyperlegible-latin-400-normal.woff2', weight: 400, style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-700-normal.woff2', weight: 700, style: 'normal' },
  { file: 'atkinson-hyperlegible-latin-400-italic.woff2', weight: 400, style: 'italic' },
  { file: 'atkinson-hyperlegible-latin-700-italic.woff2', weight: 700, style: 'italic' },
] as const;

let fontFaceCache: Promise<string> | undefined;

/**
 * @font-face rules with the bundled fonts inlined as data: URLs, so a printed
 * worksheet never depends on the system's fonts or the network.
 */
export function bundledFontFaces(resourcesDir: string): Promise<string> {
  fontFaceCache ??= Promise.all(
    fontFiles.map(async ({ file, weight, style }) => {
      const data = await readFile(join(resourcesDir, 'fonts', file));
      return `@font-face{font-family:"Atkinson Hyperlegible";font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2");}`;
    }),
  ).then((rules) => rules.join('\n'));
  fontFaceCache.catch(() => (fontFaceCache = undefined));
  return fontFaceCache;
}

/** The printed page's margins in millimetres; page headers and numbers sit inside them. */
export const pageMarginMm = { top: 20, right: 16, bottom: 20, left: 16 } as const;

/** Print CSS for worksheets: sized for Letter or A4, exercises never split across pages, regular or large print. */
export function printCss(paper: PaperSize, largePrint = false): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  const m = pageMarginMm;
  return `
@page { size: ${size}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { font-family: "Atkinson Hyperlegible", sans-serif; font-size: ${largePrint ? '18pt' : '12pt'}; line-height: 1.4; color: #111; }
body { margin: 0; }
h1 { font-size: 1.65em; margin: 0 0 0.2em; line-height: 1.2; break-after: avoid; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; margin: 1.1em 0 0.3em; }
h3 { font-size: 1.15em; }
p { margin: 0 0 0.5em; orphans: 3; widows: 3; }
.worksheet + .worksheet { break-before: page; }
.sheet-header { border-bottom: 1.5pt solid #111; padding-bottom: 0.5em; margin-bottom: 1em; break-after: avoid; }
.sheet-brand { font-size: 0.75em; letter-spacing: 0.04em; text-transform: uppercase; color: #444; margin: 0 0 0.2em; }
.sheet-person { display: flex; gap: 1.5em; margin-top: 0.7em; font-size: 0.92em; }
.sheet-person span { flex: 1; display: flex; gap: 0.5em; align-items: flex-end; }
.sheet-person span::after { content: ""; flex: 1; border-bottom: 0.75pt solid #555; height: 1em; }
.sheet-person span.date { flex: 0.6; }
.exercise { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; padding: 0.6em 0.8em; border: 0.75pt solid #999; border-radius: 4pt; }
.exercise-label { font-weight: 700; margin: 0 0 0.3em; break-after: avoid; }
.exercise-hint { font-size: 0.85em; color: #333; margin: 0 0 0.5em; }
.write-lines { margin-top: 0.3em; }
.write-line { height: 2em; border-bottom: 0.75pt solid #777; }
.printed-answer { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.3em 0 0.2em; border-bottom: 0.75pt solid #bbb; min-height: 1.7em; }
.scale-print { list-style: none; display: flex; gap: 0.3em; padding: 0; margin: 0.5em 0 0.2em; }
.scale-box { flex: 1; text-align: center; border: 0.75pt solid #555; border-radius: 3pt; padding: 0.3em 0; font-size: 0.92em; }
.scale-chosen { background: #111; color: #fff; font-weight: 700; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scale-anchors { display: flex; justify-content: space-between; font-size: 0.8em; color: #333; margin: 0; }
.checklist-print { list-style: none; padding: 0; margin: 0.3em 0 0; columns: ${largePrint ? 1 : 2}; column-gap: 1.5em; }
.check-box { break-inside: avoid; padding-left: 1.5em; position: relative; margin: 0 0 0.4em; }
.check-box::before { content: ""; position: absolute; left: 0; top: 0.15em; width: 0.85em; height: 0.85em; border: 0.75pt solid #333; }
.check-box.checked::before { content: "\\2713"; font-weight: 700; font-size: 0.85em; line-height: 1; text-align: center; }
.check-box .write-lines { display: inline-block; width: 60%; vertical-align: bottom; margin: 0; }
.check-box .write-line { height: 1.2em; }
.callout { break-inside: avoid; border-left: 3pt solid #555; padding: 0.3em 0.7em; margin: 0 0 1em; }
.callout-title { font-weight: 700; margin: 0 0 0.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.sheet-crisis { break-inside: avoid; margin-top: 1.2em; font-size: 0.8em; color: #222; border-top: 0.75pt solid #999; padding-top: 0.4em; }
.sheet-crisis ul { list-style: none; padding: 0; margin: 0.2em 0 0; }
.sheet-crisis li { display: inline; margin-right: 1.2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.75pt solid #777; padding: 0.3em; vertical-align: top; overflow-wrap: anywhere; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
${exercisePrintCss}
`;
}
