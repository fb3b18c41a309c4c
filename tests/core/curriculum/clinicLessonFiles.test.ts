import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Curriculum } from '../../../core/curriculum/curriculum';

/**
 * A clinic's lessons folder is not the app's own: whatever is in it is read as
 * hostile, as clinic.json and the logo are (core/security/readRegularFile.ts).
 */

const sample = join(import.meta.dirname, '../../fixtures/lessons-ok/sample.mdx');
let work: string;
let lessons: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'groundwork-clinic-lessons-'));
  lessons = join(work, 'lessons');
  await mkdir(lessons);
  await cp(sample, join(lessons, 'sample.mdx'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const list = () => new Curriculum([{ dir: lessons, label: 'clinic' }], join(work, 'cache')).list();

describe('a clinic lessons folder', () => {
  it('lists a lesson over 512 KB as broken, without compiling it, while the others open', async () => {
    const text = await readFile(sample, 'utf8');
    await writeFile(join(lessons, 'huge.mdx'), `${text}\n${'Padding text. '.repeat(60_000)}\n`);
    const items = await list();
    expect(items.find((i) => i.file === 'clinic/sample.mdx')?.status).toBe('ok');
    expect(items.find((i) => i.file === 'clinic/huge.mdx')).toMatchObject({
      status: 'broken',
      problem: { message: 'The file could not be read: it is larger than 512 KB' },
    });
  });

  it('skips a FIFO and a link to a file outside the folder, and lists the rest without hanging', async () => {
    execFileSync('mkfifo', [join(lessons, 'pipe.mdx')]);
    await writeFile(join(work, 'outside.mdx'), await readFile(sample, 'utf8'));
    await symlink(join(work, 'outside.mdx'), join(lessons, 'linked.mdx'));
    const started = Date.now();
    const items = await list();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(items.map((i) => i.file)).toEqual(['clinic/sample.mdx']);
  });
});
