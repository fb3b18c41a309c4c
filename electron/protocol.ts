import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { printCsp, securityHeaders } from '../core/security/csp';
import { ROOT, splitPage } from '../core/pageSplit';

/**
 * The app's own origin, `app://groundwork`. The renderer, compiled lessons and
 * print documents are all served from it, so the CSP can say `'self'` and mean
 * "only what ships with the app".
 */
export const appScheme = 'app';
export const appHost = 'groundwork';
export const appHomeUrl = `${appScheme}://${appHost}/`;

/** True for a well-formed URL of the app's own origin (no port, no user info). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
  );
}

/**
 * Print-ready documents waiting for the hidden print window, by one-time token.
 * They live only in memory: a worksheet with answers is never written to disk
 * unless the person saves the PDF.
 */
export class PrintDocuments {
  private readonly documents = new Map<string, string>();

  /** Keeps a document and answers the token that names it. */
  add(html: string): string {
    const token = randomBytes(16).toString('hex');
    this.documents.set(token, html);
    return token;
  }

  get(token: string): string | undefined {
    return this.documents.get(token);
  }

  /** The document, removed as it is handed out: a print window loads it once, and nobody after it. */
  take(token: string): string | undefined {
    const html = this.documents.get(token);
    this.documents.delete(token);
    return html;
  }

  remove(token: string): void {
    this.documents.delete(token);
  }

  /** Drops every document (a profile locked or another opened: the answers in them are not the next person's). */
  clear(): void {
    this.documents.clear();
  }

  /** The URL the hidden print window loads. */
  static url(token: string): string {
    return `${appHomeUrl}print/${token}`;
  }
}

/** What the app scheme needs to answer a request. */
export interface AppRequestDeps {
  /** Folder of the built renderer (holds index.html and assets/). */
  rendererDir: string;
  /** Path of a compiled lesson module, or null when the hash is malformed. */
  lessonModulePath(hash: string): string | null;
  printDocuments: Pick<PrintDocuments, 'get' | 'take'>;
  /**
   * What goes in place of the app's root in its page: the first screen's answers
   * and lesson list (core/startPage.ts startBlock), for the request's Accept-Language;
   * absent, the page is served as built.
   */
  pageRoot?: (acceptLanguage: string | null) => Promise<string>;
}

/** How to answer one request, decided without touching the disk. */
export type AppResolution =
  | { status: 200; headers: Record<string, string>; filePath: string }
  | { status: 200 | 404 | 405; headers: Record<string, string>; body: string };

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const lessonRoute = /^\/lessons\/([^/]+)\.mjs$/;
const printRoute = /^\/print\/([0-9a-f]{32})$/;
/** A `..` segment written plainly or percent-encoded, between any kind of slash. */
const rawDotDot = /(?:^|\/|\\|%2f|%5c)(?:\.|%2e){2}(?:$|\/|\\|%2f|%5c|\?|#)/i;

const plainText = { 'Content-Type': 'text/plain; charset=utf-8' };

function notFound(): AppResolution {
  return { status: 404, headers: { ...securityHeaders, ...plainText }, body: 'Not found' };
}

function file(filePath: string): AppResolution {
  const type = contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return { status: 200, headers: { ...securityHeaders, 'Content-Type': type }, filePath };
}

/**
 * Turns a URL path into a file under `base`, or null when it could name anything
 * outside it. Chromium normalizes `..` before the handler sees a URL, so these
 * checks are a second line: they also catch encoded slashes (`%2f`, `%5c`) that
 * only become separators after decoding, and backslashes, which Windows treats as
 * separators.
 */
function fileUnder(base: string, encodedPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  const root = resolve(base);
  const target = resolve(root, ...segments);
  return target === root || target.startsWith(root + sep) ? target : null;
}

/**
 * Decides how the app scheme answers `url`: the renderer's files, a compiled
 * lesson module, or a one-time print document. Anything else, including another
 * host or a path that tries to leave its folder, is a 404. Pure apart from reading
 * the print store, so it is tested without Electron.
 */
export function resolveAppRequest(url: string, method: string, deps: AppRequestDeps): AppResolution {
  if (rawDotDot.test(url) || !isAppUrl(url)) return notFound();
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      status: 405,
      headers: { ...securityHeaders, ...plainText, Allow: 'GET, HEAD' },
      body: 'Method not allowed',
    };
  }
  const path = new URL(url).pathname;

  const lesson = lessonRoute.exec(path);
  if (lesson !== null) {
    const modulePath = deps.lessonModulePath(lesson[1] ?? '');
    return modulePath === null ? notFound() : file(modulePath);
  }

  const print = printRoute.exec(path);
  if (print !== null) {
    // GET hands the document out once; HEAD only asks whether it is there.
    const token = print[1] ?? '';
    const html = method === 'GET' ? deps.printDocuments.take(token) : deps.printDocuments.get(token);
    if (html === undefined) return notFound();
    return {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Security-Policy': printCsp,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      },
      body: html,
    };
  }

  const target = fileUnder(deps.rendererDir, path);
  if (target === null) return notFound();
  // Routes live in the hash, so any extension-less path is the app's page.
  if (extname(target) === '') return file(resolve(deps.rendererDir, 'index.html'));
  return file(target);
}

/**
 * Answers a request of the app scheme with a web Response, reading files from
 * disk (Electron's fs also reads inside app.asar). Missing files are 404s.
 */
export async function handleAppRequest(request: Request, deps: AppRequestDeps): Promise<Response> {
  const resolution = resolveAppRequest(request.url, request.method, deps);
  const headOnly = request.method === 'HEAD';
  if (!('filePath' in resolution)) {
    return new Response(headOnly ? null : resolution.body, { status: resolution.status, headers: resolution.headers });
  }
  const page = resolve(deps.rendererDir, 'index.html');
  if (resolution.filePath === page && !headOnly && deps.pageRoot !== undefined) {
    return startPageResponse(page, resolution.headers, () => deps.pageRoot?.(request.headers.get('accept-language')));
  }
  let body: Buffer;
  try {
    body = await readFile(resolution.filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
    if (!missing) console.error('groundwork: could not read', resolution.filePath, error);
    return new Response(missing ? 'Not found' : 'Could not read file', {
      status: missing ? 404 : 500,
      headers: { ...securityHeaders, ...plainText },
    });
  }
  return new Response(headOnly ? null : new Uint8Array(body), { status: 200, headers: resolution.headers });
}

/**
 * The app's page with the first screen's answers in it. The head is sent at once,
 * so Chromium fetches the scripts and styles while the lessons are read; the
 * answers and the rest follow. A page that cannot be read is a 500, as any file.
 */
async function startPageResponse(
  page: string,
  headers: Record<string, string>,
  pageRoot: () => Promise<string> | undefined,
): Promise<Response> {
  let html: string;
  try {
    html = (await readFile(page)).toString('utf8');
  } catch (error) {
    console.error('groundwork: could not read', page, error);
    return new Response('Could not read file', { status: 500, headers: { ...securityHeaders, ...plainText } });
  }
  const parts = splitPage(html);
  // It holds the profiles' names and the open profile's progress: never kept in Chromium's cache.
  const pageHeaders = { ...headers, 'Cache-Control': 'no-store' };
  if (parts === null) return new Response(html, { status: 200, headers: pageHeaders });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(parts.before));
      // Without the answers the page is still the app: it asks for them itself.
      const root = (await pageRoot()?.catch(() => null)) ?? ROOT;
      controller.enqueue(encoder.encode(root + parts.after));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: pageHeaders });
}

/**
 * Registers `app:` as a standard, secure scheme. Must run before the app's
 * `ready` event. `corsEnabled` stays false so no other origin can read the app's
 * files; same-origin module imports do not need it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
    },
  ]);
}

/** Serves the app scheme from the built renderer, the lesson cache and the print store. */
export function setupProtocol(deps: AppRequestDeps): void {
  protocol.handle(appScheme, (request) => handleAppRequest(request, deps));
}
