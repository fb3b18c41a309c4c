import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, requestSchemas, type Method } from '../../../common/api';
import { errorCodes } from '../../../common/result';
import { createService, type Service } from '../../../core/service';
import { allFiles, removeDir, tempDir, testKdf } from './storeHelpers';

const root = join(import.meta.dirname, '../../..');
const REQUESTS = 10_000;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const nasty: unknown[] = [
  '../../etc/passwd',
  '..',
  '/tmp/evil',
  'C:\\Windows\\system32',
  'a\u0000b',
  '%2e%2e%2f',
  'x'.repeat(100_000),
  '',
  ' ',
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  'constructor',
  '\u202e\u200b',
  [1, 2, 3],
  { toString: 'x' },
];

function malformed(rand: () => number, method: Method): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const shape = Object.keys((requestSchemas[method] as unknown as { shape: Record<string, unknown> }).shape);
  const base: Record<string, unknown> = Object.fromEntries(shape.map((k) => [k, pick(nasty)]));
  switch (Math.floor(rand() * 5)) {
    case 0:
      return pick(['a string', 42, true, [base], ['x']]);
    case 1:
      return { ...base, [pick(['extra', '__proto__', 'constructor', 'path', 'dataDir'])]: pick(nasty) };
    case 2: {
      const drop = pick(shape);
      return Object.fromEntries(Object.entries(base).filter(([k]) => k !== drop));
    }
    default:
      return base;
  }
}

let work: string;
let service: Service;
beforeAll(async () => {
  work = await tempDir('fuzz');
  service = createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: join(root, 'tests/fixtures/lessons-ok'), label: 'fixtures' }],
    resourcesDir: join(root, 'resources'),
    store: { kdf: testKdf, defaultProfile: true },
    adapters: {
      host: 'browser',
      version: '0.0.0-fuzz',
      renderPdf: async () => new Uint8Array(),
      chooseSavePath: async (name) => join(work, 'data', 'exports', name),
      print: async () => ({ status: 'cancelled' }),
    },
  });
  // A real profile and answer, so handlers have something to reach for.
  await service.dispatch('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'level', value: 3 });
});
afterAll(() => removeDir(work));

describe('API fuzz', () => {
  it(`rejects ${REQUESTS} malformed requests with typed errors, without crashing or writing outside the data folder`, async () => {
    const rand = random(20_260_501);
    const outsideBefore = (await allFiles(work)).filter((f) => !f.startsWith('data/') && !f.startsWith('cache/'));
    const fixturesBefore = await allFiles(join(root, 'tests/fixtures'));
    const codes = new Map<string, number>();
    let sent = 0;
    while (sent < REQUESTS) {
      const batch: Promise<void>[] = [];
      for (let i = 0; i < 50 && sent < REQUESTS; i += 1) {
        const unknown = rand() < 0.1;
        const method = unknown
          ? (['__proto__', 'constructor', 'toString', '../saveAnswer', 'saveAnswer ', 'SAVEANSWER', ''][
              Math.floor(rand() * 7)
            ] ?? '')
          : (methods[Math.floor(rand() * methods.length)] as Method);
        let payload = unknown ? {} : malformed(rand, method as Method);
        // Only requests the schema rejects count: regenerate the rare one that happens to be valid.
        while (!unknown && requestSchemas[method as Method].safeParse(payload ?? {}).success) {
          payload = malformed(rand, method as Method);
        }
        sent += 1;
        batch.push(
          service.dispatch(method, payload).then((result) => {
            expect(result.ok, `${method} ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(false);
            if (!result.ok) {
              expect(errorCodes).toContain(result.error.code);
              expect(typeof result.error.message).toBe('string');
              codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
            }
          }),
        );
      }
      await Promise.all(batch);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const outsideAfter = (await allFiles(work)).filter((f) => !f.startsWith('data/') && !f.startsWith('cache/'));
    expect(outsideAfter).toEqual(outsideBefore);
    expect(await allFiles(join(root, 'tests/fixtures'))).toEqual(fixturesBefore);
    // The service still works after all that.
    expect(await service.dispatch('loadAnswers', { lessonId: 'sample-lesson' })).toMatchObject({
      ok: true,
      value: { answers: { level: { value: 3 } } },
    });
    console.log(`fuzz: ${sent} malformed requests, all rejected: ${JSON.stringify(Object.fromEntries(codes))}`);
  }, 120_000);
});
