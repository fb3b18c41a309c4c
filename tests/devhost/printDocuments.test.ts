import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDevHost, type DevHost } from '../../devhost/server';

/**
 * A filled worksheet waiting at /print/<token> holds a person's answers. The
 * browser host serves it once, and drops every one when a profile locks or
 * another profile opens, so the next person at the computer cannot fetch it.
 */

const root = join(import.meta.dirname, '../..');
const answer = 'my sister calling at night';
let work: string;
let host: DevHost;

async function call(method: string, payload: object): Promise<{ ok: boolean; value: unknown }> {
  const response = await fetch(`${host.url}api/${method}`, { method: 'POST', body: JSON.stringify(payload) });
  return (await response.json()) as { ok: boolean; value: unknown };
}

/** Prints the filled sample worksheet and answers the URL of its print document. */
async function printFilled(): Promise<string> {
  const result = await call('printWorksheet', { lessonId: 'sample-lesson', filled: true, paper: 'letter' });
  expect(result).toMatchObject({ ok: true, value: { status: 'opened' } });
  return new URL((result.value as { url: string }).url, host.url).href;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-devhost-print-'));
  host = await startDevHost({
    port: 0,
    dataDir: join(work, 'data'),
    lessonDirs: [join(root, 'tests/fixtures/lessons-ok')],
    exportDir: join(work, 'exports'),
    cacheDir: join(work, 'cache'),
    rendererDir: join(work, 'renderer'),
    resourcesDir: join(root, 'resources'),
    version: '0.0.0-test',
    defaultProfile: true,
  });
  expect(await call('saveAnswer', { lessonId: 'sample-lesson', exerciseId: 'name-it', value: answer })).toMatchObject({
    ok: true,
  });
});
afterEach(async () => {
  await host.close();
  await rm(work, { recursive: true, force: true });
});

describe('print documents in the browser host', () => {
  it('serves a filled worksheet once, then never again', async () => {
    const url = await printFilled();
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain(answer);
    expect((await fetch(url)).status).toBe(404);
  });

  it('drops every waiting worksheet when the profile locks', async () => {
    const urls = [await printFilled(), await printFilled()];
    expect(await call('lockProfile', { leave: false })).toMatchObject({ ok: true });
    for (const url of urls) expect((await fetch(url)).status).toBe(404);
  });

  it('drops every waiting worksheet when another profile opens', async () => {
    const url = await printFilled();
    expect(await call('createProfile', { name: 'Next person', passcode: null })).toMatchObject({ ok: true });
    expect((await fetch(url)).status).toBe(404);
  });
});
