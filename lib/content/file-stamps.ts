import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Each file's path (relative to the working directory, as problems show it) and `size:mtimeMs`. */
export type FileStamps = ReadonlyMap<string, string>;

export interface StampOptions {
  /** A folder under `dir` whose files are left out. */
  skip?: string;
  /** Lets other work have turns as the stamping goes (lib/scheduling/time-slices.ts). */
  pause?: () => Promise<void>;
  /**
   * Earlier stamps to carry over: a file still listed keeps its stamp unless `unless` names it, so
   * only new files and the named ones are looked at (what a publish says it changed). A deleted or
   * renamed file is still seen, as the folder is listed; an unnamed edit is not, until a stamping
   * without `keep`.
   */
  keep?: { stamps: FileStamps; unless: (file: string) => boolean };
}

/**
 * Stamps every file under `dir` without reading any: an editor's save, a new file, a rename or a
 * deletion changes the stamps. (A rewrite keeping both size and modification time is not seen; git,
 * rsync and editors all set the time.)
 */
export async function stampFiles(dir: string, options: StampOptions = {}): Promise<FileStamps> {
  const { pause, keep } = options;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  // Shown once per folder, not per file: joining and relating 100,000 paths took 0.35 s.
  const folders = new Map<string, string>();
  const shownFolder = (folder: string) => {
    let shown = folders.get(folder);
    if (shown === undefined) folders.set(folder, (shown = showPath(folder) && `${showPath(folder)}/`));
    return shown;
  };
  const skipped = options.skip && shownFolder(path.join(dir, options.skip));
  const stamps = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // Relative to the working directory, as stat resolves it.
    const file = shownFolder(entry.parentPath) + entry.name;
    if (skipped && file.startsWith(skipped)) continue;
    const kept = keep && !keep.unless(file) ? keep.stamps.get(file) : undefined;
    if (kept !== undefined) {
      stamps.set(file, kept);
      continue;
    }
    // Synchronous on purpose: a stat is a few microseconds from the kernel's cache, and through
    // fs/promises' thread pool 100,000 of them took 3.8 s instead of a fraction of one.
    const s = statSync(file, { throwIfNoEntry: false });
    if (s) stamps.set(file, `${s.size}:${s.mtimeMs}`);
    if (pause) await pause();
  }
  return new Map([...stamps].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A path as the content loader shows it: relative to the working directory, with forward slashes. */
export function showPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** The files added, changed or removed between two stampings. */
export function changedFiles(before: FileStamps, after: FileStamps): string[] {
  const changed: string[] = [];
  for (const [file, stamp] of after) if (before.get(file) !== stamp) changed.push(file);
  for (const file of before.keys()) if (!after.has(file)) changed.push(file);
  return changed;
}
