import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PaperSize } from '../../common/api';

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

/** Print CSS for worksheets: sized for Letter or A4, exercises never split across pages. */
export function printCss(paper: PaperSize): string {
  const size = paper === 'a4' ? 'A4' : 'letter';
  return `
@page { size: ${size}; margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "Atkinson Hyperlegible", sans-serif; font-size: 12pt; line-height: 1.4; color: #111; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; line-height: 1.2; break-after: avoid; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; margin: 14pt 0 4pt; }
h3 { font-size: 14pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.sheet-header { border-bottom: 1.5pt solid #111; padding-bottom: 6pt; margin-bottom: 12pt; }
.sheet-brand { font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; color: #444; margin: 0 0 2pt; }
.sheet-person { display: flex; gap: 18pt; margin-top: 8pt; font-size: 11pt; }
.sheet-person span { flex: 1; display: flex; gap: 6pt; align-items: flex-end; }
.sheet-person span::after { content: ""; flex: 1; border-bottom: 0.75pt solid #555; height: 1em; }
.sheet-person span.date { flex: 0.6; }
.exercise { break-inside: avoid; page-break-inside: avoid; margin: 0 0 14pt; padding: 8pt 10pt; border: 0.75pt solid #999; border-radius: 4pt; }
.exercise-label { font-weight: 700; margin: 0 0 4pt; }
.exercise-hint { font-size: 10pt; color: #333; margin: 0 0 6pt; }
.write-lines { margin-top: 4pt; }
.write-line { height: 24pt; border-bottom: 0.75pt solid #777; }
.printed-answer { white-space: pre-wrap; overflow-wrap: anywhere; padding: 4pt 0 2pt; border-bottom: 0.75pt solid #bbb; min-height: 20pt; }
.scale-print { list-style: none; display: flex; gap: 4pt; padding: 0; margin: 6pt 0 2pt; }
.scale-box { flex: 1; text-align: center; border: 0.75pt solid #555; border-radius: 3pt; padding: 4pt 0; font-size: 11pt; }
.scale-chosen { background: #111; color: #fff; font-weight: 700; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scale-anchors { display: flex; justify-content: space-between; font-size: 9.5pt; color: #333; margin: 0; }
.checklist-print { list-style: none; padding: 0; margin: 4pt 0 0; columns: 2; column-gap: 18pt; }
.check-box { break-inside: avoid; padding-left: 18pt; position: relative; margin: 0 0 5pt; }
.check-box::before { content: ""; position: absolute; left: 0; top: 2pt; width: 10pt; height: 10pt; border: 0.75pt solid #333; }
.check-box.checked::before { content: "\\2713"; font-weight: 700; font-size: 10pt; line-height: 10pt; text-align: center; }
.check-box .write-lines { display: inline-block; width: 60%; vertical-align: bottom; margin: 0; }
.check-box .write-line { height: 14pt; }
.callout { break-inside: avoid; border-left: 3pt solid #555; padding: 4pt 8pt; margin: 0 0 12pt; }
.callout-title { font-weight: 700; margin: 0 0 2pt; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.sheet-footer { margin-top: 16pt; font-size: 9pt; color: #444; border-top: 0.5pt solid #999; padding-top: 4pt; }
`;
}
