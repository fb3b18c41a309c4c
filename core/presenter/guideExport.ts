import type { ExportOutcome, PaperSize } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Curriculum } from '../curriculum/curriculum';
import { writeFileAtomic } from '../store/durableFile';
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
  request: { lessonId: string; paper: PaperSize },
): Promise<ExportOutcome> {
  const lesson = await deps.curriculum.open(request.lessonId);
  const modulePath = deps.curriculum.cache.modulePath(lesson.hash);
  if (modulePath === null) throw new ApiFailure('internal', t('errors.compiledMissing'));
  const html = await renderFacilitatorGuideHtml({
    frontmatter: lesson.frontmatter,
    modulePath,
    paper: request.paper,
    resourcesDir: deps.resourcesDir,
  });
  let pdf: Uint8Array;
  try {
    pdf = await deps.renderPdf(html, request.paper);
  } catch (error) {
    throw new ApiFailure('export-failed', t('errors.pdfFailed', { reason: (error as Error).message }));
  }
  const path = await deps.chooseSavePath(guideFileName(lesson.frontmatter.title));
  if (path === null) return { status: 'cancelled' };
  try {
    await writeFileAtomic(path, pdf);
  } catch (error) {
    throw new ApiFailure('export-failed', t('errors.pdfSaveFailed', { path, reason: (error as Error).message }));
  }
  return { status: 'saved', path };
}
