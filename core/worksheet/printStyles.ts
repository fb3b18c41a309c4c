import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperSize } from '../../common/api';
import { exercisePrintCss } from './exercisePrintStyles';
import { pageBreakCss } from './pageBreakStyles';

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

/**
 * Print CSS for worksheets: sized for Letter or A4, regular or large print (18 pt
 * body, roomier lines to write on), spaced to waste little paper without shrinking
 * text. Where pages break is in pageBreakStyles.ts.
 */
export function printCss(paper: PaperSize, largePrint = false): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  const m = pageMarginMm;
  return `
@page { size: ${size}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { font-family: "Atkinson Hyperlegible", sans-serif; font-size: ${largePrint ? '18pt' : '12pt'}; line-height: 1.4; color: #111; }
body { margin: 0; }
h1 { font-size: 1.65em; margin: 0 0 0.2em; line-height: 1.2; }
h2, h3, h4 { margin: 11pt 0 4pt; }
h3 { font-size: 1.15em; }
p { margin: 0 0 0.5em; }
.sheet-header { border-bottom: 1.5pt solid #111; padding-bottom: 5pt; margin-bottom: 10pt; }
.sheet-brand { font-size: 0.75em; letter-spacing: 0.04em; text-transform: uppercase; color: #444; margin: 0 0 0.2em; }
.sheet-person { display: flex; gap: 1.5em; margin-top: 0.5em; font-size: 0.92em; }
.sheet-person span { flex: 1; display: flex; gap: 0.5em; align-items: flex-end; }
.sheet-person span::after { content: ""; flex: 1; border-bottom: 0.75pt solid #555; height: 1em; }
.sheet-person span.date { flex: 0.6; }
/* Spacing in points, not em: large print enlarges the text, not the gaps between boxes. */
.exercise { margin: 0 0 9pt; padding: 5pt 9pt; border: 0.75pt solid #999; border-radius: 4pt; }
/* An exercise that runs onto the next page is a whole box on each. */
.exercise { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.exercise-label { font-weight: 700; margin: 0 0 2.5pt; }
.exercise-hint { font-size: 0.85em; color: #333; margin: 0 0 4pt; }
.write-lines { margin-top: 0; }
/* About 8.5 mm to write on, 10 mm in large print (where 2em would be almost 13 mm). */
.write-line { height: ${largePrint ? '1.6em' : '2em'}; border-bottom: 0.75pt solid #777; }
.printed-answer { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.3em 0 0.2em; border-bottom: 0.75pt solid #bbb; min-height: 1.7em; }
.scale-print { list-style: none; display: flex; gap: 0.3em; padding: 0; margin: 4pt 0 2pt; }
.scale-box { flex: 1; text-align: center; border: 0.75pt solid #555; border-radius: 3pt; padding: 2.5pt 0; font-size: 0.92em; }
.scale-chosen { background: #111; color: #fff; font-weight: 700; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scale-anchors { display: flex; justify-content: space-between; font-size: 0.8em; color: #333; margin: 0; }
/* One column in large print is a plain list: a one-column multicol box would take the rest of a page when it breaks. */
.checklist-print { list-style: none; padding: 0; margin: 3pt 0 0; ${largePrint ? '' : 'columns: 2; column-gap: 1.5em;'} }
/* Each option is a line of its own (an inline block), so orphans and widows keep a list from leaving one option on a page. */
.check-box { display: inline-block; width: 100%; vertical-align: top; padding-left: 1.5em; position: relative; margin: 0 0 3pt; }
.check-box::before { content: ""; position: absolute; left: 0; top: 0.15em; width: 0.85em; height: 0.85em; border: 0.75pt solid #333; }
.check-box.checked::before { content: "\\2713"; font-weight: 700; font-size: 0.85em; line-height: 1; text-align: center; }
.check-box .write-lines { display: inline-block; width: 60%; vertical-align: bottom; margin: 0; }
.check-box .write-line { height: 1.2em; }
.callout { border-left: 3pt solid #555; padding: 0.3em 0.7em; margin: 0 0 1em; }
.callout-title { font-weight: 700; margin: 0 0 0.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.sheet-crisis { margin-top: 11pt; font-size: 0.8em; color: #222; border-top: 0.75pt solid #999; padding-top: 0.4em; }
.sheet-crisis ul { list-style: none; padding: 0; margin: 0.2em 0 0; }
/* One line each, so a number never breaks across two lines. */
.sheet-crisis li { display: inline-block; margin-right: 1.2em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.75pt solid #777; padding: 0.3em; vertical-align: top; overflow-wrap: anywhere; text-align: left; }
thead { display: table-header-group; }
${exercisePrintCss}
${pageBreakCss(largePrint)}
`;
}
