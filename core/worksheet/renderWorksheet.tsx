import { pathToFileURL } from 'node:url';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { PaperSize, StoredAnswer } from '../../common/api';
import type { AnswerValue } from '../../common/exercises';
import { createI18n } from '../../common/i18n/createI18n';
import { lessonComponents, LessonContext, type LessonContextValue } from '../../curriculum/components';
import { printCsp } from '../security/csp';
import type { CachedLesson } from '../curriculum/lessonCache';
import { bundledFontFaces, printCss } from './printStyles';

type LessonModule = {
  default: (react: unknown, reactDom: unknown, jsx: unknown) => { default: ComponentType<{ components: unknown }> };
};

/** Loads a compiled lesson module in Node and returns its MDX component. */
export async function loadLessonComponent(modulePath: string): Promise<ComponentType<{ components: unknown }>> {
  const mod = (await import(pathToFileURL(modulePath).href)) as LessonModule;
  return mod.default(React, ReactDOM, jsxRuntime).default;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export interface WorksheetRequest {
  lesson: CachedLesson;
  modulePath: string;
  answers: Record<string, StoredAnswer>;
  filled: boolean;
  paper: PaperSize;
  resourcesDir: string;
  language?: string;
}

/**
 * Renders a lesson's worksheet as a complete, self-contained, print-ready HTML
 * document, using the same exercise components as the screen in their print mode.
 */
export async function renderWorksheetHtml(request: WorksheetRequest): Promise<string> {
  const { lesson, filled } = request;
  const i18n = createI18n(request.language);
  const t = i18n.t.bind(i18n);
  const Lesson = await loadLessonComponent(request.modulePath);
  const answers: Record<string, AnswerValue> = {};
  if (filled) for (const [id, stored] of Object.entries(request.answers)) answers[id] = stored.value;
  const context: LessonContextValue = {
    mode: filled ? 'print-filled' : 'print-blank',
    answers,
    setAnswer: () => undefined,
    showFacilitatorNotes: false,
  };
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LessonContext.Provider value={context}>
        <Lesson components={lessonComponents} />
      </LessonContext.Provider>
    </I18nextProvider>,
  );
  const title = escapeHtml(lesson.frontmatter.title);
  const fonts = await bundledFontFaces(request.resourcesDir);
  return `<!doctype html>
<html lang="${escapeHtml(i18n.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${printCsp}">
<title>${title} – ${escapeHtml(t('parts.worksheet'))}</title>
<style>${fonts}\n${printCss(request.paper)}</style>
</head>
<body>
<article class="worksheet" data-lesson-id="${escapeHtml(lesson.frontmatter.id)}" data-filled="${filled}">
<header class="sheet-header">
<p class="sheet-brand">${escapeHtml(t('app.name'))} · ${escapeHtml(t('parts.worksheet'))}</p>
<h1>${title}</h1>
<div class="sheet-person"><span>${escapeHtml(t('worksheet.name'))}:</span><span class="date">${escapeHtml(t('worksheet.date'))}:</span></div>
</header>
${body}
</article>
</body>
</html>`;
}
