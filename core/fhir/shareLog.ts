import { join } from 'node:path';
import { z } from 'zod';
import { createI18n } from '../../common/i18n/createI18n';
import type { ShareRecord } from '../../common/shareApi';
import { CheckinFiles } from '../store/checkinFiles';
import type { AnswerStore } from '../store/answerStore';
import { writeSealedFile } from '../store/checkinBundle';
import type { ProfileSession } from '../store/profileSession';
import { defineStoredFile } from '../store/upgrade';

const { t } = createI18n();

/** Version of a profile's record of sends (`shares.gw`). */
export const SHARE_LOG_VERSION = 1;
/** Sends kept: years of weekly sends, still a small file. */
const MAX_SHARES = 2000;

const shareRecordSchema = z.object({
  sentAt: z.string().max(40),
  from: z.string().max(10),
  to: z.string().max(10),
  server: z.string().max(500),
  counts: z.record(z.string().max(40), z.number().int().min(0)),
  status: z.enum(['sent', 'refused', 'unreachable']),
  reasons: z.array(z.string().max(2000)).max(50),
});

const shareLogSchema = z.object({
  schemaVersion: z.literal(SHARE_LOG_VERSION),
  shares: z.array(shareRecordSchema).max(MAX_SHARES),
});
/** A profile's record of sends, as stored. */
export type ShareLogFile = z.infer<typeof shareLogSchema>;

/**
 * A profile's record of what it sent to the clinic's FHIR server and when:
 * encrypted with its answers, written durably, recovered from backup like them
 * (core/store/profileSession.ts), upgraded step by step (core/store/upgrade.ts).
 */
export const shareLogType = defineStoredFile({
  name: 'share-log',
  version: SHARE_LOG_VERSION,
  oldest: 1,
  schema: shareLogSchema,
  steps: [],
});

const emptyLog = (): ShareLogFile => ({ schemaVersion: SHARE_LOG_VERSION, shares: [] });

/** Where a profile folder keeps its record of sends. */
const shareLogSpec = (dir: string) => ({ path: join(dir, 'shares.gw'), label: 'shares', type: shareLogType });

/** The record of sends of an unlocked profile, opened (and recovered from backup if need be) once per session. */
function openShareLog(session: ProfileSession) {
  const backups = join(session.dir, 'backups', 'shares');
  return session.file(shareLogSpec(session.dir), backups, t('fhir.share.recordName'), emptyLog);
}

/** The record of sends for a portable backup (core/profiles/portable.ts), or null when nothing was ever sent. */
export async function collectShareLog(session: ProfileSession): Promise<ShareLogFile | null> {
  const { data } = await openShareLog(session);
  return data.shares.length === 0 ? null : data;
}

/** Writes the record of sends into a profile folder being imported, encrypted under its key. */
export async function writeShareLog(dir: string, key: Buffer, log: ShareLogFile | null): Promise<void> {
  if (log !== null) await writeSealedFile(key, shareLogSpec(dir), log);
}

/** The record of sends of the open profile, read and appended one change at a time. */
export function shareLog(store: AnswerStore, activeProfileId: () => Promise<string>) {
  const files = new CheckinFiles(store);
  const open = async (profileId: string) => {
    const session = await store.session(profileId);
    return { session, db: await openShareLog(session) };
  };
  return {
    async append(record: ShareRecord): Promise<void> {
      const profileId = await activeProfileId();
      await files.change(profileId, 'shares', async () => {
        const { session, db } = await open(profileId);
        db.data.shares = [...db.data.shares, record].slice(-MAX_SHARES);
        await session.persist(db);
      });
    },
    async list(): Promise<ShareRecord[]> {
      const { db } = await open(await activeProfileId());
      return db.data.shares;
    },
  };
}
