import type { CrisisLine, PaperSize, PrintOutcome, Request } from '../../common/api';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Clinic } from '../clinic/clinic';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import { renderPacketHtml } from '../worksheet/renderWorksheet';
import { savePdf } from '../worksheet/savePdf';
import type { HandlersFor } from './handlerTypes';

const { t } = createI18n();

export interface WorksheetDeps {
  curriculum: Curriculum;
  store: AnswerStore;
  clinic: Clinic;
  /** The crisis lines printed at the foot of every worksheet, before the clinic's own. */
  crisisLines: CrisisLine[] | undefined;
  /** Folder holding fonts/ for printed worksheets. */
  resourcesDir: string;
  /** The open profile, whose answers a filled worksheet holds. */
  activeProfileId(): Promise<string>;
  adapters: {
    renderPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
    chooseSavePath(suggestedName: string): Promise<string | null>;
    print(html: string, paper: PaperSize, title: string): Promise<PrintOutcome>;
  };
}

/** A file name from a lesson title: letters, digits, spaces and hyphens only, at most 60 characters. */
export function safeFileName(title: string, filled: boolean): string {
  const base =
    title
      .replace(/[^A-Za-z0-9 -]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60) || t('print.fileName.fallback');
  return `${filled ? base : t('print.fileName.blank', { name: base })}.pdf`;
}

const single = (request: Request<'exportWorksheet'>): Request<'exportPacket'> => {
  const { lessonId, ...rest } = request;
  return { ...rest, lessonIds: [lessonId] };
};

type WorksheetMethod = 'exportWorksheet' | 'printWorksheet' | 'exportPacket' | 'printPacket';

/** Worksheets and packets of worksheets, blank or filled, saved as PDF or printed. */
export function worksheetHandlers(deps: WorksheetDeps): HandlersFor<WorksheetMethod> {
  const { curriculum, store, clinic, adapters } = deps;

  /** Renders the worksheets of the given lessons, in order, as one print-ready document. */
  const packetHtml = async (request: Request<'exportPacket'>) => {
    // In the language asked for, whatever the profile's language.
    const language = clinic.lessonLanguage(request.language);
    const entries = [];
    for (const lessonId of request.lessonIds) {
      const lesson = await curriculum.open(lessonId, language);
      const modulePath = curriculum.cache.modulePath(lesson.hash);
      if (modulePath === null) throw new ApiFailure('internal', t('errors.compiledMissing'));
      const answers = request.filled
        ? (await store.load(await deps.activeProfileId(), lesson.frontmatter.id, lesson.exercises)).answers
        : {};
      entries.push({ lesson, modulePath, answers });
    }
    const html = await renderPacketHtml(
      entries,
      {
        filled: request.filled,
        paper: request.paper,
        largePrint: request.largePrint ?? false,
        crisisLines: clinic.crisisLines(deps.crisisLines, language),
        language,
        ...(clinic.name === null ? {} : { clinicName: clinic.name }),
      },
      deps.resourcesDir,
    );
    const first = entries[0]?.lesson.frontmatter.title ?? '';
    const name = entries.length === 1 ? first : t('print.fileName.packet', { first, count: entries.length - 1 });
    return { html, name };
  };

  const exportPdf = (html: string, request: Request<'exportPacket'>, name: string) =>
    savePdf(
      adapters,
      html,
      request.paper,
      safeFileName(request.largePrint ? t('print.fileName.largePrint', { name }) : name, request.filled),
    );

  return {
    async exportWorksheet(request) {
      const packet = single(request);
      const { html, name } = await packetHtml(packet);
      return exportPdf(html, packet, name);
    },
    async exportPacket(request) {
      const { html, name } = await packetHtml(request);
      return exportPdf(html, request, name);
    },
    async printPacket(request) {
      const { html, name } = await packetHtml(request);
      return adapters.print(html, request.paper, name);
    },
    async printWorksheet(request) {
      const { html, name } = await packetHtml(single(request));
      return adapters.print(html, request.paper, name);
    },
  };
}
