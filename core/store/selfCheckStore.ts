import { randomBytes } from 'node:crypto';
import { yearOf } from '../../common/checkinDates';
import type { SelfCheckResult } from '../../common/checkinApi';
import { createI18n } from '../../common/i18n/createI18n';
import { checkAnswers, getInstrument, scoreAnswers, type FlagId, type Instrument } from '../../common/instruments';
import { ApiFailure } from '../../common/result';
import { VERSIONS_KEPT, type SelfCheckRecord } from './checkinData';
import { listYears, openYear, type CheckinFiles } from './checkinFiles';
import { checkDay, day } from './checkinStore';

const { t } = createI18n();

/** What a self-check save carries. */
export interface SelfCheckInput {
  instrumentId: string;
  date: string;
  /** Item id → chosen option value, or null for "not answered". */
  answers: Readonly<Record<string, number | null>>;
  /** The result to update; a new one when left out. */
  resultId?: string;
}

/** The instrument of an id, or a plain-words `not-found`. */
export function instrumentOrRefuse(instrumentId: string): Instrument {
  const instrument = getInstrument(instrumentId);
  if (instrument === undefined)
    throw new ApiFailure('not-found', t('checkins.errors.noInstrument', { id: instrumentId }));
  return instrument;
}

/**
 * Self-check results, in year files (checkinData.ts), scored when saved with the
 * instrument version they were made with. A form with a required item left
 * unanswered is kept as incomplete, with no total and no band, never guessed.
 * Flags (PHQ-9 item 9 above 0) are stored with the result, and every flag any
 * save of a result raised stays in `flagsSeen`.
 */
export class SelfCheckStore {
  constructor(
    private readonly files: CheckinFiles,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Validates, scores and saves; resolves once the result is on disk. */
  async save(profileId: string, input: SelfCheckInput): Promise<SelfCheckResult> {
    const instrument = instrumentOrRefuse(input.instrumentId);
    const now = this.now();
    checkDay(day(input.date), now);
    // A Map, so an item id such as "constructor" is only ever an unknown item.
    const answers = new Map(Object.entries(input.answers));
    const problems = checkAnswers(instrument, answers);
    if (problems.length > 0) {
      const title = t(instrument.titleKey);
      throw new ApiFailure('invalid-request', t('checkins.errors.answersDoNotFit', { title }), {
        reason: 'answers-do-not-fit',
        problems,
      });
    }
    const score = scoreAnswers(instrument, answers);
    const savedAt = now.toISOString();
    const resultId = input.resultId;
    const year = resultId === undefined ? yearOf(input.date) : yearOf(day(resultId.slice(0, 10)));
    return this.files.change(profileId, `selfchecks/${year}`, async (session) => {
      const db = await openYear(session, year);
      const at = resultId === undefined ? -1 : db.data.results.findIndex((r) => r.id === resultId);
      const previous = db.data.results[at];
      if (resultId !== undefined && previous === undefined)
        throw new ApiFailure('not-found', t('checkins.errors.noResult'));
      if (previous !== undefined && previous.instrumentId !== instrument.id)
        throw new ApiFailure('invalid-request', t('checkins.errors.resultOfOther'), { reason: 'other-instrument' });
      const flags: FlagId[] = score.flags.map((f) => f.id);
      const record: SelfCheckRecord = {
        id: previous?.id ?? `${input.date}-${randomBytes(4).toString('hex')}`,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        date: previous?.date ?? input.date,
        startedAt: previous?.startedAt ?? savedAt,
        updatedAt: savedAt,
        answers: Object.fromEntries(instrument.items.map((item) => [item.id, answers.get(item.id) ?? null])),
        status: score.status,
        total: score.status === 'complete' ? score.total : null,
        bandId: score.status === 'complete' ? score.band.id : null,
        missingItemIds: score.status === 'incomplete' ? [...score.missingItemIds] : [],
        flags,
        flagsSeen: [...new Set([...(previous?.flagsSeen ?? []), ...flags])],
      };
      if (previous === undefined) db.data.results.push(record);
      else {
        db.data.replaced.push({ ...previous, replacedAt: savedAt });
        const [oldest, ...rest] = db.data.replaced.filter((r) => r.id === record.id);
        if (oldest !== undefined && rest.length >= VERSIONS_KEPT)
          db.data.replaced.splice(db.data.replaced.indexOf(oldest), 1);
        db.data.results[at] = record;
      }
      await session.persist(db);
      return record;
    });
  }

  /** Results from `from` to `to` (inclusive), one instrument's or all, oldest first. */
  async list(
    profileId: string,
    filter: { instrumentId?: string; from?: string; to?: string } = {},
  ): Promise<SelfCheckResult[]> {
    const { instrumentId, from, to } = filter;
    if (from !== undefined) day(from);
    if (to !== undefined) day(to);
    const session = await this.files.session(profileId);
    const years = (await listYears(session)).filter(
      (y) => (from === undefined || y >= yearOf(from)) && (to === undefined || y <= yearOf(to)),
    );
    const results: SelfCheckResult[] = [];
    for (const year of years) {
      for (const r of (await openYear(session, year)).data.results) {
        if (instrumentId !== undefined && r.instrumentId !== instrumentId) continue;
        if ((from === undefined || r.date >= from) && (to === undefined || r.date <= to)) results.push(r);
      }
    }
    return results.sort((a, b) => a.date.localeCompare(b.date) || a.startedAt.localeCompare(b.startedAt));
  }

  /**
   * The newest result and newest complete result of each instrument asked for,
   * newest by when it was last saved. Every year is read: a result is filed by
   * its date, and one dated late in a year can be finished or changed after
   * results of the next (a year file or two a year, so reading all costs little).
   */
  async latest(profileId: string, instrumentIds: readonly string[]) {
    const wanted = new Set(instrumentIds);
    const newest = new Map<string, SelfCheckResult>();
    const completed = new Map<string, SelfCheckResult>();
    const session = await this.files.session(profileId);
    for (const year of await listYears(session)) {
      for (const r of (await openYear(session, year)).data.results) {
        if (!wanted.has(r.instrumentId)) continue;
        const later = (current: SelfCheckResult | undefined): boolean =>
          current === undefined || r.updatedAt > current.updatedAt;
        if (later(newest.get(r.instrumentId))) newest.set(r.instrumentId, r);
        if (r.status === 'complete' && later(completed.get(r.instrumentId))) completed.set(r.instrumentId, r);
      }
    }
    return { newest, completed };
  }
}
