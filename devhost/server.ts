import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { PaperSize } from '../common/api';
import { fail } from '../common/result';
import { printCsp, securityHeaders } from '../core/security/csp';
import { Clinic } from '../core/clinic/clinic';
import { clinicLocationFor, type ClinicLocation } from '../core/clinic/clinicLocations';
import { loadClinicConfig } from '../core/clinic/loadClinicConfig';
import { readRegularFile } from '../core/security/readRegularFile';
import { createService, type Service } from '../core/service';
import { splitPage, startAnswers, startBlock } from '../core/startPage';
import { ChromiumPdf } from './chromiumPdf';

/** The repository, whose compiler sources tell whether out/lessons is older than them. */
const root = resolve(import.meta.dirname, '..');

/**
 * The development host: the built renderer and the same API the preload exposes,
 * served over HTTP on 127.0.0.1 against real files, so the app can be used and
 * tested in Chromium where Electron cannot run. Not part of the packaged app.
 */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const MAX_BODY_BYTES = 1024 * 1024;
/** The built index.html is under a kilobyte; anything near this is not it. */
const MAX_PAGE_BYTES = 256 * 1024;
/** How long a print document waits to be fetched before it is dropped. */
const PRINT_DOC_MS = 60_000;

export interface DevHostOptions {
  port: number;
  dataDir: string;
  lessonDirs: string[];
  exportDir: string;
  cacheDir: string;
  /** The core lessons compiled by `npm run build` (out/lessons); omitted: every lesson is compiled here. */
  prebuiltDir?: string;
  /**
   * Where the compiler's sources are, to tell a build older than them (the default: this checkout);
   * null trusts the build as a packaged app does, for the benchmark, which checks it once beforehand.
   */
  prebuiltSourceRoot?: string | null;
  rendererDir: string;
  resourcesDir: string;
  /** curriculum/program.json; omitted in tests that use other lessons. */
  programFile?: string;
  /** Clinic configuration files and lesson folders; none: no clinic settings. */
  clinicLocations?: ClinicLocation[];
  version: string;
  /** Make a profile named "Me" in an empty data folder (AnswerStoreOptions.defaultProfile); tests that are not about the first run. */
  defaultProfile?: boolean;
}

export interface DevHost {
  url: string;
  service: Service;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headers = securityHeaders,
): void {
  res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A file under `base`, or null when the path would leave it. */
function within(base: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = normalize(join(base, decoded));
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** How a lesson folder is named in messages: relative to the project when inside it. */
function labelFor(dir: string): string {
  const fromRoot = relative(process.cwd(), dir).split(sep).join('/');
  return fromRoot.startsWith('..') || fromRoot === '' ? dir : fromRoot;
}

/**
 * The host's clinic files: a given file in the machine-wide slot (tests never touch
 * the real machine-wide location), and the per-user file and lessons in the data folder.
 */
export function devhostClinicLocations(
  dataDir: string,
  machineFile?: string,
  machineLessons?: string,
): ClinicLocation[] {
  const user = clinicLocationFor('user', join(dataDir, 'clinic.json'));
  if (machineFile === undefined) return [user];
  return [
    clinicLocationFor('machine', resolve(machineFile), machineLessons ? resolve(machineLessons) : undefined),
    user,
  ];
}

export async function startDevHost(options: DevHostOptions): Promise<DevHost> {
  await mkdir(options.exportDir, { recursive: true });
  const pdf = new ChromiumPdf();
  const printDocs = new Map<string, string>();
  let exportCount = 0;
  const clinic = new Clinic(await loadClinicConfig(options.clinicLocations ?? []));
  const service = createService({
    dataDir: options.dataDir,
    cacheDir: options.cacheDir,
    // The browser host runs from the sources, so a build older than them is noticed and not used.
    ...(options.prebuiltDir === undefined
      ? {}
      : {
          prebuilt: {
            dir: options.prebuiltDir,
            sourceRoot: options.prebuiltSourceRoot === undefined ? root : options.prebuiltSourceRoot,
          },
        }),
    lessonRoots: options.lessonDirs.map((dir) => ({ dir, label: labelFor(dir) })),
    resourcesDir: options.resourcesDir,
    programFile: options.programFile,
    clinic,
    // Tests shorten how long an answer must stand before a change keeps it in its history.
    store: {
      defaultProfile: options.defaultProfile ?? false,
      ...(process.env.GROUNDWORK_HISTORY_GAP_MS ? { historyGapMs: Number(process.env.GROUNDWORK_HISTORY_GAP_MS) } : {}),
    },
    adapters: {
      host: 'browser',
      version: options.version,
      renderPdf: (html: string, paper: PaperSize) => pdf.render(html, paper),
      // The browser host has no save dialog: files go to its export folder.
      chooseSavePath: async (name: string) =>
        join(options.exportDir, `${String(++exportCount).padStart(3, '0')}-${name}`),
      print: async (html: string) => {
        const token = randomBytes(16).toString('hex');
        printDocs.set(token, html);
        // The page fetches it at once; one never fetched is not kept either.
        setTimeout(() => printDocs.delete(token), PRINT_DOC_MS).unref();
        return { status: 'opened', url: `/print/${token}` };
      },
    },
  });
  // A filled worksheet holds a person's answers: it goes when their profile locks or another opens.
  service.store.onProfileChange(() => printDocs.clear());
  const rendererDir = resolve(options.rendererDir);
  let allowedHosts: Set<string> = new Set();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('devhost:', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine's own pages may talk to the host (guards against DNS rebinding and other sites).
    const origin = req.headers.origin;
    if (
      !allowedHosts.has(req.headers.host ?? '') ||
      (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))
    ) {
      send(res, 403, 'Forbidden', 'text/plain');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, JSON.stringify(fail('invalid-request', 'Use POST for API calls.')), 'application/json');
        return;
      }
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req));
      } catch {
        send(
          res,
          400,
          JSON.stringify(fail('invalid-request', 'The request body was not valid JSON.')),
          'application/json',
        );
        return;
      }
      const result = await service.dispatch(url.pathname.slice('/api/'.length), payload);
      send(res, 200, JSON.stringify(result), 'application/json');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', 'text/plain');
      return;
    }
    const print = /^\/print\/([0-9a-f]{32})$/.exec(url.pathname);
    if (print) {
      const token = print[1] ?? '';
      const html = printDocs.get(token);
      // Served once: a second fetch (another tab, a reload, someone after the person left) finds nothing.
      if (req.method === 'GET') printDocs.delete(token);
      if (html === undefined) send(res, 404, 'Not found', 'text/plain');
      else
        send(res, 200, html, 'text/html; charset=utf-8', { ...securityHeaders, 'Content-Security-Policy': printCsp });
      return;
    }
    const lesson = /^\/lessons\/([0-9a-f]{32})\.mjs$/.exec(url.pathname);
    const file = lesson
      ? service.curriculum.cache.modulePath(lesson[1] ?? '')
      : within(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (file === null) {
      send(res, 404, 'Not found', 'text/plain');
      return;
    }
    if (file === join(rendererDir, 'index.html') && req.method === 'GET') {
      await sendStartPage(file, req, res);
      return;
    }
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) {
      send(res, 404, 'Not found', 'text/plain');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  /**
   * The app's page with the first screen's answers in it (core/startPage.ts): the
   * head goes out at once so the browser fetches scripts and styles while the
   * lessons are read, then the answers and the rest.
   */
  async function sendStartPage(file: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const html = (await readRegularFile(file, { maxBytes: MAX_PAGE_BYTES })).toString('utf8');
    const parts = splitPage(html);
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/html; charset=utf-8',
      // It holds the profiles' names and the open profile's progress: never kept by the browser.
      'Cache-Control': 'no-store',
    });
    if (parts === null) {
      res.end(html);
      return;
    }
    res.write(parts.before);
    const answers = await startAnswers((method, payload) => service.dispatch(method, payload));
    res.end(startBlock(answers, req.headers['accept-language']) + parts.after);
  }

  await new Promise<void>((resolveListen) => server.listen(options.port, '127.0.0.1', resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    service,
    async close() {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Browsers keep connections open; give requests in flight a moment, then end them.
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), 2_000);
      await closed;
      clearTimeout(force);
      await service.flush();
      await pdf.close();
    },
  };
}
