import { basename, dirname } from 'node:path';
import type { DurableFs, DurableHandle } from '../../../core/store/durableFile';

/**
 * A file system that records what a save asks of the disk, so a test can replay
 * every state a power cut could leave (after ALICE and CrashMonkey). The model
 * is the pessimistic one POSIX allows: a file's bytes are only sure once the file
 * is flushed, a name (create, rename, unlink) only once its folder is flushed, and
 * anything not yet flushed may reach the disk or not, in any combination; a lost
 * write may also land torn (its first half only).
 */
export type FileOp =
  | { kind: 'create'; dir: string; name: string; inode: number }
  | { kind: 'write'; inode: number; data: Uint8Array }
  | { kind: 'fsync'; inode: number }
  | { kind: 'rename'; dir: string; from: string; to: string }
  | { kind: 'unlink'; dir: string; name: string }
  | { kind: 'fsync-dir'; dir: string };

/** What the disk holds: each folder's names pointing at files, and each file's bytes. */
export interface DiskState {
  names: Map<string, Map<string, number>>;
  bytes: Map<number, Uint8Array>;
}

/** Options that make one recorded call fail, to test the clean-up paths. */
export interface FailOn {
  kind: FileOp['kind'] | 'open';
  error?: NodeJS.ErrnoException;
}

const copy = (state: DiskState): DiskState => ({
  names: new Map([...state.names].map(([dir, entries]) => [dir, new Map(entries)])),
  bytes: new Map(state.bytes),
});

/** Applies one operation to a disk state; a rename or unlink of a name the disk never got does nothing. */
export function apply(state: DiskState, op: FileOp, torn = false): void {
  const entries = (dir: string): Map<string, number> => {
    const found = state.names.get(dir) ?? new Map<string, number>();
    state.names.set(dir, found);
    return found;
  };
  if (op.kind === 'create') {
    entries(op.dir).set(op.name, op.inode);
    if (!state.bytes.has(op.inode)) state.bytes.set(op.inode, new Uint8Array());
  } else if (op.kind === 'write') {
    state.bytes.set(op.inode, torn ? op.data.slice(0, Math.floor(op.data.length / 2)) : op.data);
  } else if (op.kind === 'rename') {
    const inode = entries(op.dir).get(op.from);
    if (inode === undefined) return;
    entries(op.dir).delete(op.from);
    entries(op.dir).set(op.to, inode);
  } else if (op.kind === 'unlink') {
    entries(op.dir).delete(op.name);
  }
}

/** Records a save's calls while behaving as a working file system. */
export class CrashRecorder implements DurableFs {
  readonly ops: FileOp[] = [];
  readonly live: DiskState;
  private nextInode = 1000;

  constructor(
    readonly initial: DiskState,
    private readonly failOn?: FailOn,
  ) {
    this.live = copy(initial);
  }

  private record(op: FileOp): void {
    if (this.failOn?.kind === op.kind) throw this.failOn.error ?? Object.assign(new Error('EIO'), { code: 'EIO' });
    this.ops.push(op);
    apply(this.live, op);
  }

  async open(path: string, flags: 'w' | 'r'): Promise<DurableHandle> {
    if (this.failOn?.kind === 'open') throw this.failOn.error ?? Object.assign(new Error('EIO'), { code: 'EIO' });
    if (flags === 'r') {
      return {
        writeFile: async () => undefined,
        sync: async () => this.record({ kind: 'fsync-dir', dir: path }),
        close: async () => undefined,
      };
    }
    const inode = this.nextInode++;
    this.record({ kind: 'create', dir: dirname(path), name: basename(path), inode });
    return {
      writeFile: async (data) =>
        this.record({ kind: 'write', inode, data: typeof data === 'string' ? new TextEncoder().encode(data) : data }),
      sync: async () => this.record({ kind: 'fsync', inode }),
      close: async () => undefined,
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.record({ kind: 'rename', dir: dirname(from), from: basename(from), to: basename(to) });
  }

  async unlink(path: string): Promise<void> {
    this.record({ kind: 'unlink', dir: dirname(path), name: basename(path) });
  }

  async mkdir(): Promise<string | undefined> {
    return undefined;
  }
}

/** Whether a later flush in `ops` makes operation `index` sure to be on disk. */
function flushed(ops: FileOp[], index: number): boolean {
  const op = ops[index];
  const later = ops.slice(index + 1);
  if (op.kind === 'write') return later.some((l) => l.kind === 'fsync' && l.inode === op.inode);
  if (op.kind === 'create' || op.kind === 'rename' || op.kind === 'unlink') {
    return later.some((l) => l.kind === 'fsync-dir' && l.dir === op.dir);
  }
  return true;
}

/**
 * Every disk state a power cut could leave after the first `cut` operations:
 * each unflushed operation is kept, lost, or (a write) torn, in every combination.
 */
export function crashStates(initial: DiskState, ops: FileOp[], cut: number): DiskState[] {
  const done = ops.slice(0, cut);
  const choices = done.map((op, i) =>
    flushed(done, i) ? ['kept'] : op.kind === 'write' ? ['kept', 'lost', 'torn'] : ['kept', 'lost'],
  );
  let combos: string[][] = [[]];
  for (const options of choices) combos = combos.flatMap((combo) => options.map((o) => [...combo, o]));
  return combos.map((combo) => {
    const state = copy(initial);
    done.forEach((op, i) => {
      if (combo[i] !== 'lost') apply(state, op, combo[i] === 'torn');
    });
    return state;
  });
}

/** The text a path holds in a disk state, or undefined when the name is gone. */
export function readText(state: DiskState, path: string): string | undefined {
  const inode = state.names.get(dirname(path))?.get(basename(path));
  return inode === undefined ? undefined : new TextDecoder().decode(state.bytes.get(inode));
}

/** A disk holding one flushed file. */
export function diskWith(path: string, text: string): DiskState {
  return {
    names: new Map([[dirname(path), new Map([[basename(path), 1]])]]),
    bytes: new Map([[1, new TextEncoder().encode(text)]]),
  };
}
