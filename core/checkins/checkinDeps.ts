import type { Request, Responses } from '../../common/api';
import type { CheckinMethod } from '../../common/checkinApi';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';
import type { Clinic } from '../clinic/clinic';
import type { Curriculum } from '../curriculum/curriculum';
import type { AnswerStore } from '../store/answerStore';

const { t } = createI18n();

export type CheckinHandlers = { [M in CheckinMethod]: (request: Request<M>) => Promise<Responses[M]> };

export interface CheckinDeps {
  store: AnswerStore;
  curriculum: Curriculum;
  clinic: Clinic;
  /** The open profile (`forbidden` when none is open or it is locked). */
  activeProfileId(): Promise<string>;
  /** The host's clock; tests pass their own. */
  now?: () => Date;
}

export interface CheckinApi {
  handlers: CheckinHandlers;
  /** Records that the open profile opened a lesson; never fails the caller (a failed write is retried by the store). */
  lessonOpened(profileId: string, lessonId: string): Promise<void>;
}

/** Refuses a save meant for a profile that is no longer the open one, as saveAnswer does. */
export async function ownerOrRefuse(deps: CheckinDeps, profileId: string | undefined): Promise<string> {
  const active = await deps.activeProfileId();
  if (profileId !== undefined && profileId !== active) {
    throw new ApiFailure('forbidden', t('errors.profileChanged'), { reason: 'profile-changed' });
  }
  return active;
}
