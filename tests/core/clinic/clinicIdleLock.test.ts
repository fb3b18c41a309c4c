import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Clinic } from '../../../core/clinic/clinic';
import { createService, type Service } from '../../../core/service';
import { removeDir, tempDir, testKdf } from '../store/storeHelpers';

const root = join(import.meta.dirname, '../../..');
let work: string;
let service: Service;

function start(idleLockMinutes: number | undefined): void {
  const clinic = new Clinic({
    settings: idleLockMinutes === undefined ? {} : { idleLockMinutes },
    origin: {},
    logo: null,
    sources: [],
    locations: [],
    problems: [],
  });
  service = createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    store: { kdf: testKdf, defaultProfile: true },
    clinic,
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
      print: async () => ({ status: 'cancelled' }),
    },
  });
}

beforeEach(async () => {
  work = await tempDir('clinic-idle');
});
afterEach(async () => {
  await service.store.close();
  await removeDir(work);
});

describe("a clinic's idle-lock minutes", () => {
  it.each([
    [25, 25],
    [undefined, 10],
  ])('with the clinic setting %s, a new profile locks after %s idle minutes', async (setting, expected) => {
    start(setting);
    const result = await service.dispatch('createProfile', { name: 'Ana', passcode: null });
    expect(result.ok).toBe(true);
    const profiles = JSON.stringify(result.ok ? result.value : null);
    expect(profiles).toContain(`"name":"Ana"`);
    expect(profiles).toMatch(
      new RegExp(`"name":"Ana"[^}]*"lockAfterMinutes":${expected}|"lockAfterMinutes":${expected}[^}]*"name":"Ana"`),
    );
  });
});
