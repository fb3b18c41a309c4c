import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deferEntry } from '../../scripts/deferEntry';

/** The page as Vite writes it (the shape of out/renderer/index.html before the transform). */
const built = `<!doctype html>
<html lang="en">
  <head>
    <title>Groundwork</title>
    <script  src="./first-paint.js"></script>
    <script type="module" crossorigin src="./assets/index-v-qRuZcD.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/zod-JyjnPvMd.js">
    <link rel="modulepreload" crossorigin href="./assets/client-CPt0E7G1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-CzZXth4G.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('the built page starts the app from first-paint.js', () => {
  it('moves the entry and its modules from the page to first-paint.js, keeping the styles', () => {
    const page = deferEntry(built);
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain(
      '<script src="./first-paint.js" data-preload="./assets/zod-JyjnPvMd.js ./assets/client-CPt0E7G1.js" data-entry="./assets/index-v-qRuZcD.js"></script>',
    );
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-CzZXth4G.css">');
    expect(page).toContain('<div id="root"></div>');
  });

  it('stops the build when the page has no entry, two entries or no first-paint.js', () => {
    const noEntry = built.replace(/<script type="module"[^\n]*\n/, '');
    const twoEntries = built.replace(
      '</head>',
      '<script type="module" crossorigin src="./assets/b.js"></script></head>',
    );
    const noStarter = built.replace('<script  src="./first-paint.js"></script>', '');
    for (const page of [noEntry, twoEntries, noStarter]) expect(() => deferEntry(page)).toThrow(/deferEntry/);
  });

  it('refuses an entry or a module that is not one of the built assets', () => {
    const odd = built.replace('./assets/index-v-qRuZcD.js', 'https://example.org/x.js');
    expect(() => deferEntry(odd)).toThrow(/unexpected entry/);
    const oddModule = built.replace('./assets/zod-JyjnPvMd.js', 'https://example.org/z.js');
    expect(() => deferEntry(oddModule)).toThrow(/unexpected entry/);
  });

  it('names no modules when the entry has none', () => {
    const alone = built.replace(/<link rel="modulepreload"[^\n]*\n/g, '');
    expect(deferEntry(alone)).toContain(
      '<script src="./first-paint.js" data-entry="./assets/index-v-qRuZcD.js"></script>',
    );
  });

  // Skipped (and said so) before the first `npm run build`, as in a fresh clone's unit-test step.
  it.runIf(existsSync('out/renderer/index.html'))('is what the build wrote', async () => {
    const page = await readFile('out/renderer/index.html', 'utf8');
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toMatch(
      /<script src="\.\/first-paint\.js" data-preload="[^"]+" data-entry="\.\/assets\/index-[\w-]+\.js"><\/script>/,
    );
  });
});
