import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseRef } from '../../../common/exercises';
import { AnswerStore } from '../../../core/store/answerStore';
import { timeouts } from '../../timeouts';
import { removeDir, tempDir } from './storeHelpers';

const root = resolve(import.meta.dirname, '../../..');
// Bundled once so each start of the child takes tens of milliseconds, not a TypeScript compile. Named for this run:
// node_modules may be shared by several checkouts, and another one's child must never stand in for this one's.
const childScript = join(root, 'node_modules', '.cache', `groundwork-kill-child-${process.pid}.mjs`);
const KILLS = Number(process.env.GROUNDWORK_KILLS ?? 200);

// Two independent lanes (own data folder, own child) share the kills, to use both cores.
const LANES = 2;
const dataDirs: string[] = [];
beforeAll(async () => {
  for (let lane = 0; lane < LANES; lane += 1) dataDirs.push(await tempDir('kill'));
  buildSync({
    entryPoints: [join(import.meta.dirname, 'killChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
});
afterAll(() => Promise.all([...dataDirs.map(removeDir), rm(childScript, { force: true })]));

/** Runs the child until it has acknowledged at least one save, waits a random moment, and kills it. */
function runAndKill(dataDir: string, first: number): Promise<{ acks: string[]; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 60);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`child ended without being killed: ${err}`));
      // Only whole lines count: a line cut by the kill was not an acknowledgement the parent could see.
      else done({ acks: out.split('\n').slice(0, -1), signal });
    });
  });
}

describe('kill test', () => {
  it(
    `every acknowledged save survives ${KILLS} SIGKILLs at random moments`,
    async () => {
      let acknowledged = 0;
      let aheadOfAck = 0;
      const exercises: ExerciseRef[] = [0, 1, 2, 3].map((i) => ({ id: `ex-${i}`, type: 'long-text', label: 'Answer' }));
      const lane = async (dataDir: string, kills: number): Promise<void> => {
        const lastAck = new Map<string, number>();
        for (let kill = 0; kill < kills; kill += 1) {
          const first = kill * 1_000_000;
          const { acks } = await runAndKill(dataDir, first);
          for (const line of acks) {
            const [lesson, exercise, n] = line.split(' ');
            lastAck.set(`${lesson} ${exercise}`, Number(n));
          }
          acknowledged += acks.length;
          // Load as the app would after the crash, and check every acknowledged save is there.
          const store = new AnswerStore(dataDir, { defaultProfile: true });
          for (let l = 0; l < 3; l += 1) {
            const loaded = await store.load('default', `lesson-${l}`, exercises);
            for (const ex of exercises) {
              const expected = lastAck.get(`lesson-${l} ${ex.id}`);
              if (expected === undefined) continue;
              const value = String(loaded.answers[ex.id]?.value ?? '');
              const saved = Number(/^v(\d+)/.exec(value)?.[1] ?? -1);
              // A save may reach the disk just before its acknowledgement is printed: newer is fine, older is loss.
              expect(saved, `lesson-${l} ${ex.id} after kill ${kill + 1}`).toBeGreaterThanOrEqual(expected);
              expect(saved).toBeLessThan(first + 1_000_000);
              if (saved > expected) aheadOfAck += 1;
            }
            expect(loaded.setAside).toEqual([]);
          }
          expect(store.notices.filter((n) => n.kind === 'recovered')).toEqual([]);
          await store.close();
        }
      };
      await Promise.all(dataDirs.map((dir) => lane(dir, Math.ceil(KILLS / LANES))));
      console.log(
        `kill test: ${KILLS} kills, ${acknowledged} acknowledged saves, every one present after each kill; ` +
          `${aheadOfAck} times a save newer than the last acknowledgement was also on disk`,
      );
      expect(acknowledged).toBeGreaterThan(KILLS);
    },
    timeouts.killTest(KILLS),
  );
});
