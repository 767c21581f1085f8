import { createHash } from 'node:crypto';
import { assembleIndex, type IndexParts } from './build-content-index';
import { readCacheFile, writeCacheFile } from './cache-file';
import { contentSignature } from './content-signature';
import type { ContentIndex } from './content-index';
import type { ContentProblem } from './problem';
import type { TreeStore } from './tree-store';

// Bump when the snapshot's shape changes; the parser's fingerprint covers what the parser makes.
const SNAPSHOT_VERSION = 1;

type StoredParts = Omit<IndexParts, 'trees' | 'publicFiles'> & { publicFiles: string[] };

/**
 * What a checked index was built from: every content and public file's path, size and modification
 * time, the site's address and the parser. A snapshot is read back only under the same signature,
 * so any saved, added, renamed or deleted file, or a new parser, means a full load.
 */
export async function snapshotSignature(
  contentDir: string,
  publicDir: string,
  siteUrl: string | undefined,
  parser: string,
): Promise<string> {
  const [content, files] = await Promise.all([contentSignature(contentDir), contentSignature(publicDir)]);
  return createHash('sha256')
    .update(JSON.stringify([SNAPSHOT_VERSION, parser, siteUrl ?? null]))
    .update(content)
    .update('\0')
    .update(files)
    .digest('base64url');
}

/**
 * Stores a checked index (with its warnings) under its signature, so the next process with the same
 * content reads it in one step instead of reading, hashing and cross-checking every file: a server
 * started on a 100,000-story build answers in seconds, not the ~40 s a full load takes.
 */
export function writeIndexSnapshot(
  file: string,
  signature: string,
  index: ContentIndex,
  warnings: readonly ContentProblem[],
): Promise<void> {
  const parts: StoredParts = {
    site: index.site,
    sections: index.sections,
    authors: [...index.authors.values()],
    pages: [...index.pages.values()],
    publicFiles: [...index.publicFiles],
    articles: index.articles,
  };
  return writeCacheFile(file, [SNAPSHOT_VERSION, signature, parts, warnings]);
}

/** The index stored under `signature`, or undefined when there is none (or it is torn, or another's). */
export async function readIndexSnapshot(
  file: string,
  signature: string,
  trees: TreeStore,
): Promise<{ index: ContentIndex; warnings: ContentProblem[] } | undefined> {
  const value = await readCacheFile(file);
  if (!Array.isArray(value) || value[0] !== SNAPSHOT_VERSION || value[1] !== signature) return undefined;
  // Written by writeIndexSnapshot under this version and signature, behind a checksum.
  const parts = value[2] as StoredParts;
  const warnings = value[3] as ContentProblem[];
  return { index: assembleIndex({ ...parts, publicFiles: new Set(parts.publicFiles), trees }), warnings };
}
