import type { Plugin } from 'vite';

/**
 * The built page starts the app from renderer/public/first-paint.js instead of a
 * module script of its own, so the lesson list the host drew into the page
 * (core/firstPaint.tsx) is painted before the app's scripts run. A module script
 * in the page runs as soon as the page is parsed, and Chromium paints nothing
 * until it has: about half a second of parsing and running on a slow machine,
 * during which the drawn list was never shown. first-paint.js reads the entry
 * from its `data-entry` attribute and adds the module script after the frame that
 * paints the drawn list, or at once when there is none.
 */

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const firstPaintScript = /<script\s+src="\.\/first-paint\.js"><\/script>/g;

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
  if (!/^\.\/assets\/[\w.-]+\.js$/.test(src)) throw new Error(`deferEntry: unexpected entry ${src}`);
  return html
    .replace(entryScript, '')
    .replace(firstPaintScript, `<script src="./first-paint.js" data-entry="${src}"></script>`);
}

/** Applied to the built page only: the development server keeps Vite's own module script. */
export function deferEntryPlugin(): Plugin {
  return {
    name: 'groundwork-defer-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferEntry },
  };
}
