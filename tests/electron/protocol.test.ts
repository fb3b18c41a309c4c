import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LessonCache } from '../../core/curriculum/lessonCache';
import { appCsp, printCsp } from '../../core/security/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  handleAppRequest,
  isAppUrl,
  PrintDocuments,
  registerAppScheme,
  resolveAppRequest,
  setupProtocol,
  type AppRequestDeps,
} from '../../electron/protocol';

const hash = '0123456789abcdef0123456789abcdef';
let root: string;
let deps: AppRequestDeps;
let printDocuments: PrintDocuments;

beforeAll(async () => {
  // A real folder: the renderer beside a secret file the app must never serve.
  root = await mkdtemp(join(tmpdir(), 'groundwork-protocol-'));
  const rendererDir = join(root, 'renderer');
  const cacheDir = join(root, 'cache');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Groundwork</title>');
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'export const app = 1;');
  await writeFile(join(rendererDir, 'assets', 'index.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'secret.txt'), 'SECRET');
  await writeFile(join(cacheDir, `${hash}.mjs`), 'export default function Lesson() {}');
  await writeFile(join(cacheDir, `${hash}.json`), '{}');
  const cache = new LessonCache(cacheDir);
  printDocuments = new PrintDocuments();
  deps = { rendererDir, lessonModulePath: (h) => cache.modulePath(h), printDocuments };
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handleAppRequest(new Request(url, { method }), deps);

describe('app scheme registration', () => {
  it('registers app: as standard and secure, with fetch and streams, without CORS', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
      },
    ]);
  });

  it('wires protocol.handle to the same request logic', async () => {
    setupProtocol(deps);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://groundwork/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(appCsp);
  });
});

describe('serving the renderer', () => {
  it('serves index.html for / and for any path without an extension', async () => {
    for (const url of ['app://groundwork/', 'app://groundwork/lesson/anger', 'app://groundwork/etc/passwd']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Groundwork</title>');
    }
  });

  it('serves assets with their content types', async () => {
    const expected: Record<string, string> = {
      'assets/index.js': 'text/javascript; charset=utf-8',
      'assets/index.css': 'text/css; charset=utf-8',
      'assets/font.woff2': 'font/woff2',
      'assets/logo.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await get(`app://groundwork/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toBe(type);
    }
    expect(await (await get('app://groundwork/assets/index.js')).text()).toBe('export const app = 1;');
  });

  it('answers 404 for a missing file and 405 for methods other than GET and HEAD', async () => {
    expect((await get('app://groundwork/assets/missing.js')).status).toBe(404);
    expect((await get('app://groundwork/', 'POST')).status).toBe(405);
    const head = await get('app://groundwork/assets/index.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('security headers', () => {
  const urls = [
    'app://groundwork/',
    'app://groundwork/assets/index.js',
    'app://groundwork/assets/missing.js',
    `app://groundwork/lessons/${hash}.mjs`,
    'app://groundwork/lessons/nothex.mjs',
    'app://other/',
    'app://groundwork/../secret.txt',
  ];

  it('sends the app CSP, without unsafe-eval or unsafe-inline, on every response of the app', async () => {
    for (const url of urls) {
      const response = await get(url);
      const csp = response.headers.get('Content-Security-Policy');
      expect(csp, url).toBe(appCsp);
      expect(csp, url).not.toContain('unsafe-eval');
      expect(csp, url).not.toContain('unsafe-inline');
      expect(response.headers.get('X-Content-Type-Options'), url).toBe('nosniff');
    }
    const refused = await get('app://groundwork/', 'POST');
    expect(refused.headers.get('Content-Security-Policy')).toBe(appCsp);
  });
});

describe('path traversal', () => {
  const attempts = [
    'app://groundwork/../secret.txt',
    'app://groundwork/../../etc/passwd',
    'app://groundwork/assets/../../secret.txt',
    'app://groundwork/%2e%2e/secret.txt',
    'app://groundwork/%2E%2E/%2e%2e/etc/passwd',
    'app://groundwork/assets/..%2f..%2fsecret.txt',
    'app://groundwork/assets%2f..%2f..%2fsecret.txt',
    'app://groundwork/assets/%5c..%5c..%5csecret.txt',
    'app://groundwork/assets/..%5csecret.txt',
    'app://groundwork/assets\\..\\..\\secret.txt',
    'app://groundwork/assets/%00.js',
    'app://groundwork/assets/%E0%A4%A.js',
    'app://groundwork/lessons/..%2f..%2fsecret.mjs',
    'app://groundwork/lessons/..%2fcache%2f0123456789abcdef0123456789abcdef.mjs',
  ];

  it('refuses every attempt with a 404, even before URL normalization', () => {
    for (const url of attempts) expect(resolveAppRequest(url, 'GET', deps).status, url).toBe(404);
  });

  it('never returns a file outside the renderer through a real request', async () => {
    // Request (like Chromium) folds plain `..` away before the handler sees it, so
    // some of these arrive as harmless paths inside the renderer folder.
    for (const url of attempts) {
      const response = await get(url);
      const body = await response.text();
      expect(body, url).not.toContain('SECRET');
      if (response.status !== 404) expect(body, url).toContain('<title>Groundwork</title>');
    }
  });
});

describe('hosts', () => {
  it('refuses other hosts, ports, user info and schemes', async () => {
    for (const url of [
      'app://other/',
      'app://groundwork.evil/',
      'app://evil.groundwork/index.html',
      'app://groundwork:8080/',
      'app://user@groundwork/',
      'https://groundwork/',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppRequest(url, 'GET', deps).status, url).toBe(404);
    }
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://groundwork/#/lesson/anger')).toBe(true);
    expect(isAppUrl('app://groundwork.evil/')).toBe(false);
    expect(isAppUrl('https://groundwork/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('lesson modules', () => {
  it('serves a compiled lesson from the cache as JavaScript', async () => {
    const response = await get(`app://groundwork/lessons/${hash}.mjs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toContain('export default function Lesson');
  });

  it('answers 404 for a malformed hash, an unknown hash and the cache metadata', async () => {
    expect((await get('app://groundwork/lessons/NOT-A-HASH.mjs')).status).toBe(404);
    expect((await get(`app://groundwork/lessons/${'f'.repeat(32)}.mjs`)).status).toBe(404);
    expect((await get(`app://groundwork/lessons/${hash}.json`)).status).toBe(404);
  });
});

describe('print documents', () => {
  it('hands a document out once: a second fetch finds nothing', async () => {
    const token = printDocuments.add('<p>my answer</p>');
    expect((await get(PrintDocuments.url(token))).status).toBe(200);
    expect((await get(PrintDocuments.url(token))).status).toBe(404);
  });

  it('drops every document at once when asked (a profile locked)', async () => {
    const tokens = [printDocuments.add('a'), printDocuments.add('b')];
    printDocuments.clear();
    for (const token of tokens) expect((await get(PrintDocuments.url(token))).status).toBe(404);
  });

  it('serves a registered document once under the print CSP, and 404 after removal', async () => {
    const token = printDocuments.add('<!doctype html><title>Worksheet</title>');
    expect(PrintDocuments.url(token)).toBe(`app://groundwork/print/${token}`);
    const response = await get(PrintDocuments.url(token));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(printCsp);
    expect(response.headers.get('Content-Security-Policy')).not.toContain('script-src');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.text()).toContain('Worksheet');
    printDocuments.remove(token);
    expect((await get(PrintDocuments.url(token))).status).toBe(404);
  });

  it('answers 404 for an unknown or malformed token', async () => {
    expect((await get(`app://groundwork/print/${'a'.repeat(32)}`)).status).toBe(404);
    expect((await get('app://groundwork/print/../secret.txt')).status).toBe(404);
  });

  it('makes tokens that cannot be guessed from each other', () => {
    const a = printDocuments.add('a');
    const b = printDocuments.add('b');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });
});

describe('the app page with its first screen', () => {
  it('sends the head at once and the root from pageRoot after it, never cached; HEAD and other files are untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-protocol-page-'));
    try {
      await writeFile(
        join(dir, 'index.html'),
        '<!doctype html><head><script type="module" src="./a.js"></script></head><body><div id="root"></div></body>',
      );
      let release: (root: string) => void = () => undefined;
      const pageRoot = vi.fn(
        (language: string | null) => new Promise<string>((done) => (release = (root) => done(`${root}:${language}`))),
      );
      const pageDeps = { ...deps, rendererDir: dir, pageRoot };
      const response = await handleAppRequest(
        new Request('app://groundwork/', { headers: { 'Accept-Language': 'es-MX' } }),
        pageDeps,
      );
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Security-Policy')).toBe(appCsp);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const head = new TextDecoder().decode((await reader.read()).value);
      // The scripts can be fetched while the first screen's answers are still being read.
      expect(head).toBe('<!doctype html><head><script type="module" src="./a.js"></script></head><body>');
      release('<div id="root">list</div>');
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        rest += new TextDecoder().decode(chunk.value);
      }
      expect(rest).toBe('<div id="root">list</div>:es-MX</body>');

      const headOnly = await handleAppRequest(new Request('app://groundwork/', { method: 'HEAD' }), pageDeps);
      expect(await headOnly.text()).toBe('');
      expect(pageRoot).toHaveBeenCalledTimes(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('still serves the app when the first screen cannot be read: the app then asks for it itself', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'groundwork-protocol-page-'));
    try {
      await writeFile(join(dir, 'index.html'), '<body><div id="root"></div></body>');
      const response = await handleAppRequest(new Request('app://groundwork/'), {
        ...deps,
        rendererDir: dir,
        pageRoot: () => Promise.reject(new Error('store locked by another copy')),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<body><div id="root"></div></body>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
