/**
 * The built index.html cut where the app mounts, so a host can send the head at
 * once and write the first screen's answers and lesson list in the root's place
 * (core/startPage.ts). Kept apart from it so a host's request handler can cut
 * the page without loading React.
 */

/** Where the app mounts, exactly as the build writes it (renderer/index.html). */
export const ROOT = '<div id="root"></div>';

/** The page cut at the app's root, or null for a page without one (served as it is). */
export function splitPage(html: string): { before: string; after: string } | null {
  const at = html.indexOf(ROOT);
  if (at === -1) return null;
  return { before: html.slice(0, at), after: html.slice(at + ROOT.length) };
}
