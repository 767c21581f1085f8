import { cacheFileFor, readCacheFrames, writeCacheFrames } from './cache-file';
import { PARSE_CACHE_VERSION, type ParseCacheEntries } from './parse-cache';

// Entries a frame: ~2.7 KB each, so a frame is tens of megabytes, far under what one read can take.
const ENTRIES_PER_FRAME = 16_384;

/** The parse cache file for a content folder. */
export function parseCacheFile(cacheDir: string, contentDir: string): string {
  return cacheFileFor(cacheDir, contentDir, 'parse');
}

/** Reads stored parse results; a missing, damaged or outdated file gives none, never an error. */
export async function loadParseCache(file: string): Promise<ParseCacheEntries> {
  const entries = new Map<string, Uint8Array>();
  let version: unknown;
  const complete = await readCacheFrames(file, (value) => {
    if (version === undefined) {
      version = value;
      if (version !== PARSE_CACHE_VERSION) throw new Error('outdated');
      return;
    }
    if (!Array.isArray(value)) throw new Error('not a frame of entries');
    for (const entry of value as unknown[]) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array)
        entries.set(entry[0], entry[1]);
    }
  });
  if (!complete) entries.clear();
  return entries;
}

/** Stores parse results for the next run: the version, then the entries a frame at a time. */
export function saveParseCache(file: string, entries: ParseCacheEntries): Promise<void> {
  return writeCacheFrames(file, framesOf(entries));
}

function* framesOf(entries: ParseCacheEntries): Generator<unknown> {
  yield PARSE_CACHE_VERSION;
  let frame: [string, Uint8Array][] = [];
  for (const entry of entries) {
    frame.push(entry);
    if (frame.length === ENTRIES_PER_FRAME) {
      yield frame;
      frame = [];
    }
  }
  if (frame.length > 0) yield frame;
}

/** The folder of a content folder's stored body trees (see tree-store.ts). */
export function treeStoreRoot(cacheDir: string, contentDir: string): string {
  return cacheFileFor(cacheDir, contentDir, 'trees').replace(/\.bin$/, '');
}
