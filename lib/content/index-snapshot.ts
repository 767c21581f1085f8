import { createHash } from 'node:crypto';
import { assembleIndex, type IndexParts } from './build-content-index';
import { readCacheFile, writeCacheFile } from './cache-file';
import { contentSignature } from './content-signature';
import type { ContentIndex } from './content-index';
import type { FileStamps } from './file-stamps';
import type { ContentProblem } from './problem';
import type { TreeStore } from './tree-store';

// Bump when the snapshot's shape changes; the parser's fingerprint covers what the parser makes.
const SNAPSHOT_VERSION = 6;

type StoredParts = Omit<IndexParts, 'trees' | 'publicFiles'> & { publicFiles: string[] };

/**
 * What a checked index was built from: every content and public file's path, size and modification
 * time, the site's address and the parser. A snapshot is read back only under the same signature,
 * so any saved, added, renamed or deleted file, or a new parser, means a full load.
 */
export function snapshotSignature(
  stamps: FileStamps,
  publicSignature: string,
  siteUrl: string | undefined,
  parser: string,
): string {
  const hash = createHash('sha256').update(JSON.stringify([SNAPSHOT_VERSION, parser, siteUrl ?? null]));
  hash.update(publicSignature);
  for (const [file, stamp] of stamps) hash.update(`\0${file}\0${stamp}`);
  return hash.digest('base64url');
}

/** A fingerprint of public/, whose images' sizes and paths the index records. */
export async function publicSignature(publicDir: string): Promise<string> {
  return createHash('sha256').update(await contentSignature(publicDir)).digest('base64url');
}

/** What a later load needs to see which files changed since this index was checked. */
export interface IndexOrigin {
  signature: string;
  stamps: FileStamps;
  publicSignature: string;
}

/**
 * Stores a checked index (with its warnings) under its signature, so the next process with the same
 * content reads it in one step instead of reading, hashing and cross-checking every file: a server
 * started on a 100,000-story build answers in seconds, not the ~40 s a full load takes.
 */
export function writeIndexSnapshot(
  file: string,
  origin: IndexOrigin,
  index: ContentIndex,
  warnings: readonly ContentProblem[],
): Promise<void> {
  const parts: StoredParts = {
    site: index.site,
    sections: index.sections,
    authors: [...index.authors.values()],
    pages: [...index.pages.values()],
    breaking: index.breaking,
    series: [...index.series.values()],
    topics: [...index.topics.values()],
    publicFiles: [...index.publicFiles],
    articles: index.articles,
  };
  const { signature, stamps, publicSignature } = origin;
  return writeCacheFile(file, [SNAPSHOT_VERSION, signature, parts, warnings, [...stamps], publicSignature]);
}

/** The index stored under `signature`, or undefined when there is none (or it is torn, or another's). */
export async function readIndexSnapshot(
  file: string,
  signature: string,
  trees: TreeStore,
): Promise<{ index: ContentIndex; warnings: ContentProblem[]; origin: IndexOrigin } | undefined> {
  const value = await readCacheFile(file);
  if (!Array.isArray(value) || value[0] !== SNAPSHOT_VERSION || value[1] !== signature) return undefined;
  // Written by writeIndexSnapshot under this version and signature, behind a checksum.
  const parts = value[2] as StoredParts;
  const warnings = value[3] as ContentProblem[];
  const origin = { signature, stamps: new Map(value[4] as [string, string][]), publicSignature: value[5] as string };
  return { index: assembleIndex({ ...parts, publicFiles: new Set(parts.publicFiles), trees }), warnings, origin };
}
