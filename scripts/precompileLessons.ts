import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { compileLesson } from '../core/curriculum/compileLesson';
import { LessonCache } from '../core/curriculum/lessonCache';
import { lessonBuildKey, PREBUILT_DIR, PREBUILT_MANIFEST, type PrebuiltManifest } from '../core/curriculum/prebuilt';

/**
 * Part of `npm run build`: compiles the core lessons into out/lessons/ (the same
 * files the run-time cache holds, plus a manifest), so the app's first start
 * lists and opens them without compiling. Fails the build on a broken lesson:
 * a core lesson that does not compile must never ship.
 */
const root = resolve(import.meta.dirname, '..');
const lessonsDir = join(root, 'curriculum', 'lessons');
const outDir = join(root, PREBUILT_DIR);

const started = performance.now();
const buildKey = await lessonBuildKey(root);
if (buildKey === null) throw new Error('precompileLessons: the compiler sources were not found');
// Start empty, so a lesson removed from the curriculum is not shipped.
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const cache = new LessonCache(outDir);
const files = (await readdir(lessonsDir, { withFileTypes: true, recursive: true }))
  .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('.'))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const lessons: PrebuiltManifest['lessons'] = {};
for (const file of files) {
  const label = `curriculum/lessons/${relative(lessonsDir, file).split(sep).join('/')}`;
  const compiled = await compileLesson(await readFile(file, 'utf8'), label);
  await cache.put(compiled);
  lessons[label] = compiled.hash;
}
const manifest: PrebuiltManifest = { buildKey, lessons };
await writeFile(join(outDir, PREBUILT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
const ms = Math.round(performance.now() - started);
console.log(`precompiled ${files.length} core lessons into ${relative(root, outDir)} in ${ms} ms`);
