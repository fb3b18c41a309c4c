import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { readRegularFile } from '../security/readRegularFile';

/**
 * Core lessons compiled at build time (`npm run build` runs
 * scripts/precompileLessons.ts into out/lessons/), so a first start on a fresh
 * data folder lists and opens them without compiling. Each lesson is still found
 * by the content hash of its source as read at run time, so a changed lesson is
 * compiled again; and the whole folder is set aside when the compiler or the
 * lesson components changed since it was built.
 */

/** The folder beside out/main and out/renderer that holds the precompiled lessons. */
export const PREBUILT_DIR = join('out', 'lessons');
export const PREBUILT_MANIFEST = 'manifest.json';
const MAX_MANIFEST_BYTES = 256 * 1024;

/** What shapes a compiled lesson besides its own text: the compiler and the components lessons may use. */
const BUILD_INPUTS = ['core/curriculum', 'curriculum/components', 'common/lessonSchema.ts', 'common/exercises.ts'];

const manifestSchema = z.strictObject({
  buildKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** Lesson label (curriculum/lessons/…) to the content hash it was compiled under. */
  lessons: z.record(z.string().max(300), z.string().regex(/^[0-9a-f]{32}$/)),
});
export type PrebuiltManifest = z.infer<typeof manifestSchema>;

async function sourceFiles(root: string, input: string): Promise<string[]> {
  const absolute = join(root, input);
  if (input.endsWith('.ts')) return [absolute];
  const entries = await readdir(absolute, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A hash of the compiler's and the components' source files, or null when the
 * sources are not there (a packaged app, whose code and lessons come from one build).
 */
export async function lessonBuildKey(root: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    // Read at once and hashed in order: one file after another took about 50 ms of a first start.
    const files = (await Promise.all(BUILD_INPUTS.map((input) => sourceFiles(root, input)))).flat();
    const contents = await Promise.all(files.map((file) => readFile(file)));
    files.forEach((file, i) => {
      hash.update(`${relative(root, file).split(sep).join('/')}\n`);
      hash.update(contents[i] ?? Buffer.alloc(0));
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return hash.digest('hex');
}

/**
 * The precompiled lessons folder if its manifest is well formed and, where the
 * sources are at hand (`sourceRoot`), was built from the same compiler and
 * components; otherwise null, and every lesson is compiled as before.
 */
export async function usablePrebuilt(dir: string, sourceRoot: string | null): Promise<PrebuiltManifest | null> {
  let manifest: PrebuiltManifest;
  try {
    const text = (await readRegularFile(join(dir, PREBUILT_MANIFEST), { maxBytes: MAX_MANIFEST_BYTES })).toString();
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    manifest = parsed.data;
  } catch {
    return null;
  }
  if (sourceRoot === null) return manifest;
  const key = await lessonBuildKey(sourceRoot);
  return key === null || key === manifest.buildKey ? manifest : null;
}
