import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  mkdirDurable,
  SerialQueue,
  syncDirectory,
  writeFileAtomic,
  type DurableFs,
} from '../../../core/store/durableFile';
import { CrashRecorder, crashStates, diskWith, readText, type DiskState, type FileOp } from './crashRecorder';
import { removeDir, tempDir } from './storeHelpers';

const path = '/data/profile/answers.json';
const OLD = '{"answer":"the old answer"}';
const NEW = '{"answer":"the new answer, longer than the old one"}';

/** Records one save of NEW over OLD, made by `save`. */
async function recordSave(save: (fs: DurableFs) => Promise<void>): Promise<{ initial: DiskState; ops: FileOp[] }> {
  const recorder = new CrashRecorder(diskWith(path, OLD));
  await save(recorder);
  expect(readText(recorder.live, path)).toBe(NEW);
  return { initial: recorder.initial, ops: recorder.ops };
}

/** What the file could hold after a power cut at every point of the save, or once it returned. */
function outcomes(initial: DiskState, ops: FileOp[], cuts: number[]): Set<string | undefined> {
  return new Set(cuts.flatMap((cut) => crashStates(initial, ops, cut).map((state) => readText(state, path))));
}
const everyCut = (ops: FileOp[]): number[] => ops.map((_, i) => i).concat(ops.length);

/** The save writeFileAtomic makes, with one step left out, to show the check can fail. */
async function saveWithout(step: 'file flush' | 'folder flush', fs: DurableFs): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await fs.open(temp, 'w', 0o600);
  await handle.writeFile(NEW);
  if (step !== 'file flush') await handle.sync();
  await handle.close();
  await fs.rename(temp, path);
  if (step !== 'folder flush') await syncDirectory('/data/profile', fs);
}

describe('writeFileAtomic after a power cut', () => {
  it('leaves the old answer or the new one at every point of a save, never neither', async () => {
    const { initial, ops } = await recordSave((fs) => writeFileAtomic(path, NEW, { fs }));
    expect(ops.map((op) => op.kind)).toEqual(['create', 'write', 'fsync', 'rename', 'fsync-dir']);
    expect([...outcomes(initial, ops, everyCut(ops))].sort()).toEqual([NEW, OLD].sort());
  });

  it('leaves only the new answer once the save has returned', async () => {
    const { initial, ops } = await recordSave((fs) => writeFileAtomic(path, NEW, { fs }));
    expect([...outcomes(initial, ops, [ops.length])]).toEqual([NEW]);
  });

  it('is caught losing the answer when the file is not flushed before the rename', async () => {
    const { initial, ops } = await recordSave((fs) => saveWithout('file flush', fs));
    const seen = outcomes(initial, ops, everyCut(ops));
    expect(seen).toContain('');
    expect(seen).toContain(NEW.slice(0, NEW.length / 2));
  });

  it('is caught losing a finished save when the folder is not flushed after the rename', async () => {
    const { initial, ops } = await recordSave((fs) => saveWithout('folder flush', fs));
    expect(outcomes(initial, ops, [ops.length])).toContain(OLD);
  });

  it('keeps the old file and removes its temporary one when writing fails', async () => {
    const recorder = new CrashRecorder(diskWith(path, OLD), { kind: 'write' });
    await expect(writeFileAtomic(path, NEW, { fs: recorder })).rejects.toThrow('EIO');
    expect([...(recorder.live.names.get('/data/profile')?.keys() ?? [])]).toEqual(['answers.json']);
    expect(readText(recorder.live, path)).toBe(OLD);
  });

  it('keeps the old file and removes its temporary one when the flush fails', async () => {
    const recorder = new CrashRecorder(diskWith(path, OLD), { kind: 'fsync' });
    await expect(writeFileAtomic(path, NEW, { fs: recorder })).rejects.toThrow('EIO');
    expect([...(recorder.live.names.get('/data/profile')?.keys() ?? [])]).toEqual(['answers.json']);
  });

  it('keeps the old file and removes its temporary one when the step before the replace fails', async () => {
    const recorder = new CrashRecorder(diskWith(path, OLD));
    const beforeReplace = async (): Promise<void> => {
      expect(recorder.ops.map((op) => op.kind)).toEqual(['create', 'write', 'fsync']);
      throw new Error('backup failed');
    };
    await expect(writeFileAtomic(path, NEW, { fs: recorder, beforeReplace })).rejects.toThrow('backup failed');
    expect([...(recorder.live.names.get('/data/profile')?.keys() ?? [])]).toEqual(['answers.json']);
    expect(readText(recorder.live, path)).toBe(OLD);
  });

  it('keeps the old file and removes its temporary one when the rename fails', async () => {
    const recorder = new CrashRecorder(diskWith(path, OLD), { kind: 'rename' });
    await expect(writeFileAtomic(path, NEW, { fs: recorder })).rejects.toThrow('EIO');
    expect(recorder.ops.at(-1)?.kind).toBe('unlink');
    expect([...(recorder.live.names.get('/data/profile')?.keys() ?? [])]).toEqual(['answers.json']);
  });
});

describe('writeFileAtomic on a real disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('durable');
  });
  afterEach(async () => removeDir(dir));

  it('replaces the file, readable by its owner only, and leaves no temporary file', async () => {
    const file = join(dir, 'answers.json');
    await writeFile(file, OLD);
    await writeFileAtomic(file, new TextEncoder().encode(NEW));
    expect(await readFile(file, 'utf8')).toBe(NEW);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['answers.json']);
  });

  it('makes missing folders, so a file written inside survives with its path', async () => {
    const nested = join(dir, 'a', 'b', 'c');
    await mkdirDurable(nested);
    await mkdirDurable(nested);
    expect((await stat(nested)).isDirectory()).toBe(true);
    expect((await stat(join(dir, 'a'))).mode & 0o777).toBe(0o700);
  });
});

describe('mkdirDurable and syncDirectory', () => {
  /** A file system whose mkdir reports `first` as the first folder it made, recording folder flushes. */
  function folderRecorder(
    first: string | undefined,
    openError?: string,
  ): { fs: DurableFs; flushed: string[]; closed: string[] } {
    const flushed: string[] = [];
    const closed: string[] = [];
    const fs: DurableFs = {
      open: async (dir) => {
        if (openError) throw Object.assign(new Error(openError), { code: openError });
        return {
          writeFile: async () => undefined,
          sync: async () => void flushed.push(dir),
          close: async () => void closed.push(dir),
        };
      },
      rename: async () => undefined,
      unlink: async () => undefined,
      mkdir: async () => first,
    };
    return { fs, flushed, closed };
  }

  it('flushes the parent of every folder it made, and no further up', async () => {
    const { fs, flushed, closed } = folderRecorder('/data/a');
    await mkdirDurable('/data/a/b/c', fs);
    expect(flushed).toEqual(['/data/a/b', '/data/a', '/data']);
    expect(closed, 'every folder opened to flush is closed again').toEqual(flushed);
  });

  it('flushes nothing when the folder was already there', async () => {
    const { fs, flushed } = folderRecorder(undefined);
    await mkdirDurable('/data/a', fs);
    expect(flushed).toEqual([]);
  });

  it('stops at the root of the file system even when mkdir names no first folder inside it', async () => {
    const { fs, flushed } = folderRecorder('/nowhere');
    await mkdirDurable('/a', fs);
    expect(flushed).toEqual(['/', '/']);
  });

  it.each(['EISDIR', 'EPERM', 'EINVAL', 'EBADF'])('accepts a system that cannot flush folders (%s)', async (code) => {
    await expect(syncDirectory('/data', folderRecorder(undefined, code).fs)).resolves.toBeUndefined();
  });

  it('reports any other failure to flush a folder', async () => {
    await expect(syncDirectory('/data', folderRecorder(undefined, 'EIO').fs)).rejects.toThrow('EIO');
  });
});

describe('SerialQueue', () => {
  it('runs tasks one after another in order, and a failed task does not stop the next', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task =
      (name: string, fail = false) =>
      async (): Promise<string> => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const first = queue.run(task('one', true));
    const second = queue.run(task('two'));
    await expect(first).rejects.toThrow('one');
    await expect(second).resolves.toBe('two');
    expect(log).toEqual(['start one', 'end one', 'start two', 'end two']);
  });

  it('is idle only once every queued task has finished, even a failed one', async () => {
    const queue = new SerialQueue();
    let finished = false;
    void queue
      .run(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        finished = true;
        throw new Error('failed');
      })
      .catch(() => undefined);
    await queue.idle();
    expect(finished).toBe(true);
  });
});
