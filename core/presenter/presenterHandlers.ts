import type { AudienceWindowOutcome, PaperSize, PrintOutcome, Request, Responses } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import type { Curriculum } from '../curriculum/curriculum';
import { exportFacilitatorGuide } from './guideExport';

/** How a host opens the audience view of a presentation in a window of its own. */
export interface AudienceWindowAdapter {
  /** Opens the audience window for a lesson in a language (or brings it forward), or moves it to the next display. */
  open(lessonId: string, display: 'auto' | 'next', language?: LessonLanguage): Promise<AudienceWindowOutcome>;
  /** Closes the audience window; false when none was open. */
  close(): Promise<boolean>;
}

interface PresenterDeps {
  curriculum: Curriculum;
  resourcesDir: string;
  adapters: {
    renderPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
    chooseSavePath(suggestedName: string): Promise<string | null>;
    print(html: string, paper: PaperSize, title: string): Promise<PrintOutcome>;
    audienceWindow?: AudienceWindowAdapter;
  };
}

type PresenterMethod = 'exportFacilitatorGuide' | 'openAudienceWindow' | 'closeAudienceWindow';

/** The service's handlers for facilitator mode, kept here so core/service.ts only spreads them in. */
export function presenterHandlers(deps: PresenterDeps): {
  [M in PresenterMethod]: (request: Request<M>) => Promise<Responses[M]>;
} {
  const { adapters } = deps;
  return {
    exportFacilitatorGuide: (request) =>
      exportFacilitatorGuide(
        {
          curriculum: deps.curriculum,
          resourcesDir: deps.resourcesDir,
          renderPdf: (html, paper) => adapters.renderPdf(html, paper),
          chooseSavePath: (name) => adapters.chooseSavePath(name),
        },
        request,
      ),
    async openAudienceWindow({ lessonId, display, language }) {
      // Check the lesson exists first, so a bad id never opens an empty window.
      const lesson = await deps.curriculum.open(lessonId, language);
      return adapters.audienceWindow === undefined
        ? { status: 'unsupported' }
        : adapters.audienceWindow.open(lessonId, display, lesson.frontmatter.language);
    },
    async closeAudienceWindow() {
      return { closed: adapters.audienceWindow === undefined ? false : await adapters.audienceWindow.close() };
    },
  };
}
