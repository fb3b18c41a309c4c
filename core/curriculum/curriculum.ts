import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LessonListItem, LessonProblem } from '../../common/api';
import { ApiFailure } from '../../common/result';
import { createI18n } from '../../common/i18n/createI18n';

const { t } = createI18n();
import { compileLesson, LessonCompileError, lessonHash, readFrontmatter } from './compileLesson';
import { LessonCache, type CachedLesson } from './lessonCache';
import { usablePrebuilt } from './prebuilt';
import { readRegularFile } from '../security/readRegularFile';
import { baseLanguage, languageOfFile, pickLanguage, type LessonLanguage } from '../../common/language';

/**
 * A lesson is a few kilobytes of text. Clinic lesson folders are not the app's own,
 * so a lesson is read as hostile: a regular file only (never a FIFO that would hang
 * the list), bounded in size and in time.
 */
const MAX_LESSON_BYTES = 512 * 1024;
const readLesson = async (absolute: string): Promise<string> =>
  (await readRegularFile(absolute, { maxBytes: MAX_LESSON_BYTES })).toString('utf8');

/**
 * A folder of lessons: the core curriculum, or a clinic's own folder. When two
 * files claim one lesson id, the file in the earlier root keeps it, so the core
 * curriculum, which comes first, is never displaced by a clinic's lesson.
 */
export interface LessonRoot {
  dir: string;
  /** How files under this root are named in error messages, such as "curriculum/lessons". */
  label: string;
}

async function findMdx(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A lesson that compiled, as the lesson list shows it. */
export type OkLessonItem = Extract<LessonListItem, { status: 'ok' }>;

/** Where one version of a lesson lives, and its problem when it does not compile. */
interface IndexEntry {
  absolute: string;
  label: string;
  problem?: LessonProblem;
}

/**
 * The lessons the app offers. Listing compiles each lesson once (or takes it from
 * the content-hash cache), so a broken lesson shows up in the list with its
 * file:line:column problem while every other lesson still opens. A lesson is
 * keyed by id and language: its translations sit beside it as `name.es.mdx`.
 */
export class Curriculum {
  private readonly compiling = new Map<string, Promise<CachedLesson>>();
  /** Lesson id to its file in each language, from the last listing, so opening a lesson does not rescan every file. */
  private readonly index = new Map<string, Map<LessonLanguage, IndexEntry>>();
  /** Each file's compiled lesson as of its last listing, so `lessons()` does not read every file a second time. */
  private readonly listed = new Map<string, CachedLesson>();
  readonly cache: LessonCache;

  private prebuilt: Promise<void> | null = null;
  /** The listing in progress, if any (see `versions`). */
  private reading: Promise<LessonListItem[]> | null = null;

  /**
   * `prebuilt`: the core lessons compiled at build time (core/curriculum/prebuilt.ts);
   * `sourceRoot` is where the compiler's sources are, to tell a stale build, or
   * null in a packaged app.
   */
  constructor(
    private readonly roots: LessonRoot[],
    cacheDir: string,
    private readonly prebuiltOptions?: { dir: string; sourceRoot: string | null },
  ) {
    this.cache = new LessonCache(cacheDir);
  }

  /** Looks at the precompiled lessons once, the first time a lesson is loaded. */
  private usePrebuilt(): Promise<void> {
    const options = this.prebuiltOptions;
    if (options === undefined) return Promise.resolve();
    this.prebuilt ??= usablePrebuilt(options.dir, options.sourceRoot).then((manifest) => {
      if (manifest === null) console.warn(`groundwork: precompiled lessons in ${options.dir} are missing or stale`);
      this.cache.setFallback(manifest === null ? null : new LessonCache(options.dir));
    });
    return this.prebuilt;
  }

  private async load(absolute: string, label: string): Promise<CachedLesson> {
    await this.usePrebuilt();
    const source = await readLesson(absolute);
    const hash = lessonHash(source);
    const cached = await this.cache.get(hash, label);
    if (cached !== null) return cached;
    let pending = this.compiling.get(hash);
    if (pending === undefined) {
      pending = compileLesson(source, label).then((compiled) => this.cache.put(compiled));
      this.compiling.set(hash, pending);
      pending.finally(() => this.compiling.delete(hash)).catch(() => undefined);
    }
    const lesson = await pending;
    return lesson.file === label ? lesson : { ...lesson, file: label };
  }

  /** One file as a list item: the lesson in the language it is written in, or its problem. */
  private async item(absolute: string, label: string): Promise<LessonListItem> {
    const language = languageOfFile(label);
    try {
      const lesson = await this.load(absolute, label);
      this.listed.set(label, lesson);
      const { id, title, module, order, summary, minutes, contentNotes } = lesson.frontmatter;
      if (lesson.frontmatter.language !== language) {
        // A file named for one language holding another would be served under the wrong one.
        const problem = {
          file: label,
          line: 2,
          column: 1,
          message: t('errors.lessonLanguageMismatch', { named: language, written: lesson.frontmatter.language }),
        };
        return { status: 'broken', file: label, id, language, problem };
      }
      const summaryOf = { id, title, module, order, summary, minutes, contentNotes };
      return { status: 'ok', file: label, ...summaryOf, language, languages: [language] };
    } catch (error) {
      if (!(error instanceof LessonCompileError)) {
        const message = t('errors.lessonUnreadable', { reason: (error as Error).message });
        return {
          status: 'broken',
          file: label,
          id: null,
          language,
          problem: { file: label, line: 1, column: 1, message },
        };
      }
      const front = readFrontmatter(await readLesson(absolute).catch(() => ''), label);
      const id = front.ok ? front.frontmatter.id : null;
      return { status: 'broken', file: label, id, language, problem: error.problem };
    }
  }

  /**
   * Every lesson file, ok or broken, one item per file and language, in claim
   * order. The curriculum check reads this to compare a lesson's versions.
   */
  versions(): Promise<LessonListItem[]> {
    // Callers at the same moment (the app's start asks for its info and its lesson list together)
    // share one reading of the files; a call after it has finished reads them again.
    this.reading ??= this.readVersions().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readVersions(): Promise<LessonListItem[]> {
    const files = (
      await Promise.all(
        this.roots.map(async (root, rank) =>
          (await findMdx(root.dir)).map((absolute) => ({
            absolute,
            label: `${root.label}/${relative(root.dir, absolute).split(sep).join('/')}`,
            rank,
          })),
        ),
      )
    ).flat();
    const items = await Promise.all(files.map(({ absolute, label }) => this.item(absolute, label)));
    // In claim order, so the file that keeps an id is the one the index opens.
    const claimed = markDuplicateIds(items.map((item, i) => ({ item, rank: files[i]?.rank ?? 0 })));
    const byLabel = new Map(files.map((f) => [f.label, f.absolute]));
    this.index.clear();
    for (const item of claimed) {
      const absolute = byLabel.get(item.file);
      if (item.id === null || absolute === undefined) continue;
      const versions = this.index.get(item.id) ?? new Map<LessonLanguage, IndexEntry>();
      if (versions.has(item.language)) continue;
      versions.set(item.language, {
        absolute,
        label: item.file,
        ...(item.status === 'broken' ? { problem: item.problem } : {}),
      });
      this.index.set(item.id, versions);
    }
    return claimed;
  }

  /**
   * Every lesson once, ok or broken, sorted by module and order: each ok lesson in
   * `language` where it has that version (else English, else the one it has),
   * with the languages it is written in. A broken version is listed on its own.
   */
  async list(language: LessonLanguage = baseLanguage): Promise<LessonListItem[]> {
    const claimed = await this.versions();
    const ok = new Map<string, Extract<LessonListItem, { status: 'ok' }>[]>();
    for (const item of claimed) {
      if (item.status !== 'ok' || this.index.get(item.id)?.get(item.language)?.label !== item.file) continue;
      ok.set(item.id, [...(ok.get(item.id) ?? []), item]);
    }
    const lessons = [...ok.values()].map((versions) => {
      const languages = versions.map((v) => v.language).sort();
      const shown = pickLanguage(languages, language);
      const chosen = versions.find((v) => v.language === shown) ?? versions[0];
      return { ...chosen, languages } as LessonListItem;
    });
    const broken = claimed.filter((item) => item.status === 'broken');
    return [...lessons, ...broken].sort(compareItems);
  }

  /**
   * Every ok lesson as `list` gives it, with its compiled lesson (exercises and
   * frontmatter) from the same listing: each lesson file is read once, where
   * listing and then opening each lesson read every file twice. For the screens
   * that need every lesson's exercises: worksheet progress, the progress view,
   * and a share with the care team.
   */
  async lessons(language: LessonLanguage = baseLanguage): Promise<{ item: OkLessonItem; lesson: CachedLesson }[]> {
    const read: { item: OkLessonItem; lesson: CachedLesson }[] = [];
    for (const item of await this.list(language)) {
      if (item.status !== 'ok') continue;
      // Only a file changed or removed since, by a listing running at the same time, is opened again.
      const listed = this.listed.get(item.file);
      const lesson = listed?.frontmatter.id === item.id ? listed : await this.open(item.id, language).catch(() => null);
      if (lesson !== null) read.push({ item, lesson });
    }
    return read;
  }

  /** The languages a lesson is written in (ok or broken), from the last listing. */
  languagesOf(lessonId: string): LessonLanguage[] {
    return [...(this.index.get(lessonId)?.keys() ?? [])].sort();
  }

  /**
   * Opens one lesson by id in `language`, or in English (else the language it has)
   * when it has no version in that language: the lesson's frontmatter says which
   * language was served. A broken version answers with its problem as a typed error.
   */
  async open(lessonId: string, language: LessonLanguage = baseLanguage, relisted = false): Promise<CachedLesson> {
    if (!this.index.has(lessonId)) await this.versions();
    const versions = this.index.get(lessonId);
    const served = pickLanguage([...(versions?.keys() ?? [])], language);
    const entry = served === null ? undefined : versions?.get(served);
    if (entry === undefined) throw new ApiFailure('not-found', t('errors.noLesson', { id: lessonId }));
    if (entry.problem !== undefined) throw brokenLesson(entry.problem);
    try {
      const lesson = await this.load(entry.absolute, entry.label);
      if (lesson.frontmatter.id === lessonId && lesson.frontmatter.language === served) return lesson;
    } catch (error) {
      if (error instanceof LessonCompileError) throw brokenLesson(error.problem);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // The file was renamed, removed or given another id since the last listing.
    if (relisted) throw new ApiFailure('not-found', t('errors.noLesson', { id: lessonId }));
    this.index.clear();
    // A listing already under way may have read the files before the change: wait for it, then read anew.
    await this.reading?.catch(() => undefined);
    await this.versions();
    if (!this.index.has(lessonId)) throw new ApiFailure('not-found', t('errors.noLesson', { id: lessonId }));
    return this.open(lessonId, language, true);
  }
}

function brokenLesson(p: LessonProblem): ApiFailure {
  return new ApiFailure(
    'lesson-broken',
    t('errors.lessonBroken', { file: p.file, line: p.line, column: p.column, message: p.message }),
    p,
  );
}

function compareItems(a: LessonListItem, b: LessonListItem): number {
  if (a.status !== b.status) return a.status === 'ok' ? -1 : 1;
  if (a.status === 'ok' && b.status === 'ok') {
    return a.module.localeCompare(b.module) || a.order - b.order || a.title.localeCompare(b.title);
  }
  return a.file.localeCompare(b.file);
}

/** Code-point order, the same on every machine and in every locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Two files claiming one id in one language: the file in the earlier root keeps
 * it (within a root, the first by file name), whether it compiled or not, so a
 * clinic lesson can never take a core lesson's place. Every other claimant is
 * listed as broken, naming both files. The result is in claim order: each id's
 * keeper before its rivals. A lesson's versions in other languages share its id.
 */
function markDuplicateIds(ranked: { item: LessonListItem; rank: number }[]): LessonListItem[] {
  const owner = new Map<string, string>();
  return [...ranked]
    .sort((a, b) => a.rank - b.rank || byCodePoint(a.item.file, b.item.file))
    .map(({ item }) => {
      if (item.id === null) return item;
      const key = `${item.id}\u0000${item.language}`;
      const first = owner.get(key);
      if (first === undefined) {
        owner.set(key, item.file);
        return item;
      }
      if (item.status === 'broken') return item;
      return {
        status: 'broken',
        file: item.file,
        id: item.id,
        language: item.language,
        problem: {
          file: item.file,
          line: 2,
          column: 1,
          message:
            item.language === baseLanguage
              ? t('errors.duplicateLessonId', { id: item.id, first })
              : t('errors.duplicateLessonIdInLanguage', { id: item.id, language: item.language, first }),
        },
      };
    });
}
