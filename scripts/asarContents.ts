/**
 * The rules a packaged app.asar must follow, as plain functions over its file list
 * so they can be unit-tested without packaging (scripts/distCheck.ts applies them
 * to the real archive).
 */

/** One file in the archive, as its header describes it. */
export interface ArchiveEntry {
  /** Path inside the archive, with forward slashes and no leading slash. */
  path: string;
  size: number;
  /** Kept beside the archive in app.asar.unpacked (native executables). */
  unpacked: boolean;
  executable: boolean;
}

/** The shape of @electron/asar's header: folders hold `files`, files have a size. */
export interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
  unpacked?: boolean;
  executable?: boolean;
  link?: string;
}

/** Flattens an archive header into its files. */
export function archiveEntries(header: HeaderNode, prefix = ''): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  for (const [name, node] of Object.entries(header.files ?? {})) {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (node.files !== undefined) entries.push(...archiveEntries(node, path));
    else if (node.link === undefined) {
      entries.push({
        path,
        size: node.size ?? 0,
        unpacked: node.unpacked === true,
        executable: node.executable === true,
      });
    }
  }
  return entries;
}

/** Folders of the repository that hold sources, tools or drafts: none belongs in the package. */
const sourceFolders = ['tests/', 'scripts/', 'devhost/', 'electron/', 'core/', 'common/', 'renderer/', 'docs/'];
const sourceFile = /\.(ts|tsx|mts|cts)$/;
/** Development tools that would mean devDependencies leaked in, wherever they sit in node_modules. */
const alwaysForbiddenPackages = ['electron', 'electron-builder', 'typescript', 'vite', 'vitest', 'playwright-core'];

export interface ContentRules {
  /** Core curriculum files expected in the archive, such as "curriculum/lessons/x/01-y.mdx". */
  lessons: string[];
  devDependencies: string[];
  dependencies: string[];
  /** The esbuild binary's package for this platform, such as "@esbuild/linux-x64". */
  esbuildPackage: string;
  /** The precompiled core lessons (out/lessons/manifest.json and each lesson's .mjs and .json), so a first start compiles nothing. */
  precompiled?: string[];
}

/** Every rule the archive breaks, in plain words; empty when it is fit to ship. */
export function contentProblems(entries: ArchiveEntry[], rules: ContentRules): string[] {
  const problems: string[] = [];
  const paths = new Set(entries.map((e) => e.path));
  const required = [
    'package.json',
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    ...rules.lessons,
    ...(rules.precompiled ?? []),
  ];
  for (const path of required) if (!paths.has(path)) problems.push(`missing: ${path}`);
  if (!entries.some((e) => /^out\/renderer\/assets\/[^/]+\.js$/.test(e.path)))
    problems.push('missing: the renderer bundle');
  if (!entries.some((e) => /^resources\/fonts\/[^/]+\.woff2$/.test(e.path))) problems.push('missing: bundled fonts');
  for (const dep of rules.dependencies) {
    if (!paths.has(`node_modules/${dep}/package.json`)) problems.push(`missing production dependency: ${dep}`);
  }

  for (const { path } of entries) {
    if (sourceFile.test(path)) problems.push(`source or type declaration file: ${path}`);
    else if (path.endsWith('.map')) problems.push(`source map: ${path}`);
    else if (sourceFolders.some((folder) => path.startsWith(folder))) problems.push(`source folder: ${path}`);
    else if (
      path.startsWith('curriculum/') &&
      !path.startsWith('curriculum/lessons/') &&
      !rules.lessons.includes(path)
    ) {
      problems.push(`not part of the core curriculum: ${path}`);
    }
  }

  const forbidden = new Set([...rules.devDependencies, ...alwaysForbiddenPackages]);
  const leaked = new Set<string>();
  for (const { path } of entries) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(path);
    const name = match?.[1];
    if (name !== undefined && forbidden.has(name) && !rules.dependencies.includes(name)) leaked.add(name);
  }
  for (const name of [...leaked].sort()) problems.push(`development dependency packaged: ${name}`);

  const binary = entries.find((e) =>
    new RegExp(`^node_modules/${rules.esbuildPackage.replace('/', '\\/')}/(bin/esbuild|esbuild\\.exe)$`).test(e.path),
  );
  if (binary === undefined) problems.push(`missing: the esbuild binary (${rules.esbuildPackage})`);
  else if (!binary.unpacked)
    problems.push(`not unpacked from app.asar: ${binary.path} (native code cannot run inside it)`);
  return problems;
}
