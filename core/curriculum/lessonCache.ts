import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { exerciseRefSchema } from '../../common/exercises';
import { lessonFrontmatterSchema } from '../../common/lessonSchema';
import type { CompiledLesson } from './compileLesson';
import { writeFileAtomic } from '../store/durableFile';

/** What is kept beside a compiled module so a cached lesson needs no compiling to open. */
export type CachedLesson = Omit<CompiledLesson, 'moduleCode'>;

const HASH = /^[0-9a-f]{32}$/;

const strings = z.array(z.string());
/** A cache file is read like any other: what the compiler writes, checked, or compiled again. */
const cachedLessonSchema = z.strictObject({
  hash: z.string().regex(HASH),
  file: z.string(),
  frontmatter: lessonFrontmatterSchema,
  exercises: z.array(exerciseRefSchema).min(1),
  text: z.strictObject({ parts: strings, components: strings, patientBlocks: strings, facilitatorBlocks: strings }),
});

/**
 * Compiled lessons on disk, named by content hash: `<hash>.mjs` (the module the
 * renderer imports) and `<hash>.json` (frontmatter and exercises). A changed lesson
 * gets a new hash, so entries never go stale; a damaged entry is compiled again.
 */
export class LessonCache {
  private readonly memory = new Map<string, CachedLesson>();
  /** The folder each lesson in memory was found in, when it is not this cache's own. */
  private readonly foundIn = new Map<string, string>();
  private fallback: LessonCache | null = null;

  constructor(readonly dir: string) {}

  /** A read-only second folder (the core lessons compiled at build time), looked in after this one. */
  setFallback(cache: LessonCache | null): void {
    this.fallback = cache;
  }

  /** Path of a compiled module, or null if the name is not a well-formed hash. */
  modulePath(hash: string): string | null {
    return HASH.test(hash) ? join(this.foundIn.get(hash) ?? this.dir, `${hash}.mjs`) : null;
  }

  async get(hash: string, file: string): Promise<CachedLesson | null> {
    const hit = this.memory.get(hash);
    if (hit !== undefined) return hit.file === file ? hit : { ...hit, file };
    const own = HASH.test(hash) ? await this.read(hash) : null;
    const prebuilt = own === null && this.fallback !== null ? await this.fallback.get(hash, file) : null;
    const meta = own ?? prebuilt;
    if (meta === null) return null;
    if (own === null && this.fallback !== null) this.foundIn.set(hash, this.fallback.dir);
    const lesson = { ...meta, file };
    this.memory.set(hash, lesson);
    return lesson;
  }

  private async read(hash: string): Promise<CachedLesson | null> {
    try {
      const parsed = cachedLessonSchema.safeParse(JSON.parse(await readFile(join(this.dir, `${hash}.json`), 'utf8')));
      return parsed.success && parsed.data.hash === hash ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async put(compiled: CompiledLesson): Promise<CachedLesson> {
    const { moduleCode, ...meta } = compiled;
    await mkdir(this.dir, { recursive: true });
    // The module first: a metadata file always has its module beside it.
    await writeFileAtomic(join(this.dir, `${compiled.hash}.mjs`), moduleCode);
    await writeFileAtomic(join(this.dir, `${compiled.hash}.json`), JSON.stringify(meta));
    this.memory.set(compiled.hash, meta);
    this.foundIn.delete(compiled.hash);
    return meta;
  }
}
