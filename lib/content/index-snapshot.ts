import { createHash } from 'node:crypto';
import { assembleIndex, type IndexParts } from './build-content-index';
import { readCacheFile, writeCacheFile } from './cache-file';
import { contentSignature } from './content-signature';
import type { ContentIndex } from './content-index';
import type { FileStamps, FolderListing } from './file-stamps';
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
  // In runs of a thousand: 100,000 calls to update(), one a stamp, took a starting server ~100 ms, runs 16 ms.
  let run = '';
  let count = 0;
  for (const [file, stamp] of stamps) {
    run += `\0${file}\0${stamp}`;
    if (++count % 1_000 === 0) {
      hash.update(run);
      run = '';
    }
  }
  hash.update(run);
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
  /** The folders listed with the stamps (not stored: a server's first publish lists every folder). */
  listing?: FolderListing;
  publicSignature: string;
  /**
   * Some stamps were carried over from an earlier load, or read back with a stored index, rather
   * than taken: a load that stamps every file should follow soon.
   */
  assumed?: boolean;
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

/**
 * The index stored under `signature`, or undefined when there is none (or it is torn, or another's).
 * Given a function, the signature is the one it makes of the stamps stored with the snapshot: the
 * files are then trusted to be as they were, and only the rest of the signature is checked.
 */
export async function readIndexSnapshot(
  file: string,
  signature: string | ((stamps: FileStamps) => string),
  trees: TreeStore,
): Promise<{ index: ContentIndex; warnings: ContentProblem[]; origin: IndexOrigin } | undefined> {
  const value = await readCacheFile(file);
  if (!Array.isArray(value) || value[0] !== SNAPSHOT_VERSION) return undefined;
  if (typeof signature === 'string' && value[1] !== signature) return undefined;
  // Written by writeIndexSnapshot under this version, behind a checksum.
  const stamps: FileStamps = new Map(value[4] as [string, string][]);
  const expected = typeof signature === 'string' ? signature : signature(stamps);
  if (value[1] !== expected) return undefined;
  const parts = value[2] as StoredParts;
  const warnings = value[3] as ContentProblem[];
  const origin: IndexOrigin = {
    signature: expected,
    stamps,
    publicSignature: value[5] as string,
    ...(typeof signature !== 'string' && { assumed: true }),
  };
  const index = assembleIndex({ ...parts, publicFiles: new Set(parts.publicFiles), trees });
  return { index: { ...index, signature: expected }, warnings, origin };
}
