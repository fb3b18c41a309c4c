import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShareRecord } from '../../../common/shareApi';
import { shareLog } from '../../../core/fhir/shareLog';
import { collectBundle, importBundle, openBundle, sealBundle } from '../../../core/profiles/portable';
import { storedFixture } from '../store/storedFixtures';
import { newStore, removeDir, tempDir, testKdf } from '../store/storeHelpers';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDir('share-log');
});
afterEach(() => removeDir(dataDir));

const sent = (sentAt: string, status: ShareRecord['status']): ShareRecord => ({
  sentAt,
  from: '2026-11-01',
  to: '2026-11-30',
  server: 'https://fhir.clinic.example/r4',
  counts: { QuestionnaireResponse: 1, Observation: 6 },
  status,
  reasons: status === 'unreachable' ? ['connect ECONNREFUSED'] : [],
});

describe('the record of sends in a portable backup', () => {
  it('goes with the profile’s backup file and comes back in the imported profile', async () => {
    const store = newStore(dataDir);
    const log = shareLog(store, () => Promise.resolve('default'));
    const records = [sent('2026-12-01T10:00:00.000Z', 'sent'), sent('2026-12-02T10:00:00.000Z', 'unreachable')];
    for (const record of records) await log.append(record);
    const profile = (await store.profiles.list())[0];
    if (profile === undefined) throw new Error('no default profile');
    const bytes = await sealBundle(await collectBundle(await store.session('default'), profile), 'pass 1', testKdf);

    const imported = await importBundle(store.profiles, await openBundle(bytes, 'pass 1'), 'Imported', 'pass 1');
    await store.unlock(imported.id, 'pass 1');
    expect(await shareLog(store, () => Promise.resolve(imported.id)).list()).toEqual(records);
    await store.close();
  });

  it('is left out while nothing was sent, and the imported profile starts with an empty record', async () => {
    const store = newStore(dataDir);
    const session = await store.session('default');
    const profile = (await store.profiles.list())[0];
    if (profile === undefined) throw new Error('no default profile');
    const bundle = await collectBundle(session, profile);
    expect(bundle.shares).toBeNull();
    const imported = await importBundle(store.profiles, bundle, 'Imported', 'pass 1');
    await store.unlock(imported.id, 'pass 1');
    expect(await shareLog(store, () => Promise.resolve(imported.id)).list()).toEqual([]);
    await store.close();
  });

  it('made before the record joined backups (a version-4 backup file) opens with none, and imports', async () => {
    const fixture = await storedFixture('v4');
    const bundle = await openBundle(await readFile(join(fixture.dir, 'backup.gwbackup')), fixture.passcode);
    expect(bundle).toMatchObject({ schemaVersion: 5, shares: null });
    expect(bundle.lessons.map((l) => l.lessonId).sort()).toEqual(['every-exercise', 'every-exercise-history']);
    const store = newStore(dataDir);
    await mkdir(join(dataDir, 'profiles'), { recursive: true });
    const profile = await importBundle(store.profiles, bundle, 'Imported', 'new passcode 1');
    await store.unlock(profile.id, 'new passcode 1');
    expect(await shareLog(store, () => Promise.resolve(profile.id)).list()).toEqual([]);
    await store.close();
  });
});
