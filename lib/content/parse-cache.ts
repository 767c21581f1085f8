import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ParsedArticle } from './article';
import { type ArticleContext, type ArticleParse, parseArticle } from './parse-article';
import type { ContentProblem } from './problem';

/** Bump when parseArticle's output changes in a way the probe below might not show. */
export const PARSE_CACHE_VERSION = 10;

/** Parsed articles from earlier runs, each serialised with node:v8 under the hash of its inputs. */
export type ParseCacheEntries = ReadonlyMap<string, Uint8Array>;

/** What is kept of a valid parse: the article and its warnings (its tree is in the tree store). */
export interface StoredParse {
  parsed: ParsedArticle;
  warnings: ContentProblem[];
}

export interface ParseCache {
  /** The key of a file's parse: its path, its text, the time zone and the parser's fingerprint. */
  keyOf(file: string, text: string, context: ArticleContext): string;
  /** A stored valid parse under `key`, while its authors and section still exist. */
  lookup(key: string, context: ArticleContext): StoredParse | undefined;
  /** Keeps a parse for next time if it has no problems. */
  store(key: string, parse: ArticleParse): void;
  /** The entries of every article looked up or stored: files no longer there are dropped. */
  entries(): Map<string, Uint8Array>;
  /** True when the entries differ from the ones the cache started with, so they are worth saving. */
  isChanged(): boolean;
  stats: { hits: number; misses: number };
}

/**
 * A cache of parsed articles keyed by each file's content hash, so a rebuild parses only the articles
 * that changed. Only valid results are stored; a stored one is reused while its authors and section
 * still exist, since parseArticle reads the rest of the context only to report problems. A stored
 * entry that cannot be read is parsed again.
 * @example const cache = createParseCache(new Map()); cache.lookup(cache.keyOf(file, text, context), context) // undefined, then stored
 */
export function createParseCache(previous: ParseCacheEntries): ParseCache {
  const fingerprint = parserFingerprint();
  const entries = new Map<string, Uint8Array>();
  const stats = { hits: 0, misses: 0 };
  let added = 0;
  return {
    keyOf: (file, text, context) =>
      createHash('sha256')
        .update(`${fingerprint}\0${file}\0${context.timeZone}\0`)
        .update(text)
        .digest('base64url'),
    lookup(key, context) {
      const bytes = previous.get(key);
      const stored = bytes && readEntry(bytes, context);
      if (bytes && stored) {
        stats.hits++;
        entries.set(key, bytes);
        return stored;
      }
      stats.misses++;
      return undefined;
    },
    store(key, parse) {
      if (!parse.ok || !parse.parsed) return;
      // Serialised now, before the loader fills in image sizes and links on the returned article.
      entries.set(key, serialize({ parsed: parse.parsed, warnings: parse.warnings } satisfies StoredParse));
      added++;
    },
    entries: () => entries,
    isChanged: () => added > 0 || entries.size !== previous.size,
    stats,
  };
}

function readEntry(bytes: Uint8Array, context: ArticleContext): StoredParse | undefined {
  try {
    const value: unknown = deserialize(bytes);
    if (!isStoredParse(value)) return undefined;
    const { authors, section } = value.parsed.article;
    return authors.every((id) => context.authorIds.has(id)) && context.sectionSlugs.has(section)
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

// Enough of the shape to trust the entry was written by this parser; the key already covers its inputs.
function isStoredParse(value: unknown): value is StoredParse {
  const candidate = value as {
    parsed?: { article?: Record<string, unknown>; bodyStart?: unknown };
    warnings?: unknown;
  } | null; // checked field by field below
  const article = candidate?.parsed?.article;
  return (
    Array.isArray(candidate?.warnings) &&
    typeof candidate?.parsed?.bodyStart === 'string' &&
    typeof article?.slug === 'string' &&
    typeof article.section === 'string' &&
    typeof article.bodyKey === 'string' &&
    Array.isArray(article.authors) &&
    article.authors.every((id) => typeof id === 'string')
  );
}

const PROBE_CONTEXT: ArticleContext = {
  timeZone: 'Europe/London',
  authorIds: new Set(['a']),
  sectionSlugs: new Set(['news']),
};
const PROBE = `---
title: Probe
date: 2026-03-29T01:30
updated: 2026-03-30
author: a
section: news
tags: [One, two]
image: /images/probe.jpg
imageAlt: A probe
related: [other]
corrections:
  - date: 2026-03-31
    text: Fixed.
---

First *paragraph* with a [link](/news/other) and www.example.com.

## Heading

- item | a | b |

<figure><img src="/images/x.png" alt="X"><figcaption>Raw</figcaption></figure>

<form><input name="q"><script>x()</script></form> <b onclick="y()">bold</b>

- [x] a task

Note.[^1]

[^1]: A footnote.
`;
let fingerprint: string | undefined;

/**
 * The parser's output for a sample article, hashed: a change to what parseArticle returns, or to the
 * tree it stores, changes every key, so entries and trees written by an older parser are never served
 * even if no one bumped the version.
 */
export function parserFingerprint(): string {
  if (!fingerprint) {
    const sample = parseArticle('probe/probe.md', PROBE, PROBE_CONTEXT);
    const hash = createHash('sha256').update(serialize(sample)).digest('base64url');
    fingerprint = `${PARSE_CACHE_VERSION}-${hash.slice(0, 16)}`;
  }
  return fingerprint;
}
