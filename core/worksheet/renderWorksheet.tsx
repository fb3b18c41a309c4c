import { pathToFileURL } from 'node:url';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { StoredAnswer } from '../../common/api';
import type { AnswerValue } from '../../common/exercises';
import { createI18n } from '../../common/i18n/createI18n';
import { nameRecord } from '../../common/nameRecord';
import { defaultCrisisLines } from '../../common/crisisLines';
import {
  CrisisLinesContext,
  lessonComponents,
  LessonContext,
  type LessonContextValue,
  WorksheetEndContext,
} from '../../curriculum/components';
import type { CachedLesson } from '../curriculum/lessonCache';
import { cssString, escapeHtml, marginBoxStyle, pageOfContent, printDocument, type PrintOptions } from './printOptions';
import { bundledFontFaces, printCss } from './printStyles';

type LessonModule = {
  default: (react: unknown, reactDom: unknown, jsx: unknown) => { default: ComponentType<{ components: unknown }> };
};

/** Loads a compiled lesson module in Node and returns its MDX component. */
export async function loadLessonComponent(modulePath: string): Promise<ComponentType<{ components: unknown }>> {
  const mod = (await import(pathToFileURL(modulePath).href)) as LessonModule;
  return mod.default(React, ReactDOM, jsxRuntime).default;
}

/** One lesson in a packet: its compiled module and, for a filled packet, the person's answers. */
export interface PacketLesson {
  lesson: CachedLesson;
  modulePath: string;
  answers: Record<string, StoredAnswer>;
}

export interface WorksheetRequest extends PacketLesson, Partial<Omit<PrintOptions, 'filled' | 'paper'>> {
  filled: boolean;
  paper: PrintOptions['paper'];
  resourcesDir: string;
}

/** One lesson's worksheet as an <article>, for a packet or another print document (the care-team summary). */
export async function worksheetSection(
  entry: PacketLesson,
  index: number,
  options: PrintOptions,
  i18n: i18n,
): Promise<string> {
  const t = i18n.t.bind(i18n);
  const Lesson = await loadLessonComponent(entry.modulePath);
  const answers = nameRecord<AnswerValue>(
    options.filled ? Object.entries(entry.answers).map(([id, stored]) => [id, stored.value]) : [],
  );
  const context: LessonContextValue = {
    mode: options.filled ? 'print-filled' : 'print-blank',
    answers,
    setAnswer: () => undefined,
    showFacilitatorNotes: false,
  };
  const lines = options.crisisLines ?? [];
  const crisis =
    lines.length === 0 ? null : (
      <aside className="sheet-crisis">
        <strong>{t('crisis.title')}</strong>
        <ul>
          {lines.map((line) => (
            <li key={line.name}>
              <strong>{line.name}</strong>: {line.contact}
            </li>
          ))}
        </ul>
      </aside>
    );
  let body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LessonContext.Provider value={context}>
        {/* A safety plan on paper always lists the crisis lines the app is set up with. */}
        <CrisisLinesContext.Provider value={options.crisisLines ?? defaultCrisisLines}>
          {/* The Worksheet part ends with the crisis lines, so they keep to its last exercise's page. */}
          <WorksheetEndContext.Provider value={crisis}>
            <Lesson components={lessonComponents} />
          </WorksheetEndContext.Provider>
        </CrisisLinesContext.Provider>
      </LessonContext.Provider>
    </I18nextProvider>,
  );
  // A clinic's lesson without a Worksheet part still prints the crisis lines.
  if (crisis !== null && !body.includes('class="sheet-crisis"')) body += renderToStaticMarkup(crisis);
  const fm = entry.lesson.frontmatter;
  return `<article class="worksheet ws-${index}" data-lesson-id="${escapeHtml(fm.id)}" data-filled="${options.filled}">
<header class="sheet-header">
<p class="sheet-brand">${escapeHtml(options.clinicName ?? t('app.name'))} · ${escapeHtml(t('parts.worksheet'))}</p>
<h1>${escapeHtml(fm.title)}</h1>
<div class="sheet-person"><span>${escapeHtml(t('worksheet.name'))}:</span><span class="date">${escapeHtml(t('worksheet.date'))}:</span></div>
</header>
${body}
</article>`;
}

/**
 * Page furniture, drawn in the page margins by Chromium's CSS paged media: the
 * clinic's name, the lesson title (a named page per worksheet, so each starts on
 * a new page), "Page X of Y", and on filled worksheets a confidentiality notice.
 */
function pageRules(entries: PacketLesson[], options: PrintOptions, t: i18n['t']): string {
  const box = marginBoxStyle;
  const brand = options.clinicName ?? t('app.name');
  const pageOf = pageOfContent(t);
  const rules = [
    `@page { @top-left { content: ${cssString(brand)}; ${box} } @bottom-right { content: ${pageOf}; ${box} }${
      options.filled ? ` @bottom-left { content: ${cssString(t('print.confidential'))}; ${box} }` : ''
    } }`,
  ];
  entries.forEach((entry, index) => {
    rules.push(`@page ws-${index} { @top-right { content: ${cssString(entry.lesson.frontmatter.title)}; ${box} } }`);
    rules.push(`.ws-${index} { page: ws-${index}; }`);
  });
  return rules.join('\n');
}

/**
 * Renders one or more lessons' worksheets as one self-contained, print-ready HTML
 * document, using the same exercise components as the screen in their print mode.
 */
export async function renderPacketHtml(
  entries: PacketLesson[],
  options: PrintOptions,
  resourcesDir: string,
): Promise<string> {
  const i18n = createI18n(options.language);
  const t = i18n.t.bind(i18n);
  const sections = await Promise.all(entries.map((entry, index) => worksheetSection(entry, index, options, i18n)));
  const title =
    entries.length === 1
      ? `${entries[0]?.lesson.frontmatter.title ?? ''} – ${t('parts.worksheet')}`
      : t('print.packetTitle', { count: entries.length });
  const fonts = await bundledFontFaces(resourcesDir);
  return printDocument({
    // The page's language is the worksheets' own, so Chromium hyphenates Spanish text by Spanish rules
    // even before the app's strings exist in that language.
    language: options.language ?? i18n.language,
    title,
    css: `${fonts}\n${printCss(options.paper, options.largePrint)}\n${pageRules(entries, options, t)}`,
    body: sections.join('\n'),
    ...(options.largePrint ? { bodyClass: 'large-print' } : {}),
  });
}

/** One lesson's worksheet as a print-ready document. */
export function renderWorksheetHtml(request: WorksheetRequest): Promise<string> {
  const { lesson, modulePath, answers, resourcesDir, ...options } = request;
  return renderPacketHtml([{ lesson, modulePath, answers }], { largePrint: false, ...options }, resourcesDir);
}
