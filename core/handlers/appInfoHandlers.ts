import type { CrisisLine } from '../../common/api';
import type { Clinic } from '../clinic/clinic';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';
import type { HandlersFor } from './handlerTypes';

export interface AppInfoDeps {
  host: 'electron' | 'browser';
  version: string;
  dataDir: string;
  clinic: Clinic;
  /** The crisis lines shown on every screen, before the clinic's own. */
  crisisLines: CrisisLine[] | undefined;
  curriculum: Curriculum;
  store: AnswerStore;
}

/** What the app shows about itself: version, host, data folder, crisis lines, the clinic, and store notices. */
export function appInfoHandlers(deps: AppInfoDeps): HandlersFor<'getAppInfo'> {
  const { clinic, curriculum, store } = deps;
  return {
    async getAppInfo({ language }) {
      return {
        version: deps.version,
        dataDir: deps.dataDir,
        host: deps.host,
        crisisLines: clinic.crisisLines(deps.crisisLines, clinic.lessonLanguage(language)),
        clinic: clinic.info(await curriculum.list()),
        notices: store.notices.map((n) => n.message),
      };
    },
  };
}
