import { copyFile, link, mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** How many copies a file's backup ring keeps. */
export interface BackupPolicy {
  /** The last this-many versions, whatever their age. */
  recent: number;
  /** Plus the newest version of each of the last this-many days. */
  days: number;
}

export const defaultBackupPolicy: BackupPolicy = { recent: 5, days: 7 };

const NAME = /^(\d{15})-(\d+)\.gw$/;

/**
 * Rolling backups of one file: just before each save replaces the file, the old
 * version is kept here (a hard link, so it costs no copy and no space until the
 * file is replaced). The copies are the encrypted file itself, so backups are as
 * private as the data. Old copies beyond the policy are removed.
 */
export class BackupRing {
  private names: string[] | null = null;
  private seq = 0;

  constructor(
    readonly dir: string,
    private readonly policy: BackupPolicy = defaultBackupPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  private async list(): Promise<string[]> {
    if (this.names === null) {
      const entries = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      this.names = entries.filter((n) => NAME.test(n)).sort();
    }
    return this.names;
  }

  /** Keeps the current content of `path` as the newest backup; nothing when it does not exist yet. */
  async keep(path: string): Promise<void> {
    const names = await this.list();
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `${String(this.now()).padStart(15, '0')}-${(this.seq += 1)}.gw`;
    const target = join(this.dir, name);
    try {
      await link(path, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      // Some file systems (FAT, some network drives) have no hard links.
      await copyFile(path, target);
    }
    names.push(name);
    names.sort();
    await this.prune(names);
  }

  private async prune(names: string[]): Promise<void> {
    const keep = new Set(names.slice(-this.policy.recent));
    const cutoff = this.now() - this.policy.days * 86_400_000;
    const seenDays = new Set<string>();
    for (const name of [...names].reverse()) {
      const at = Number(NAME.exec(name)?.[1]);
      if (at < cutoff) continue;
      const day = new Date(at).toDateString();
      if (!seenDays.has(day)) {
        seenDays.add(day);
        keep.add(name);
      }
    }
    const drop = names.filter((n) => !keep.has(n));
    this.names = names.filter((n) => keep.has(n));
    await Promise.all(drop.map((n) => unlink(join(this.dir, n)).catch(() => undefined)));
  }

  /** Backup paths, newest first, with the time each was kept. */
  async newestFirst(): Promise<{ path: string; at: Date }[]> {
    this.names = null;
    const names = await this.list();
    return [...names].reverse().map((n) => ({ path: join(this.dir, n), at: new Date(Number(NAME.exec(n)?.[1])) }));
  }
}
