import { renderToStaticMarkup } from 'react-dom/server';
import type { CrisisLine, PaperSize } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { cssString, marginBoxStyle, pageOfContent, printDocument } from '../worksheet/printOptions';
import { bundledFontFaces, printCss } from '../worksheet/printStyles';
import { worksheetSection, type PacketLesson } from '../worksheet/renderWorksheet';
import { CareSummaryBody, type CareSummaryContent } from './CareSummaryBody';

export interface CareSummaryRequest extends CareSummaryContent {
  paper: PaperSize;
  largePrint: boolean;
  language?: string;
  crisisLines: CrisisLine[];
  /** The plan lesson with the person's answers, printed as its filled worksheet; null when plans are left out. */
  plans: PacketLesson | null;
  resourcesDir: string;
}

const summaryCss = `
.care-summary h2 { font-size: 1.3em; border-bottom: 1pt solid #555; padding-bottom: 2pt; margin-top: 14pt; }
.care-made { font-size: 0.9em; color: #333; }
.care-trend { break-inside: avoid; page-break-inside: avoid; margin: 0 0 8pt; }
.trend-figure svg { display: block; width: 100%; max-width: 17cm; height: auto; }
.care-table { margin: 4pt 0 10pt; font-size: 0.9em; }
.care-table caption { text-align: left; font-weight: 700; margin-bottom: 3pt; }
.care-table th[scope="row"] { font-weight: 400; }
.care-plans { break-before: page; page-break-before: always; }
`;

/**
 * The summary for the care team as one print-ready document, on the packet's
 * printing path: the same fonts, print CSS and page furniture (the clinic's
 * name, "Page X of Y", and the confidentiality notice on every page), and the
 * plans as the plan lesson's filled worksheet, rendered as a packet renders it.
 */
export async function renderCareSummaryHtml(request: CareSummaryRequest): Promise<string> {
  const i18n = createI18n(request.language);
  const t = i18n.t.bind(i18n);
  const body = renderToStaticMarkup(<CareSummaryBody content={request} i18n={i18n} />);
  const plans =
    request.plans === null || !request.include.has('plans')
      ? ''
      : `<section class="care-plans"><h2>${t('progress.summary.plansHeading')}</h2>${await worksheetSection(
          request.plans,
          0,
          {
            filled: true,
            paper: request.paper,
            largePrint: request.largePrint,
            crisisLines: request.crisisLines,
            ...(request.clinicName === null ? {} : { clinicName: request.clinicName }),
          },
          i18n,
        )}</section>`;
  const box = marginBoxStyle;
  const pageOf = pageOfContent(t);
  const furniture = `@page { @top-left { content: ${cssString(request.clinicName ?? t('app.name'))}; ${box} } @top-right { content: ${cssString(
    t('progress.summary.title'),
  )}; ${box} } @bottom-left { content: ${cssString(t('print.confidential'))}; ${box} } @bottom-right { content: ${pageOf}; ${box} } }`;
  const fonts = await bundledFontFaces(request.resourcesDir);
  return printDocument({
    language: i18n.language,
    title: t('progress.summary.title'),
    css: `${fonts}\n${printCss(request.paper, request.largePrint)}\n${summaryCss}\n${furniture}`,
    body: `${body}\n${plans}`,
    ...(request.largePrint ? { bodyClass: 'large-print' } : {}),
  });
}
