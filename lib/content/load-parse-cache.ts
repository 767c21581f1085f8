import { cacheFileFor, readCacheFile, writeCacheFile } from './cache-file';
import { PARSE_CACHE_VERSION, type ParseCacheEntries } from './parse-cache';

/** The parse cache file for a content folder. */
export function parseCacheFile(cacheDir: string, contentDir: string): string {
  return cacheFileFor(cacheDir, contentDir, 'parse');
}

/** Reads stored parse results; a missing, damaged or outdated file gives none, never an error. */
export async function loadParseCache(file: string): Promise<ParseCacheEntries> {
  const value = await readCacheFile(file);
  const entries = new Map<string, Uint8Array>();
  if (!Array.isArray(value) || value[0] !== PARSE_CACHE_VERSION || !Array.isArray(value[1])) return entries;
  for (const entry of value[1] as unknown[]) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array)
      entries.set(entry[0], entry[1]);
  }
  return entries;
}

/** Stores parse results for the next run. */
export function saveParseCache(file: string, entries: ParseCacheEntries): Promise<void> {
  return writeCacheFile(file, [PARSE_CACHE_VERSION, [...entries]]);
}

/** The folder of a content folder's stored body trees (see tree-store.ts). */
export function treeStoreRoot(cacheDir: string, contentDir: string): string {
  return cacheFileFor(cacheDir, contentDir, 'trees').replace(/\.bin$/, '');
}
