import type { ExportOutcome, PaperSize } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import { savePdf } from '../worksheet/savePdf';
import { renderFacilitatorGuideHtml } from './renderGuide';

const { t } = createI18n();

/** What exporting a guide needs from the service and its host. */
export interface GuideExportDeps {
  curriculum: Curriculum;
  resourcesDir: string;
  renderPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** A file name from a lesson title: letters, digits and hyphens only. */
export function guideFileName(title: string): string {
  const base =
    title
      .replace(/[^A-Za-z0-9 -]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'lesson';
  return `${base}-facilitator-guide.pdf`;
}

/**
 * Renders a lesson's facilitator's guide to PDF and saves it where the person
 * chooses (the export folder in the browser host). Nothing is written when they
 * cancel; a failure says what went wrong in words a facilitator can act on.
 */
export async function exportFacilitatorGuide(
  deps: GuideExportDeps,
  request: { lessonId: string; paper: PaperSize; language?: LessonLanguage },
): Promise<ExportOutcome> {
  const lesson = await deps.curriculum.open(request.lessonId, request.language);
  const modulePath = deps.curriculum.cache.modulePath(lesson.hash);
  if (modulePath === null) throw new ApiFailure('internal', t('errors.compiledMissing'));
  const html = await renderFacilitatorGuideHtml({
    frontmatter: lesson.frontmatter,
    modulePath,
    paper: request.paper,
    resourcesDir: deps.resourcesDir,
  });
  return savePdf(deps, html, request.paper, guideFileName(lesson.frontmatter.title));
}
