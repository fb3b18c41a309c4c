import type { ExportOutcome, PaperSize } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { writeFileAtomic } from '../store/durableFile';

const { t } = createI18n();

/** What saving a PDF needs from the host: Chromium's printing and a place to save. */
export interface PdfHost {
  renderPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/**
 * Turns a print-ready document into a PDF and saves it where the person chooses.
 * Nothing is written when they cancel; a failure says what went wrong, as a typed error.
 */
export async function savePdf(host: PdfHost, html: string, paper: PaperSize, fileName: string): Promise<ExportOutcome> {
  let pdf: Uint8Array;
  try {
    pdf = await host.renderPdf(html, paper);
  } catch (error) {
    throw new ApiFailure('export-failed', t('errors.pdfFailed', { reason: (error as Error).message }));
  }
  const path = await host.chooseSavePath(fileName);
  if (path === null) return { status: 'cancelled' };
  try {
    await writeFileAtomic(path, pdf);
  } catch (error) {
    throw new ApiFailure('export-failed', t('errors.pdfSaveFailed', { path, reason: (error as Error).message }));
  }
  return { status: 'saved', path };
}
