import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_PATTERN, slugSchema } from '../../common/ids';
import { limits } from '../../common/limits';

const root = resolve(import.meta.dirname, '../..');

/** Every .ts and .tsx file under `dir`, as paths from the repository root. */
async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

describe('safe ids', () => {
  it.each(['box-breathing', 'a', 'step-2', '42'])('takes %s as a file name', (id) => {
    expect(isSlug(id)).toBe(true);
  });

  it.each(['', 'Box', 'a--b', '-a', 'a-', '../a', 'a.json', 'a b', 'a_b'])('refuses %j', (id) => {
    expect(isSlug(id)).toBe(false);
  });

  it('bounds an id only when asked, and says what to type', () => {
    expect(slugSchema().safeParse('x'.repeat(500)).success).toBe(true);
    expect(slugSchema({ max: limits.idChars }).safeParse('x'.repeat(limits.idChars + 1)).success).toBe(false);
    const refused = slugSchema({ message: 'use a lowercase module id' }).safeParse('Coping');
    expect(refused.error?.issues[0]?.message).toBe('use a lowercase module id');
  });

  it('is written out only in common/ids.ts', async () => {
    const literal = SLUG_PATTERN.source;
    const files = (
      await Promise.all(['common', 'core', 'electron', 'renderer', 'curriculum', 'devhost'].map(sources))
    ).flat();
    const copies: string[] = [];
    for (const file of files) {
      if (file === join('common', 'ids.ts')) continue;
      if ((await readFile(join(root, file), 'utf8')).includes(literal)) copies.push(file);
    }
    expect(copies, 'import SLUG_PATTERN, isSlug or slugSchema from common/ids.ts instead').toEqual([]);
  });
});
