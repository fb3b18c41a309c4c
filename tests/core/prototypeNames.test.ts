import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileLesson } from '../../core/curriculum/compileLesson';
import { createService, type Service } from '../../core/service';

/**
 * "constructor" passes the id pattern of lessons and exercises alike: through the
 * whole API it must act as an ordinary name (save, load, history, restore, PDF).
 * The other names Object.prototype has cannot be ids at all.
 */

const root = join(import.meta.dirname, '../..');
const frontmatter = (id: string): string =>
  `---\nid: ${id}\ntitle: A Lesson Named Oddly\nmodule: coping-skills\norder: 1\nsummary: A lesson whose ids are JavaScript names.\nobjectives:\n  - Save answers\nminutes: 45\n---\n`;
const worksheet = (exerciseId: string): string =>
  `\n<Worksheet>\n\n<ShortText id="${exerciseId}" label="Named like a prototype" />\n\n<ShortText id="other" label="Another question" />\n\n</Worksheet>\n`;

let work: string;
let service: Service;
const pdfCalls: string[] = [];

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-names-'));
  pdfCalls.length = 0;
  const lessons = join(work, 'lessons');
  await mkdir(lessons);
  await writeFile(join(lessons, 'constructor.mdx'), `${frontmatter('constructor')}${worksheet('constructor')}`);
  service = createService({
    dataDir: join(work, 'data'),
    cacheDir: join(work, 'cache'),
    lessonRoots: [{ dir: lessons, label: 'lessons' }],
    resourcesDir: join(root, 'resources'),
    store: { historyGapMs: 0, defaultProfile: true },
    adapters: {
      host: 'browser',
      version: '0.0.0-test',
      renderPdf: async (html) => {
        pdfCalls.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
      chooseSavePath: async () => join(work, `out-${pdfCalls.length}.pdf`),
      print: async () => ({ status: 'printed' }),
    },
  });
});
afterEach(async () => {
  await service.store.close();
  await rm(work, { recursive: true, force: true });
});

const ids = { lessonId: 'constructor', exerciseId: 'constructor' };

describe('the lesson and exercise id "constructor"', () => {
  it('prints a blank line, not Object, on a filled worksheet before any answer', async () => {
    expect(
      await service.dispatch('exportWorksheet', { lessonId: 'constructor', filled: true, paper: 'letter' }),
    ).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(pdfCalls[0]).not.toMatch(/native code|function Object/);
  });

  it('saves, loads, keeps history, restores and prints like any other name', async () => {
    expect(await service.dispatch('loadAnswers', { lessonId: 'constructor' })).toMatchObject({
      ok: true,
      value: { answers: {}, setAside: [] },
    });
    expect(await service.dispatch('saveAnswer', { ...ids, value: 'first words' })).toMatchObject({ ok: true });
    expect(await service.dispatch('getLessonHistory', { lessonId: 'constructor' })).toEqual({
      ok: true,
      value: { exercises: [] },
    });
    expect(await service.dispatch('saveAnswer', { ...ids, value: 'second words' })).toMatchObject({ ok: true });
    const history = await service.dispatch('getLessonHistory', { lessonId: 'constructor' });
    const versions = history.ok ? (history.value as { exercises: { versions: { updatedAt: string }[] }[] }) : null;
    expect(versions?.exercises).toHaveLength(1);
    expect(versions?.exercises[0]?.versions).toMatchObject([{ value: 'first words' }]);
    const updatedAt = versions?.exercises[0]?.versions[0]?.updatedAt ?? '';
    expect(await service.dispatch('restoreAnswer', { ...ids, updatedAt })).toMatchObject({ ok: true });
    const loaded = await service.dispatch('loadAnswers', { lessonId: 'constructor' });
    expect(loaded).toMatchObject({ ok: true, value: { answers: { constructor: { value: 'first words' } } } });
    expect(loaded.ok && (loaded.value as { setAside: unknown[] }).setAside).toEqual([]);

    await service.dispatch('exportWorksheet', { lessonId: 'constructor', filled: true, paper: 'letter' });
    expect(pdfCalls.at(-1)).toContain('first words');
    expect(pdfCalls.at(-1)).not.toMatch(/native code|function Object/);
  });
});

describe.each(['__proto__', 'toString', 'hasOwnProperty'])('the name "%s"', (name) => {
  it('is refused as an exercise id and as a lesson id', async () => {
    await expect(compileLesson(`${frontmatter('fine-lesson')}${worksheet(name)}`, 'a.mdx')).rejects.toMatchObject({
      problem: { message: expect.stringContaining(`The id "${name}"`) },
    });
    await expect(compileLesson(`${frontmatter(name)}${worksheet('fine')}`, 'b.mdx')).rejects.toMatchObject({
      problem: { line: 2, message: expect.stringContaining('"id"') },
    });
    expect(await service.dispatch('saveAnswer', { lessonId: name, exerciseId: name, value: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
