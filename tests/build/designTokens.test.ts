import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBackgrounds } from '../../core/clinic/clinicSchema';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../core/clinic/contrast';

/**
 * The design tokens (renderer/styles/tokens.css) and the rule that goes with
 * them: colours and text sizes are decided there and nowhere else, and the
 * colours keep the contrast a clinic's brand colour is checked against.
 */

const root = resolve(import.meta.dirname, '../..');
const tokensPath = join(root, 'renderer/styles/tokens.css');

/** Every `--name: value;` declared in tokens.css. */
async function tokens(): Promise<Map<string, string>> {
  const css = await readFile(tokensPath, 'utf8');
  return new Map([...css.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

/** A token's colour, following var(--x) to the token it names. */
function colour(all: Map<string, string>, name: string): string {
  let value = all.get(name);
  for (let hops = 0; value?.startsWith('var(') === true && hops < 5; hops += 1) {
    value = all.get(/^var\((--[a-z0-9-]+)/.exec(value)?.[1] ?? '');
  }
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a hex colour: ${value}`);
  return value;
}

async function rendererStylesheets(): Promise<string[]> {
  const entries = await readdir(join(root, 'renderer'), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.css')).map((e) => join(e.parentPath, e.name));
}

describe('design tokens', () => {
  it('keeps the two surfaces the clinic brand colour is checked against', async () => {
    const all = await tokens();
    // clinicSchema.ts refuses a brand colour under 4.5:1 on these two; if the app's surfaces drifted, the check would guard nothing.
    expect(colour(all, '--color-surface')).toBe(pageBackgrounds.white);
    expect(colour(all, '--color-page')).toBe(pageBackgrounds.page);
  });

  it('gives every text colour 4.5:1 on every surface, and field edges and the focus ring 3:1', async () => {
    const all = await tokens();
    const surfaces = ['--color-surface', '--color-page', '--color-warning-surface'].map((n) => colour(all, n));
    const text = ['--color-text', '--color-muted', '--color-primary', '--color-danger', '--color-success'];
    for (const name of [...text, '--color-warning']) {
      for (const surface of surfaces) {
        expect(contrastRatio(colour(all, name), surface), `${name} on ${surface}`).toBeGreaterThanOrEqual(
          MIN_TEXT_CONTRAST,
        );
      }
    }
    expect(contrastRatio(colour(all, '--color-on-primary'), colour(all, '--color-primary'))).toBeGreaterThanOrEqual(
      MIN_TEXT_CONTRAST,
    );
    expect(contrastRatio(colour(all, '--color-on-pressed'), colour(all, '--color-pressed'))).toBeGreaterThanOrEqual(
      MIN_TEXT_CONTRAST,
    );
    // WCAG 1.4.11: the edge of a field and the focus ring need 3:1 against what is around them.
    for (const name of ['--color-field-border', '--color-focus', '--color-warning-bar']) {
      for (const surface of surfaces) {
        expect(contrastRatio(colour(all, name), surface), `${name} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('leaves no colour or text size to the other stylesheets', async () => {
    const literals: string[] = [];
    for (const path of await rendererStylesheets()) {
      if (path === tokensPath) continue;
      const css = (await readFile(path, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
      for (const [index, line] of css.split('\n').entries()) {
        const at = `${relative(root, path)}:${index + 1}: ${line.trim()}`;
        if (/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(line)) literals.push(at);
        const size = /font-size:\s*([^;]+)/.exec(line)?.[1]?.trim();
        // 100% on the root is the person's own text size; inherit is no new size.
        if (size !== undefined && !size.startsWith('var(--') && size !== 'inherit' && size !== '100%') {
          literals.push(at);
        }
      }
    }
    expect(literals).toEqual([]);
  });
});
