import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Curriculum } from '../../../core/curriculum/curriculum';
import { LessonCache } from '../../../core/curriculum/lessonCache';
import { lessonBuildKey, PREBUILT_MANIFEST, usablePrebuilt } from '../../../core/curriculum/prebuilt';

/** Compiling writes the module into the data folder's cache; nothing there means nothing was compiled. */
const compiledInto = async (cache: string): Promise<number> =>
  (await readdir(cache)).filter((f) => f.endsWith('.mjs')).length;

const root = resolve(import.meta.dirname, '../../..');
const okLessons = join(root, 'tests/fixtures/lessons-ok');
let work: string;
let lessons: string;
let prebuilt: string;
let buildKey: string;

/** Builds a prebuilt folder the way scripts/precompileLessons.ts does, from the fixture lessons. */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-prebuilt-'));
  lessons = join(work, 'lessons');
  prebuilt = join(work, 'prebuilt');
  await cp(okLessons, lessons, { recursive: true });
  buildKey = (await lessonBuildKey(root)) ?? '';
  const built = new Curriculum([{ dir: lessons, label: 'curriculum/lessons' }], prebuilt);
  const items = await built.list();
  const hashes = Object.fromEntries(
    await Promise.all(items.map(async (i) => [i.file, (await built.open(i.id ?? '')).hash] as const)),
  );
  await writeFile(join(prebuilt, PREBUILT_MANIFEST), JSON.stringify({ buildKey, lessons: hashes }));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const fresh = async (sourceRoot: string | null = root): Promise<{ curriculum: Curriculum; cache: string }> => {
  const cache = await mkdtemp(join(work, 'cache-'));
  return {
    curriculum: new Curriculum([{ dir: lessons, label: 'curriculum/lessons' }], cache, { dir: prebuilt, sourceRoot }),
    cache,
  };
};

describe('precompiled core lessons', () => {
  it('lists and opens every lesson on a fresh data folder without compiling one', async () => {
    const { curriculum, cache } = await fresh();
    const items = await curriculum.list();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'ok')).toBe(true);
    const opened = await curriculum.open(items[0]?.id ?? '');
    expect(curriculum.cache.modulePath(opened.hash)).toBe(join(prebuilt, `${opened.hash}.mjs`));
    expect(await compiledInto(cache)).toBe(0);
  });

  it('compiles a lesson whose text changed since the build, and serves it from the data folder', async () => {
    const { curriculum, cache } = await fresh();
    const [first] = await curriculum.list();
    const file = join(lessons, first?.file.replace('curriculum/lessons/', '') ?? '');
    const original = await readFile(file, 'utf8');
    try {
      await writeFile(file, original.replace(/^title: .*$/m, 'title: A changed title'));
      const changed = new Curriculum([{ dir: lessons, label: 'curriculum/lessons' }], cache, {
        dir: prebuilt,
        sourceRoot: root,
      });
      const items = await changed.list();
      expect(items.find((i) => i.file === first?.file)).toMatchObject({ title: 'A changed title' });
      expect(await compiledInto(cache)).toBe(1);
      const opened = await changed.open(first?.id ?? '');
      expect(changed.cache.modulePath(opened.hash)).toBe(join(cache, `${opened.hash}.mjs`));
    } finally {
      await writeFile(file, original);
    }
  });

  it('sets aside a build made from other compiler or component sources, and compiles instead', async () => {
    const manifest = JSON.parse(await readFile(join(prebuilt, PREBUILT_MANIFEST), 'utf8')) as object;
    const stale = await mkdtemp(join(work, 'stale-'));
    await cp(prebuilt, stale, { recursive: true });
    await writeFile(join(stale, PREBUILT_MANIFEST), JSON.stringify({ ...manifest, buildKey: 'f'.repeat(64) }));
    expect(await usablePrebuilt(stale, root)).toBeNull();
    // A packaged app has no sources to compare: its code and lessons come from one build.
    expect(await usablePrebuilt(stale, null)).not.toBeNull();
    const cache = await mkdtemp(join(work, 'cache-'));
    const curriculum = new Curriculum([{ dir: lessons, label: 'curriculum/lessons' }], cache, {
      dir: stale,
      sourceRoot: root,
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await curriculum.list();
    expect(await compiledInto(cache)).toBeGreaterThan(0);
  });

  it('ignores a missing or malformed manifest', async () => {
    expect(await usablePrebuilt(join(work, 'nowhere'), root)).toBeNull();
    const bad = await mkdtemp(join(work, 'bad-'));
    await writeFile(join(bad, PREBUILT_MANIFEST), '{"buildKey": "x", "lessons": {}}');
    expect(await usablePrebuilt(bad, root)).toBeNull();
    await writeFile(join(bad, PREBUILT_MANIFEST), 'not json');
    expect(await usablePrebuilt(bad, root)).toBeNull();
  });

  it('compiles again when a precompiled entry is damaged', async () => {
    const damaged = await mkdtemp(join(work, 'damaged-'));
    await cp(prebuilt, damaged, { recursive: true });
    const manifest = JSON.parse(await readFile(join(damaged, PREBUILT_MANIFEST), 'utf8')) as {
      lessons: Record<string, string>;
    };
    for (const hash of Object.values(manifest.lessons)) await writeFile(join(damaged, `${hash}.json`), '{"hash": 1}');
    const cache = new LessonCache(await mkdtemp(join(work, 'cache-')));
    cache.setFallback(new LessonCache(damaged));
    const [hash] = Object.values(manifest.lessons);
    expect(await cache.get(hash ?? '', 'x.mdx')).toBeNull();
  });
});
