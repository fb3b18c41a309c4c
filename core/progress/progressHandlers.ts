import type { CrisisLine, PaperSize, PrintOutcome, Request, Responses } from '../../common/api';
import { PLAN_LESSON_ID } from '../../common/personalPlans';
import type { ProgressMethod } from '../../common/progressApi';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import { savePdf, type PdfHost } from '../worksheet/savePdf';
import { renderCareSummaryHtml } from './careSummaryHtml';
import { loadProgress, type ProgressDeps } from './progressData';

const { t } = createI18n();

/** What the summary needs beyond the data: printing, fonts and the clinic's words. */
export interface CareSummaryHost extends PdfHost {
  print(html: string, paper: PaperSize, title: string): Promise<PrintOutcome>;
  resourcesDir: string;
  crisisLines: CrisisLine[];
}

type ProgressHandlers = { [M in ProgressMethod]: (request: Request<M>) => Promise<Responses[M]> };

/** A file name a care team can recognise, with the dates it covers. */
export const careSummaryFileName = (from: string, to: string): string => `care-team-summary-${from}-to-${to}.pdf`;

/**
 * The progress overview and the care-team summary. The summary is built from
 * the open profile's data only for what the person chose, then saved or
 * printed on this computer: nothing is sent anywhere.
 */
export function progressHandlers(deps: ProgressDeps, host: CareSummaryHost): ProgressHandlers {
  const summaryHtml = async (request: Request<'exportCareSummary'>): Promise<string> => {
    const include = new Set(request.include);
    const range = { from: request.from, to: request.to };
    const [progress, data] = await Promise.all([
      loadProgress(deps),
      deps.checkins.getCheckinRange({ from: request.from, to: request.to }),
    ]);
    if (data.profileId !== progress.profileId) {
      throw new ApiFailure('forbidden', t('errors.profileChanged'), { reason: 'profile-changed' });
    }
    let plans = null;
    const planLesson = progress.lessons.get(PLAN_LESSON_ID);
    if (include.has('plans') && planLesson !== undefined) {
      const modulePath = deps.curriculum.cache.modulePath(planLesson.hash);
      if (modulePath === null) throw new ApiFailure('internal', t('errors.compiledMissing'));
      const { answers } = await deps.store.load(progress.profileId, PLAN_LESSON_ID, planLesson.exercises);
      plans = { lesson: planLesson, modulePath, answers };
    }
    return renderCareSummaryHtml({
      range,
      today: progress.today,
      include,
      checkIns: data.checkIns,
      selfChecks: data.selfChecks,
      lessonsCompleted: progress.overview.lessons.filter((l) => l.completed),
      clinicName: deps.clinic.name,
      paper: request.paper,
      largePrint: request.largePrint ?? false,
      language: deps.clinic.language,
      crisisLines: host.crisisLines,
      plans,
      resourcesDir: host.resourcesDir,
    });
  };

  return {
    async getProgress() {
      const { profileId, today, overview } = await loadProgress(deps);
      return { profileId, today, overview };
    },
    async exportCareSummary(request) {
      return savePdf(host, await summaryHtml(request), request.paper, careSummaryFileName(request.from, request.to));
    },
    async printCareSummary(request) {
      return host.print(await summaryHtml(request), request.paper, t('progress.summary.title'));
    },
  };
}
