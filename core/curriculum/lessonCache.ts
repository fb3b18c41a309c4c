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

  constructor(readonly dir: string) {}

  /** Path of a compiled module, or null if the name is not a well-formed hash. */
  modulePath(hash: string): string | null {
    return HASH.test(hash) ? join(this.dir, `${hash}.mjs`) : null;
  }

  async get(hash: string, file: string): Promise<CachedLesson | null> {
    const hit = this.memory.get(hash);
    if (hit !== undefined) return hit.file === file ? hit : { ...hit, file };
    try {
      const parsed = cachedLessonSchema.safeParse(JSON.parse(await readFile(join(this.dir, `${hash}.json`), 'utf8')));
      if (!parsed.success || parsed.data.hash !== hash) return null;
      const meta: CachedLesson = parsed.data;
      const lesson = { ...meta, file };
      this.memory.set(hash, lesson);
      return lesson;
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
    return meta;
  }
}
