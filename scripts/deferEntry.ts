import type { Plugin } from 'vite';

/**
 * The built page starts the app from renderer/public/first-paint.js instead of a
 * module script of its own, so the lesson list the host drew into the page
 * (core/firstPaint.tsx) is painted before the app's scripts run. A module script
 * in the page runs as soon as the page is parsed, and Chromium paints nothing
 * until it has: about half a second of parsing and running on a slow machine,
 * during which the drawn list was never shown. first-paint.js reads the entry
 * from its `data-entry` attribute and adds the module script after the frame that
 * paints the drawn list, or at once when there is none. The entry's modules
 * (`modulepreload` links) move there too: fetched and compiled while the page
 * was laid out, they held its first paint back by a further 100 to 200 ms here.
 */

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const firstPaintScript = /<script\s+src="\.\/first-paint\.js"><\/script>/g;
const preloadLink = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const builtScript = /^\.\/assets\/[\w.-]+\.js$/;

export function deferEntry(html: string): string {
  const entries = [...html.matchAll(entryScript)];
  const starters = [...html.matchAll(firstPaintScript)];
  // Anything else means the page changed shape: stop the build rather than ship a page that never starts.
  if (entries.length !== 1 || starters.length !== 1) {
    throw new Error(
      `deferEntry: expected one module entry and one first-paint.js script in index.html, found ${entries.length} and ${starters.length}`,
    );
  }
  const src = entries[0]?.[1] ?? '';
  const preloads = [...html.matchAll(preloadLink)].map((m) => m[1] ?? '');
  for (const file of [src, ...preloads]) {
    if (!builtScript.test(file)) throw new Error(`deferEntry: unexpected entry ${file}`);
  }
  const preloadAttribute = preloads.length === 0 ? '' : ` data-preload="${preloads.join(' ')}"`;
  return html
    .replace(entryScript, '')
    .replace(preloadLink, '')
    .replace(firstPaintScript, `<script src="./first-paint.js"${preloadAttribute} data-entry="${src}"></script>`);
}

/** Applied to the built page only: the development server keeps Vite's own module script. */
export function deferEntryPlugin(): Plugin {
  return {
    name: 'groundwork-defer-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferEntry },
  };
}
