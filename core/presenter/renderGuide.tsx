import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { PaperSize } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import type { LessonFrontmatter } from '../../common/lessonSchema';
import { lessonComponents, LessonContext, type LessonContextValue } from '../../curriculum/components';
import { cssString, marginBoxStyle, pageOfContent, printDocument } from '../worksheet/printOptions';
import { bundledFontFaces, printCss } from '../worksheet/printStyles';
import { loadLessonComponent } from '../worksheet/renderWorksheet';
import { expandLesson, lessonOutline } from '../../common/presenter/lessonOutline';
import { planLesson } from '../../common/presenter/plan';
import { splitSections } from '../../common/presenter/sections';
import { GuideBody } from './GuideBody';

export interface GuideRequest {
  frontmatter: LessonFrontmatter;
  /** The compiled lesson module on disk. */
  modulePath: string;
  paper: PaperSize;
  resourcesDir: string;
  language?: string;
}

/** Print CSS for the guide on top of the worksheet's: timing table, notes boxes, sections kept readable. */
const guideCss = `
.guide-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 6pt 0 10pt; }
.guide-facts dt { font-weight: 700; }
.guide-facts dd { margin: 0; }
.guide-timing { width: 100%; border-collapse: collapse; margin: 4pt 0 12pt; font-size: 11pt; }
.guide-timing th, .guide-timing td { border-bottom: 0.5pt solid #999; padding: 3pt 6pt 3pt 0; text-align: left; vertical-align: top; }
.guide-timing td.num, .guide-timing th.num { text-align: right; white-space: nowrap; }
.guide-timing .guide-part-row th, .guide-timing .guide-part-row td, .guide-timing .guide-total th, .guide-timing .guide-total td { font-weight: 700; border-bottom: 1pt solid #333; padding-top: 6pt; }
.guide-timing tbody td:first-child { padding-left: 10pt; }
.guide-section { margin: 0 0 12pt; border-top: 1pt solid #555; padding-top: 6pt; }
.guide-section h3 { margin-top: 0; }
.guide-time { font-size: 10pt; color: #333; margin: 0 0 6pt; }
.guide-notes { break-inside: avoid; border: 1pt dashed #555; border-radius: 4pt; padding: 6pt 8pt; margin: 8pt 0 0; background: #f4f4f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.guide-notes-title { font-weight: 700; margin: 0 0 2pt; }
.guide-lesson-notes { break-before: page; }
.diagram { break-inside: avoid; margin: 8pt 0 10pt; }
.diagram svg { display: block; width: 100%; max-width: 15cm; height: auto; }
.diagram figcaption { font-size: 10pt; color: #333; margin-top: 3pt; }
`;

/**
 * The facilitator's guide for one lesson as a print-ready HTML document: the
 * lesson's timing by part, the lesson split into the same sections the
 * presenter shows, each with its planned whole minutes, the notes written inside it, and the whole-lesson facilitator
 * notes. Worksheet exercises print blank; the guide never holds answers.
 */
export async function renderFacilitatorGuideHtml(request: GuideRequest): Promise<string> {
  const { frontmatter } = request;
  // The guide's headings and page furniture are in the lesson's language unless asked otherwise.
  const i18n = createI18n(request.language ?? frontmatter.language);
  const t = i18n.t.bind(i18n);
  const Content = await loadLessonComponent(request.modulePath);
  const outline = lessonOutline(expandLesson(Content, lessonComponents), lessonComponents);
  const sections = splitSections<ReactNode>(outline.parts);
  const plan = planLesson(sections, frontmatter);
  const context: LessonContextValue = {
    mode: 'print-blank',
    answers: {},
    setAnswer: () => undefined,
    showFacilitatorNotes: true,
  };
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LessonContext.Provider value={context}>
        <GuideBody frontmatter={frontmatter} sections={sections} plan={plan} lessonNotes={outline.lessonNotes} />
      </LessonContext.Provider>
    </I18nextProvider>,
  );
  const title = `${frontmatter.title} – ${t('presenter.guide.title')}`;
  // No confidentiality line: the guide holds no answers.
  const furniture = `@page { @top-left { content: ${cssString(t('app.name'))}; ${marginBoxStyle} } @top-right { content: ${cssString(
    title,
  )}; ${marginBoxStyle} } @bottom-right { content: ${pageOfContent(t)}; ${marginBoxStyle} } }`;
  const fonts = await bundledFontFaces(request.resourcesDir);
  return printDocument({
    // The lesson's own language, so Chromium hyphenates it by its rules.
    language: frontmatter.language,
    title,
    css: `${fonts}\n${printCss(request.paper)}\n${guideCss}\n${furniture}`,
    body,
  });
}
