import path from 'node:path';
import { cacheFileFor } from './cache-file';
import { publicSignature, readIndexSnapshot, snapshotSignature } from './index-snapshot';
import type { LoadedIndex, LoadOptions } from './load-content-index';
import { treeStoreRoot } from './load-parse-cache';
import { parserFingerprint } from './parse-cache';
import { createDiskTreeStore } from './tree-store';

/**
 * The index the last checked load stored, read without looking at the content files: the stamps
 * stored with it are trusted, while the parser, the site's address and public/ must still match.
 * For a server's start, where stamping 100,000 files first would keep the first reader waiting a
 * second longer. The caller stamps them afterwards by passing this as `previous` to
 * loadContentIndex, which then reads only what changed. Undefined when no stored index fits.
 */
export async function loadStoredIndex(
  contentDir: string,
  options: Pick<LoadOptions, 'cacheDir' | 'siteUrl' | 'publicDir'>,
): Promise<LoadedIndex | undefined> {
  const { cacheDir, siteUrl } = options;
  if (cacheDir === undefined) return undefined;
  const parser = parserFingerprint();
  const publicStamp = await publicSignature(options.publicDir ?? path.resolve('public'));
  const stored = await readIndexSnapshot(
    cacheFileFor(cacheDir, contentDir, 'index'),
    (stamps) => snapshotSignature(stamps, publicStamp, siteUrl, parser),
    createDiskTreeStore(treeStoreRoot(cacheDir, contentDir), parser),
  );
  if (!stored) return undefined;
  return {
    result: { ok: true, value: stored.index },
    warnings: stored.warnings,
    skipped: [],
    stats: { parsed: 0, reused: stored.index.articles.length, mode: 'snapshot' },
    origin: stored.origin,
  };
}
