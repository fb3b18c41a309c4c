import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { timeouts } from '../timeouts';

import { hostBundle, root } from './hostBundle';

export { root };
/** Compiled lessons are shared between tests, which also exercises the content-hash cache. */
const sharedCache = join(tmpdir(), 'groundwork-test-cache');

export interface Host {
  url: string;
  dataDir: string;
  exportDir: string;
  /** Stops the host (flushing saves) and starts it again on the same data. */
  restart(): Promise<void>;
}

async function launch(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  // The host as globalSetup.ts bundled it from today's sources at the start of the run.
  const child = spawn(process.execPath, [hostBundle, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), timeouts.hostStart);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /browser host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

interface Fixtures {
  lessonDirs: string[];
  /** More command-line options for the host, such as --clinic-config <file>. */
  hostArgs: string[];
  /** False starts on the first-run welcome; otherwise an empty data folder gets a profile named "Me" (id "default"). */
  defaultProfile: boolean;
  host: Host;
  /** Requests the page made to any origin but the host's own. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  lessonDirs: [[join(root, 'curriculum/lessons')], { option: true }],
  hostArgs: [[], { option: true }],
  defaultProfile: [true, { option: true }],
  host: async ({ lessonDirs, hostArgs, defaultProfile }, use, testInfo) => {
    // Starting the host counts against the test's own time: give the test that much more.
    testInfo.setTimeout(testInfo.timeout + timeouts.hostStart);
    const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'));
    const exportDir = join(dataDir, 'exports');
    const args = ['--port', '0', '--data', dataDir, '--exports', exportDir, '--cache', sharedCache];
    for (const dir of lessonDirs) args.push('--lessons', dir);
    if (defaultProfile) args.push('--default-profile');
    args.push(...hostArgs);
    let running = await launch(args);
    const host: Host = {
      get url() {
        return running.url;
      },
      dataDir,
      exportDir,
      async restart() {
        await stop(running.child);
        running = await launch(args);
      },
    };
    await use(host);
    await stop(running.child);
    await rm(dataDir, { recursive: true, force: true });
  },
  foreignRequests: [
    async ({ page, host }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(new URL(host.url).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreign.push(url);
        }
      });
      await use(foreign);
      expect(foreign, 'the app must make no request to any other origin').toEqual([]);
    },
    // Every test checks that the app stayed on its own origin.
    { auto: true },
  ],
  // Depends on the host so the host outlives the page: the page is closed (as a person closes the
  // app) before the host stops, and a background request cannot meet a stopped host.
  page: async ({ page, host: _host }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(page);
    await page.close({ runBeforeUnload: true });
    expect(problems, 'no console errors or page errors').toEqual([]);
  },
});

export { expect };

/** Runs axe with the WCAG 2.1 A and AA rules; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
