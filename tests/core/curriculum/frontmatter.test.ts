import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as bundler from 'mdx-bundler';
import { compileLesson, inertGrayMatterOptions, readFrontmatter } from '../../../core/curriculum/compileLesson';
import { parseFrontmatter } from '../../../core/curriculum/frontmatter';
import { hostileFences, lessonBody, ranKey } from './hostileLessons';

vi.mock('mdx-bundler', async (original) => {
  const actual = await original<typeof bundler>();
  return { ...actual, bundleMDX: vi.fn(actual.bundleMDX) };
});

let work: string;
let mark: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-frontmatter-'));
  mark = join(work, 'ran.txt');
  Reflect.deleteProperty(globalThis, ranKey);
});
afterEach(() => rm(work, { recursive: true, force: true }));

const validYaml =
  'id: blanked\ntitle: Blanked Lesson\nmodule: coping-skills\norder: 1\nsummary: A lesson for the compiler test.\nobjectives:\n  - Check\nminutes: 45\n';
const ran = (): boolean => existsSync(mark) || Reflect.has(globalThis, ranKey);

describe('parseFrontmatter', () => {
  it('reads plain YAML and blanks its lines, so the body keeps its line numbers', () => {
    const source = '---\nid: a-lesson\norder: 2\n---\n\n<Worksheet>\n';
    const front = parseFrontmatter(source);
    expect(front).toEqual({ ok: true, data: { id: 'a-lesson', order: 2 }, body: '\n\n\n\n\n<Worksheet>\n' });
    if (front.ok) expect(front.body.split('\n').length).toBe(source.split('\n').length);
  });

  it('reads a file with a byte-order mark and Windows line ends', () => {
    const front = parseFrontmatter('\uFEFF---\r\nid: a-lesson\r\n---\r\nText\r\n');
    expect(front).toMatchObject({ ok: true, data: { id: 'a-lesson' }, body: '\n\n\nText\r\n' });
  });

  it.each(hostileFences)('refuses %s with file:line:column and runs nothing', (_name, fence, where) => {
    const source = fence(mark);
    const front = parseFrontmatter(source);
    expect(front.ok).toBe(false);
    if (!front.ok) expect(front.problem).toMatchObject(where);
    expect(ran()).toBe(false);
    const read = readFrontmatter(source, 'lessons/hostile.mdx');
    expect(read).toMatchObject({ ok: false, problem: { file: 'lessons/hostile.mdx', ...where } });
    expect(ran()).toBe(false);
  });

  it.each([
    ['no frontmatter', 'Just text\n', /starts with its frontmatter/],
    ['no closing fence', '---\nid: a\n', /no closing/],
    ['two documents', '---\nid: a\n...\nid: b\n---\n', /not valid YAML/],
    ['a repeated key', '---\nid: a\nid: b\n---\n', /not valid YAML/],
    ['a %YAML directive', '---\n%YAML 1.1\nid: a\n---\n', /not valid YAML|directive/],
    ['an alias', '---\nid: &x a\ntitle: *x\n---\n', /anchors|aliases/],
    ['a binary value', '---\nid: !!binary aGVsbG8=\n---\n', /tags such as !!binary/],
    ['an over-long block', `---\nsummary: ${'x'.repeat(30_000)}\n---\n`, /longer than/],
  ])('refuses %s', (_name, source, message) => {
    const front = parseFrontmatter(source);
    expect(front.ok).toBe(false);
    if (!front.ok) expect(front.problem.message).toMatch(message);
  });

  it('keeps a __proto__ key as a plain key, which the lesson schema then refuses', () => {
    const source = `---\n__proto__:\n  polluted: true\n${validYaml}---\n`;
    const front = parseFrontmatter(source);
    expect(front.ok && Object.getPrototypeOf(front.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const read = readFrontmatter(source, 'x.mdx');
    expect(read).toMatchObject({ ok: false, problem: { line: 2 } });
    expect(!read.ok && read.problem.message).toMatch(/__proto__/);
  });
});

describe('mdx-bundler and its own gray-matter call', () => {
  it('is given the lesson with its frontmatter blanked, and engines that refuse to run', async () => {
    const source = `---\n${validYaml}---\n${lessonBody}`;
    await compileLesson(source, 'blanked.mdx');
    const options = vi.mocked(bundler.bundleMDX).mock.calls.at(-1)?.[0];
    expect(options?.source).toBe(`${'\n'.repeat(10)}${lessonBody}`);
    expect(options?.grayMatterOptions?.({})).toBe(inertGrayMatterOptions);
  });

  it.each(hostileFences)('gray-matter with those options refuses %s and runs nothing', (_name, fence) => {
    expect(() => matter(fence(mark), inertGrayMatterOptions)).toThrow();
    expect(ran()).toBe(false);
  });
});
