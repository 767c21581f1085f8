import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Each file's path (relative to the working directory, as problems show it) and `size:mtimeMs`. */
export type FileStamps = ReadonlyMap<string, string>;

/**
 * The folders a stamping listed, each with its modification time, which a file added to it, deleted
 * from it or renamed in it changes: the next stamping lists again only the folders that changed.
 */
export interface FolderListing {
  folders: ReadonlyMap<string, number>;
  /** When the folders were stamped (Date.now()). */
  takenAt: number;
}

export interface Stamping {
  stamps: FileStamps;
  listing: FolderListing;
  /** With `keep` and its listing: the files added, deleted or stamped anew since `keep.stamps`. */
  changed?: string[];
}

export interface StampOptions {
  /** A folder under `dir` whose files are left out. */
  skip?: string;
  /** Lets other work have turns as the stamping goes (lib/scheduling/time-slices.ts). */
  pause?: () => Promise<void>;
  /**
   * Earlier stamps to carry over: a file still there keeps its stamp unless `unless` names it, so
   * only new files and the named ones are looked at (what a publish says it changed). A deleted or
   * renamed file is still seen; an unnamed edit is not, until a stamping without `keep`. With the
   * earlier stamping's `listing`, only the folders whose modification time changed are listed again:
   * a publish at 100,000 stories then costs a stat per folder, not a directory entry per story.
   */
  keep?: { stamps: FileStamps; listing?: FolderListing; unless: (file: string) => boolean };
}

// A folder changed within this long of being stamped may have changed in the same tick of its
// file system's clock (4 ms on Linux, 2 s on FAT) without its time moving: it is listed again next
// time, as git treats an index entry as "racy" when the file is as new as the index.
const RACY_MS = 2_000;

/**
 * Stamps every file under `dir` without reading any: an editor's save, a new file, a rename or a
 * deletion changes the stamps. (A rewrite keeping both size and modification time is not seen; git,
 * rsync and editors all set the time.) Stamps are in path order.
 */
export async function stampFiles(dir: string, options: StampOptions = {}): Promise<Stamping> {
  const takenAt = Date.now();
  const root = showPath(dir);
  const skip = options.skip === undefined ? undefined : showPath(path.join(dir, options.skip));
  const { keep, pause } = options;
  if (keep?.listing) {
    const patched = await stampChangedFolders(root, keep, keep.listing, { skip, pause, takenAt });
    if (patched) return patched;
  }
  const stamps = new Map<string, string>();
  const folders = new Map<string, number>();
  const stamp = (file: string) => {
    const kept = keep && !keep.unless(file) ? keep.stamps.get(file) : undefined;
    if (kept !== undefined) return void stamps.set(file, kept);
    const taken = stampOf(file);
    if (taken !== undefined) stamps.set(file, taken);
  };
  await listFolder(root, { folders, skip, pause, onFile: stamp });
  return { stamps: sortedByPath(stamps), listing: { folders, takenAt } };
}

interface Walk {
  folders: Map<string, number>;
  skip?: string;
  pause?: () => Promise<void>;
  onFile: (file: string) => void;
}

// Lists a folder and every folder under it, stamping each folder before reading it (a file added
// during the listing then changes the folder after its stamp), and hands on each file's shown path.
async function listFolder(folder: string, walk: Walk): Promise<void> {
  const info = statSync(folder || '.', { throwIfNoEntry: false });
  if (!info?.isDirectory()) return;
  walk.folders.set(folder, info.mtimeMs);
  const entries = await readdir(folder || '.', { withFileTypes: true }).catch(() => []);
  const prefix = folder && `${folder}/`;
  for (const entry of entries) {
    const shown = prefix + entry.name;
    if (entry.isDirectory()) {
      if (shown !== walk.skip) await listFolder(shown, walk);
    } else if (entry.isFile()) {
      walk.onFile(shown);
      if (walk.pause) await walk.pause();
    }
  }
}

// The earlier stamps, with the folders whose time moved (or that were racy) listed again and the
// files `unless` names stamped anew. Undefined when the root folder is gone. What it costs is the
// changed folders' listings and a pass over the earlier stamps, which are in path order: a folder's
// files are one run of them, and the new stamps are made by merging in one pass, with no sort.
async function stampChangedFolders(
  root: string,
  keep: NonNullable<StampOptions['keep']>,
  listing: FolderListing,
  { skip, pause, takenAt }: { skip?: string; pause?: () => Promise<void>; takenAt: number },
): Promise<Stamping | undefined> {
  const known = [...keep.stamps.keys()];
  const folders = new Map(listing.folders);
  const added = new Map<string, string>();
  const removed = new Set<string>();
  const add = (file: string) => {
    if (keep.stamps.has(file) || added.has(file)) return;
    const taken = stampOf(file);
    if (taken !== undefined) added.set(file, taken);
  };
  for (const [folder, mtime] of listing.folders) {
    const info = statSync(folder || '.', { throwIfNoEntry: false });
    if (info?.isDirectory() && info.mtimeMs === mtime && mtime < listing.takenAt - RACY_MS) continue;
    const prefix = folder && `${folder}/`;
    const under = runWithPrefix(known, prefix);
    if (!info?.isDirectory()) {
      if (folder === root) return undefined;
      for (const name of folders.keys()) if (name === folder || name.startsWith(prefix)) folders.delete(name);
      for (let i = under.start; i < under.end; i++) removed.add(known[i]!);
      continue;
    }
    folders.set(folder, info.mtimeMs);
    const entries = await readdir(folder || '.', { withFileTypes: true }).catch(() => []);
    const here = new Set<string>();
    for (const entry of entries) {
      const shown = prefix + entry.name;
      if (entry.isDirectory()) {
        if (shown !== skip && !folders.has(shown)) await listFolder(shown, { folders, skip, pause, onFile: add });
      } else if (entry.isFile()) {
        here.add(shown);
        add(shown);
      }
    }
    for (let i = under.start; i < under.end; i++) {
      const file = known[i]!;
      if (file.indexOf('/', prefix.length) < 0 && !here.has(file)) removed.add(file);
    }
  }
  const restamped = new Map<string, string>();
  for (const file of known) {
    if (removed.has(file) || !keep.unless(file)) continue;
    const taken = stampOf(file);
    if (taken === undefined) removed.add(file);
    else if (taken !== keep.stamps.get(file)) restamped.set(file, taken);
  }
  const changed = [...added.keys(), ...removed, ...restamped.keys()];
  if (changed.length === 0) return { stamps: keep.stamps, listing: { folders, takenAt }, changed };
  const insert = [...added].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const stamps = new Map<string, string>();
  let next = 0;
  for (const file of known) {
    for (; next < insert.length && insert[next]![0] < file; next++) stamps.set(...insert[next]!);
    if (!removed.has(file)) stamps.set(file, restamped.get(file) ?? keep.stamps.get(file)!);
  }
  for (; next < insert.length; next++) stamps.set(...insert[next]!);
  return { stamps, listing: { folders, takenAt }, changed };
}

// The run of sorted `paths` that start with `prefix`, found by binary search.
function runWithPrefix(paths: readonly string[], prefix: string): { start: number; end: number } {
  const lowerBound = (value: string) => {
    let low = 0;
    let high = paths.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (paths[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const start = lowerBound(prefix);
  let end = start;
  while (end < paths.length && paths[end]!.startsWith(prefix)) end++;
  return { start, end };
}

// Synchronous on purpose: a stat is a few microseconds from the kernel's cache, and through
// fs/promises' thread pool 100,000 of them took 3.8 s instead of a fraction of one.
function stampOf(file: string): string | undefined {
  const s = statSync(file, { throwIfNoEntry: false });
  return s?.isFile() ? `${s.size}:${s.mtimeMs}` : undefined;
}

function sortedByPath(stamps: Map<string, string>): Map<string, string> {
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
