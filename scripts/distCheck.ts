import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { archiveEntries, contentProblems, type HeaderNode } from './asarContents';
import { lessonHash } from '../core/curriculum/compileLesson';
import { PREBUILT_DIR, PREBUILT_MANIFEST, usablePrebuilt } from '../core/curriculum/prebuilt';

/**
 * `npm run dist:check`: packages the app for Linux as a plain folder with a
 * stand-in Electron (the real one cannot be downloaded here), then checks the
 * app.asar a release would ship: built code and curriculum present, no sources,
 * tests or development dependencies, the esbuild binary unpacked and working,
 * and the archive under its size budget. Run `npm run build` first.
 */

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const SIZE_BUDGET_BYTES = 20 * 1024 * 1024;

interface Asar {
  getRawHeader(archive: string): { header: HeaderNode };
  extractAll(archive: string, dest: string): void;
}
interface Yaml {
  load(text: string): unknown;
  dump(value: unknown): string;
}

function load<T>(name: string, why: string): T {
  try {
    return requireFromRoot(name) as T;
  } catch {
    throw new Error(`${name} could not be loaded from node_modules (${why}); run npm ci.`);
  }
}

/** The core curriculum files the package must hold. */
async function curriculumFiles(): Promise<string[]> {
  const dir = join(root, 'curriculum', 'lessons');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lessons = entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
  // The program file (module overviews, schedules) is read at run time beside the lessons.
  return existsSync(join(root, 'curriculum', 'program.json')) ? [...lessons, 'curriculum/program.json'] : lessons;
}

/**
 * The precompiled lessons `npm run build` made, checked against the lessons as
 * they are now: a build older than a lesson would make the packaged app compile
 * it on every first start, so it fails here instead.
 */
async function precompiledFiles(): Promise<string[]> {
  const dir = join(root, PREBUILT_DIR);
  const manifest = await usablePrebuilt(dir, root);
  if (manifest === null)
    throw new Error(`${PREBUILT_DIR} is missing or older than the compiler: run \`npm run build\`.`);
  const files = [`${PREBUILT_DIR}/${PREBUILT_MANIFEST}`];
  for (const lesson of (await curriculumFiles()).filter((f) => f.endsWith('.mdx'))) {
    const hash = manifest.lessons[lesson];
    if (hash !== lessonHash(await readFile(join(root, lesson), 'utf8')))
      throw new Error(`${lesson} changed since \`npm run build\` precompiled it: build again.`);
    files.push(`${PREBUILT_DIR}/${hash}.mjs`, `${PREBUILT_DIR}/${hash}.json`);
  }
  return files.map((f) => f.split(sep).join('/'));
}

/** Packages into dist/linux-unpacked with a one-file stand-in for the Electron executable. */
async function packageWithStandIn(work: string): Promise<void> {
  const yaml = load<Yaml>('js-yaml', 'a dependency of electron-builder');
  const config = yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const electronDist = join(work, 'electron');
  await mkdir(electronDist);
  await writeFile(
    join(electronDist, 'electron'),
    '#!/bin/sh\necho "stand-in for Electron: packaging check only" >&2\nexit 1\n',
  );
  await chmod(join(electronDist, 'electron'), 0o755);
  // Fuses are flipped inside the real Electron binary, which the stand-in is not;
  // their settings are checked by tests/build/electronBuilderConfig.test.ts instead.
  delete config.electronFuses;
  config.electronDist = electronDist;
  const configFile = join(work, 'electron-builder.check.yml');
  await writeFile(configFile, yaml.dump(config));
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  try {
    await run(process.execPath, [cli, '--linux', 'dir', '--publish', 'never', '--config', configFile], {
      cwd: root,
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** Stands in for the `electron` module so the packaged main bundle can load in plain Node. */
function electronStub(indexJs: string): string {
  const names = /import \{([^}]*)\} from "electron"/.exec(indexJs)?.[1]?.split(',') ?? [];
  const lines = names
    .map((n) => n.trim())
    .filter((n) => /^\w+$/.test(n))
    .map((n) => `exports.${n} = stub();`);
  return `// Every property is a no-op; the single-instance lock is "taken", so main.ts only quits.
const stub = () => new Proxy(function () {}, {
  get: (_target, key) => (key === 'requestSingleInstanceLock' ? () => false : stub()),
  apply: () => undefined,
});
${lines.join('\n')}
`;
}

/**
 * Runs scripts/distSmoke.mjs against an extracted copy of the archive, with the
 * environment a packaged app sets up (electron/runtimeEnv.ts).
 */
async function smokeTest(asar: Asar, archive: string, work: string, esbuildBinary: string): Promise<string> {
  const app = join(work, 'app');
  asar.extractAll(archive, app);
  const stubDir = join(app, 'node_modules', 'electron');
  await mkdir(stubDir, { recursive: true });
  await writeFile(join(stubDir, 'package.json'), '{ "name": "electron", "main": "index.js" }\n');
  await writeFile(
    join(stubDir, 'index.js'),
    electronStub(await readFile(join(app, 'out', 'main', 'index.js'), 'utf8')),
  );
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'production', ESBUILD_BINARY_PATH: esbuildBinary };
  const { stdout } = await run(process.execPath, [join(root, 'scripts', 'distSmoke.mjs'), app, work], {
    cwd: app,
    env,
    maxBuffer: 8 * 1024 * 1024,
  });
  return stdout.trim();
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  const asar = load<Asar>('@electron/asar', 'a dependency of electron-builder');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const work = await mkdtemp(join(tmpdir(), 'groundwork-dist-check-'));
  try {
    await check(asar, pkg, work, started);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function check(
  asar: Asar,
  pkg: { dependencies: Record<string, string>; devDependencies: Record<string, string> },
  work: string,
  started: number,
): Promise<void> {
  await packageWithStandIn(work);

  const resources = join(root, 'dist', 'linux-unpacked', 'resources');
  const archive = join(resources, 'app.asar');
  const entries = archiveEntries(asar.getRawHeader(archive).header);
  const esbuildPackage = `@esbuild/${process.platform}-${process.arch}`;
  const problems = contentProblems(entries, {
    lessons: await curriculumFiles(),
    dependencies: Object.keys(pkg.dependencies),
    devDependencies: Object.keys(pkg.devDependencies),
    esbuildPackage,
    precompiled: await precompiledFiles(),
  });

  // esbuild reads ESBUILD_BINARY_PATH when it loads, so the main bundle may load it (through mdx-bundler)
  // and React only by the dynamic import that follows prepareRuntimeEnv() in electron/main.ts.
  const mainBundle = await readFile(join(root, 'out', 'main', 'index.js'), 'utf8');
  for (const early of mainBundle.matchAll(/^import [^;]*from "(mdx-bundler|esbuild|react|react-dom)(?:\/[^"]*)?";/gm)) {
    problems.push(
      `out/main/index.js imports ${early[1]} before electron/runtimeEnv.ts can prepare it; import it from core/service.ts`,
    );
  }

  // The unpacked esbuild must be a real, runnable file beside the archive.
  const binary = join(`${archive}.unpacked`, 'node_modules', esbuildPackage, 'bin', 'esbuild');
  const expected = (requireFromRoot('esbuild/package.json') as { version: string }).version;
  try {
    const { stdout } = await run(binary, ['--version']);
    if (stdout.trim() !== expected) problems.push(`unpacked esbuild reports ${stdout.trim()}, expected ${expected}`);
  } catch (error) {
    problems.push(`the unpacked esbuild binary does not run: ${(error as Error).message}`);
  }

  if (problems.length === 0) {
    try {
      console.log(`packaged code: ${await smokeTest(asar, archive, work, binary)}`);
    } catch (error) {
      const { stderr = '' } = error as { stderr?: string };
      problems.push(`the packaged code does not run in production mode: ${stderr.trim() || (error as Error).message}`);
    }
  }

  const size = (await stat(archive)).size;
  const mb = (size / 1024 / 1024).toFixed(2);
  if (size >= SIZE_BUDGET_BYTES) problems.push(`app.asar is ${mb} MB, over the 20 MB budget`);

  console.log(`app.asar: ${mb} MB (budget 20 MB), ${entries.length} files, ${relative(root, archive)}`);
  console.log(`unpacked: ${entries.filter((e) => e.unpacked).length} files (${esbuildPackage})`);
  if (problems.length > 0) {
    console.error(`dist:check found ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`dist:check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`dist:check failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
