import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { rankRelated, type RelatedScore } from '../related/rank-related';
import { buildTermVectors, countTerms } from '../related/term-vectors';
import type { RelatedStore } from './build-content-index';
import { cacheFileFor, readCacheFile, writeCacheFile } from './cache-file';

/** Bump when the related ranking changes in a way the probe below might not show. */
export const RELATED_CACHE_VERSION = 1;

/** The related-ranking cache file for a content folder. */
export function relatedCacheFile(cacheDir: string, contentDir: string): string {
  return cacheFileFor(cacheDir, contentDir, 'related');
}

/**
 * Names exactly what the ranking is computed from: every parsed article (by its parse-cache key, a hash
 * of its file, text and parser) in order, the sections, and the ranking code itself.
 */
export function relatedCacheKey(parseKeys: readonly string[], sectionSlugs: readonly string[]): string {
  return createHash('sha256')
    .update(
      `${RELATED_CACHE_VERSION}\0${rankerFingerprint()}\0${sectionSlugs.join('\0')}\0${parseKeys.join('\0')}`,
    )
    .digest('base64url');
}

/**
 * Opens the stored ranking for `key`: `find` gives it only when it was computed from the same content;
 * `save` stores a ranking that had to be computed afresh.
 */
export async function openRelatedStore(
  file: string,
  key: string,
): Promise<RelatedStore & { save: () => Promise<void> }> {
  const value = await readCacheFile(file);
  const stored =
    Array.isArray(value) && value[0] === key && value[1] instanceof Map
      ? (value[1] as Map<string, RelatedScore[]>)
      : undefined; // written by save below with this key
  let computed: Map<string, RelatedScore[]> | undefined;
  return {
    find: () => stored,
    keep: (related) => (computed = related),
    save: async () => {
      if (computed) await writeCacheFile(file, [key, computed]);
    },
  };
}

let fingerprint: string | undefined;

// The ranking of three sample stories, hashed: a change to the ranking code changes every key, so a
// ranking computed by older code is never served even if no one bumped the version.
function rankerFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(serialize(rankRelated(PROBE.map((p, i) => ({ ...p, vector: PROBE_VECTORS[i] ?? new Map() })))))
    .digest('base64url');
  return fingerprint;
}

const PROBE = [
  {
    slug: 'a',
    section: 'news',
    tags: ['rail', 'leeds'],
    date: Date.UTC(2026, 0, 1),
    linksTo: ['b'],
    text: 'Leeds rail line delayed again',
  },
  {
    slug: 'b',
    section: 'news',
    tags: ['rail'],
    date: Date.UTC(2025, 11, 1),
    linksTo: [],
    text: 'Rail timetable changes in December',
  },
  {
    slug: 'c',
    section: 'sport',
    tags: ['cricket'],
    date: Date.UTC(2024, 5, 1),
    linksTo: [],
    text: 'Cricket club wins the league in Leeds',
  },
];
const PROBE_VECTORS = buildTermVectors(
  PROBE.map((p) => countTerms({ title: p.text, summary: p.slug, plainText: p.text })),
);
