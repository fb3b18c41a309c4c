import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml cannot be exercised here beyond a Linux folder build, so
 * these tests pin what a release depends on: a change that would break an
 * installer, weaken the fuses or ship sources fails here first.
 */

const root = resolve(import.meta.dirname, '../..');
const yaml = createRequire(join(root, 'package.json'))('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  extraMetadata: { main: string };
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  mac: Record<string, unknown> & { target: string[] };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };

/** Minimal glob test for the patterns used in `files` (**, *, {a,b}). */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob.charAt(i);
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .join('|')})`;
      i = end;
    } else source += /[.+?^$()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${source}$`);
}

/**
 * Whether electron-builder's `files` list would take a path (later patterns win).
 * Production dependencies are added by electron-builder itself, then filtered.
 */
function packaged(path: string): boolean {
  let taken = path.startsWith('node_modules/');
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(path)) taken = !negated;
  }
  return taken;
}

describe('electron-builder.yml', () => {
  it('keeps the app id and the MSI upgrade code that installed copies know', () => {
    expect(config.appId).toBe('org.groundwork.workbook');
    expect(config.productName).toBe('Groundwork');
    expect(config.msi.upgradeCode).toBe('2B5D59C7-36A7-4AA4-8778-1ADF7D21E273');
  });

  it('builds every installer the release guide promises', () => {
    expect(config.win.target).toEqual(expect.arrayContaining(['nsis', 'msi']));
    expect(config.mac.target).toEqual(expect.arrayContaining(['dmg', 'zip']));
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('lets IT choose per-machine installs and a folder, and never deletes answers on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
      allowElevation: true,
    });
    expect(config.msi.perMachine).toBe(true);
  });

  it('signs macOS builds with the hardened runtime, checked-in entitlements and notarization', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.notarize).toBe(true);
    for (const key of ['entitlements', 'entitlementsInherit'] as const) {
      const file = config.mac[key] as string;
      expect(file.startsWith(`${config.directories.buildResources}/`)).toBe(true);
      const plist = readFileSync(join(root, file), 'utf8');
      expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
      expect(plist).not.toContain('disable-library-validation');
    }
  });

  it('sets every Electron fuse for production', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('starts the built main bundle', () => {
    expect(config.extraMetadata.main).toBe('out/main/index.js');
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('packages built code, core lessons, fonts and icons only', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'curriculum/lessons/coping-skills/02-getting-through-a-crisis-moment.mdx',
      'curriculum/program.json',
      'resources/fonts/atkinson-hyperlegible-latin-400-normal.woff2',
      'resources/icons/icon.svg',
    ]) {
      expect(packaged(path), path).toBe(true);
    }
    for (const path of [
      'core/service.ts',
      'renderer/App.tsx',
      'electron/main.ts',
      'tests/core/service.test.ts',
      'devhost/server.ts',
      'scripts/distCheck.ts',
      'curriculum/drafts/coping-skills/01-naming-and-rating-emotions.mdx',
      'curriculum/components/index.ts',
      'curriculum/gallery/exercise-gallery.mdx',
      'curriculum/language/stigmatizing-terms.json',
      'out/main/index.js.map',
      'docs/RELEASING.md',
      'node_modules/zod/src/index.ts',
      'node_modules/zod/index.d.cts',
      'node_modules/react-dom/cjs/react-dom-server.browser.production.js',
      'node_modules/react-dom/cjs/react-dom-client.development.js',
    ]) {
      expect(packaged(path), path).toBe(false);
    }
    // What the main process loads at run time stays in.
    for (const path of [
      'node_modules/react-dom/cjs/react-dom-server.node.production.js',
      'node_modules/react-dom/cjs/react-dom-server-legacy.node.production.js',
      'node_modules/react/cjs/react-jsx-runtime.production.js',
      // Node's ESM loader reads the development builds for the named exports of react's CommonJS entries.
      'node_modules/react/cjs/react.development.js',
      'node_modules/react-dom/cjs/react-dom.development.js',
      'node_modules/react-dom/cjs/react-dom-server.node.development.js',
    ]) {
      expect(packaged(path), path).toBe(true);
    }
  });

  it('unpacks esbuild, whose native binary compiles lessons at run time', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/esbuild/**', 'node_modules/@esbuild/**']));
  });

  it('has the app icon the installers are made from, at least 512 px square', () => {
    const png = readFileSync(join(root, config.directories.buildResources, 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk holds width and height; electron-builder derives .icns and .ico from this file.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });
});
