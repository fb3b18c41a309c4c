import type { OfferedSelfCheck } from '../../common/checkinApi';
import { localDay } from '../../common/checkinDates';
import { createI18n } from '../../common/i18n/createI18n';
import { dueStatus, instrumentIds } from '../../common/instruments';
import { ApiFailure } from '../../common/result';
import type { SelfCheckStore } from '../store/selfCheckStore';
import { instrumentOrRefuse } from '../store/selfCheckStore';
import { ownerOrRefuse, type CheckinDeps, type CheckinHandlers } from './checkinDeps';

const { t } = createI18n();

/** A self-check offered, and every how many days. */
export interface SelfCheckOffer {
  instrumentId: string;
  intervalDays: number;
}

/**
 * The self-checks offered: the clinic's choice (clinic.json `selfChecks`) in its
 * order, or every built-in instrument at its suggested interval.
 */
export function offeredSelfChecks(deps: Pick<CheckinDeps, 'clinic'>): SelfCheckOffer[] {
  const chosen = deps.clinic.loaded.settings.selfChecks ?? instrumentIds.map((id) => ({ id, intervalDays: undefined }));
  return chosen.map(({ id, intervalDays }) => ({
    instrumentId: id,
    intervalDays: intervalDays ?? instrumentOrRefuse(id).suggestedIntervalDays,
  }));
}

type SelfCheckMethod = 'getSelfCheckStatus' | 'saveSelfCheck' | 'listSelfCheckResults';

/** The self-check methods of the check-in API. */
export function selfCheckHandlers(
  deps: CheckinDeps,
  selfChecks: SelfCheckStore,
): Pick<CheckinHandlers, SelfCheckMethod> {
  const now = deps.now ?? (() => new Date());
  return {
    async getSelfCheckStatus() {
      const profileId = await deps.activeProfileId();
      const offers = offeredSelfChecks(deps);
      const { newest, completed } = await selfChecks.latest(
        profileId,
        offers.map((o) => o.instrumentId),
      );
      const offered = offers.map(({ instrumentId, intervalDays }): OfferedSelfCheck => {
        const last = completed.get(instrumentId);
        const status = dueStatus(last === undefined ? null : new Date(last.updatedAt), intervalDays, now());
        return {
          instrumentId,
          intervalDays,
          lastCompletedAt: last?.updatedAt ?? null,
          lastResult: newest.get(instrumentId) ?? null,
          due: status.due,
          dueOn: status.due
            ? status.reason === 'never-done'
              ? null
              : localDay(status.dueSince)
            : localDay(status.dueOn),
        };
      });
      return { profileId, offered };
    },
    async saveSelfCheck({ profileId, ...input }) {
      const owner = await ownerOrRefuse(deps, profileId);
      // A self-check the clinic does not offer is not taken here (a clinic's choice, clinic.json).
      if (!offeredSelfChecks(deps).some((o) => o.instrumentId === input.instrumentId)) {
        instrumentOrRefuse(input.instrumentId);
        throw new ApiFailure('not-found', t('checkins.selfChecks.notOffered'), { reason: 'not-offered' });
      }
      return { result: await selfChecks.save(owner, input) };
    },
    async listSelfCheckResults(filter) {
      return { results: await selfChecks.list(await deps.activeProfileId(), filter) };
    },
  };
}
