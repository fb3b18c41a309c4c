import type { CheckIn, SelfCheckResult } from '../../../common/checkinApi';

/** A stored check-in with the given answers; the rest skipped. */
export function checkIn(date: string, fields: Partial<CheckIn> = {}): CheckIn {
  return {
    date,
    mood: null,
    craving: null,
    stress: null,
    sleepHours: null,
    sleepQuality: null,
    used: null,
    skills: [],
    ownSkills: [],
    note: '',
    createdAt: `${date}T20:00:00.000Z`,
    updatedAt: `${date}T20:00:00.000Z`,
    ...fields,
  };
}

/** A stored self-check result: complete with a total and band, or incomplete. */
export function result(
  instrumentId: string,
  date: string,
  total: number | null,
  bandId: string | null,
  extra: Partial<SelfCheckResult> = {},
): SelfCheckResult {
  return {
    id: `${date}-0000000${instrumentId.length}`,
    instrumentId,
    instrumentVersion: 1,
    date,
    startedAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:05:00.000Z`,
    answers: {},
    status: total === null ? 'incomplete' : 'complete',
    total,
    bandId,
    missingItemIds: [],
    flags: [],
    flagsSeen: [],
    ...extra,
  };
}
