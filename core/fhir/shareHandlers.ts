import type { Bundle } from '@medplum/fhirtypes';
import type { TFunction } from 'i18next';
import { ApiFailure } from '../../common/result';
import type { ShareRecord, ShareRequest, ShareResponses } from '../../common/shareApi';
import type { ClinicFhirServer } from '../clinic/clinicSchema';
import { writeFileAtomic } from '../store/durableFile';
import { asTransaction, buildShareBundle, countResources, type ShareSelection } from './bundle';
import type { CheckInForFhir } from './checkInResources';
import { clinicFhirServer } from './clinicServer';
import type { SelfCheckForFhir } from './selfCheckResources';
import { sendBundle, type FhirServer } from './send';
import { checkResource, loadFhirDefinitions, type FhirProblem } from './validate';

/** Where the share handlers read from and write to; the service passes the real ones, tests their own. */
export interface ShareDeps {
  resourcesDir: string;
  t: TFunction;
  /** The open profile's language, for the instruments' published wording. */
  language(): string;
  now(): Date;
  /** The open profile's id; throws `forbidden` when none is open and unlocked. */
  activeProfileId(): Promise<string>;
  /** Every lesson the person has answered, with those answers. */
  worksheets(): Promise<ShareSelection['worksheets']>;
  /** Check-ins and self-check results from `from` to `to`, inclusive. */
  checkinRange(from: string, to: string): Promise<{ checkIns: CheckInForFhir[]; selfChecks: SelfCheckForFhir[] }>;
  /** The clinic's FHIR server setting and the clinic.json that set it, if any. */
  clinicServer(): { setting: ClinicFhirServer; file: string } | null;
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The open profile's record of sends (encrypted with its answers). */
  shareLog: { append(record: ShareRecord): Promise<void>; list(): Promise<ShareRecord[]> };
  fetch: typeof fetch;
  /** Milliseconds to wait for the clinic's server. */
  sendTimeoutMs: number;
}

type Handlers = { [M in keyof ShareResponses]: (request: never) => Promise<ShareResponses[M]> };

export function shareHandlers(deps: ShareDeps) {
  const { t } = deps;

  /** The bundle for a request, and what validation found; refuses a request meant for another profile. */
  async function prepare(request: ShareRequest): Promise<{ bundle: Bundle; problems: FhirProblem[] }> {
    const profileId = await deps.activeProfileId();
    if (request.profileId !== undefined && request.profileId !== profileId)
      throw new ApiFailure('forbidden', t('errors.profileChanged'), { reason: 'profile-changed' });
    await loadFhirDefinitions(deps.resourcesDir);
    const range =
      request.selfChecks || request.checkIns
        ? await deps.checkinRange(request.from, request.to)
        : { checkIns: [], selfChecks: [] };
    const server = deps.clinicServer();
    const patientId = request.patientId ?? '';
    const selection: ShareSelection = {
      from: request.from,
      to: request.to,
      language: deps.language(),
      worksheets: request.worksheets ? await deps.worksheets() : [],
      selfChecks: request.selfChecks ? range.selfChecks : [],
      checkIns: request.checkIns ? range.checkIns : [],
      includeNotes: request.notes,
      includeQuestionnaires: true,
      patientIdentifier:
        patientId !== '' && server?.setting.patientIdentifierSystem !== undefined
          ? { system: server.setting.patientIdentifierSystem, value: patientId }
          : null,
    };
    const bundle = buildShareBundle(selection, { t, now: deps.now().toISOString() });
    return { bundle, problems: checkResource(bundle).problems };
  }

  const isError = (p: FhirProblem): boolean => p.severity === 'error' || p.severity === 'fatal';

  /** A bundle that fails R4 validation never leaves the computer: that is a Groundwork bug, said plainly. */
  function refuseInvalid(problems: FhirProblem[]): void {
    const errors = problems.filter(isError);
    if (errors.length > 0)
      throw new ApiFailure('export-failed', t('fhir.share.invalid'), {
        problems: errors.map((p) => `${p.where}: ${p.message}`),
      });
  }

  const handlers = {
    async previewShare(request: ShareRequest) {
      const { bundle, problems } = await prepare(request);
      const server = deps.clinicServer();
      return {
        counts: countResources(bundle),
        // Errors first, then warnings.
        problems: [...problems.filter(isError), ...problems.filter((p) => p.severity === 'warning')].map(
          ({ where, message }) => ({ where, message }),
        ),
        server:
          server === null
            ? null
            : {
                baseUrl: server.setting.baseUrl,
                acceptsPatientId: server.setting.patientIdentifierSystem !== undefined,
              },
      };
    },

    async exportShare(request: ShareRequest) {
      const { bundle, problems } = await prepare(request);
      refuseInvalid(problems);
      const path = await deps.chooseSavePath(`groundwork-${request.from}-to-${request.to}.fhir.json`);
      if (path === null) return { status: 'cancelled' as const };
      try {
        await writeFileAtomic(path, `${JSON.stringify(bundle, null, 2)}\n`);
      } catch (error) {
        throw new ApiFailure('export-failed', t('fhir.share.saveFailed', { path, reason: (error as Error).message }));
      }
      return { status: 'saved' as const, path };
    },

    async sendShare(request: ShareRequest) {
      const configured = deps.clinicServer();
      if (configured === null) throw new ApiFailure('not-found', t('fhir.share.noServer'));
      const { bundle, problems } = await prepare(request);
      refuseInvalid(problems);
      let server: FhirServer;
      try {
        server = await clinicFhirServer(configured.setting, configured.file);
      } catch (error) {
        throw new ApiFailure('export-failed', t('fhir.share.secretUnreadable', { reason: (error as Error).message }));
      }
      const outcome = await sendBundle(asTransaction(bundle), server, {
        fetch: deps.fetch,
        timeoutMs: deps.sendTimeoutMs,
        now: deps.now,
      });
      const record: ShareRecord = {
        sentAt: deps.now().toISOString(),
        from: request.from,
        to: request.to,
        server: configured.setting.baseUrl,
        counts: countResources(bundle),
        status: outcome.status,
        reasons:
          outcome.status === 'refused' ? outcome.reasons : outcome.status === 'unreachable' ? [outcome.reason] : [],
      };
      await deps.shareLog.append(record);
      return record;
    },

    async listShares() {
      await deps.activeProfileId();
      const shares = await deps.shareLog.list();
      return { shares: [...shares].sort((a, b) => b.sentAt.localeCompare(a.sentAt)) };
    },
  };
  return handlers satisfies Handlers;
}
