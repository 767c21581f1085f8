import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ParsedArticle } from './article';
import { type ArticleContext, parseArticle } from './parse-article';
import type { Result } from './problem';

/** Bump when parseArticle's output changes in a way the probe below might not show. */
export const PARSE_CACHE_VERSION = 3;

export type ArticleParser = typeof parseArticle;

/** Parsed articles from earlier runs, each serialised with node:v8 under the hash of its inputs. */
export type ParseCacheEntries = ReadonlyMap<string, Uint8Array>;

export interface ParseCache {
  /** Parses like `parseArticle`, returning a stored result when the file, its text and the time zone are unchanged. */
  parseArticle: ArticleParser;
  /** The entries of every article parsed through this cache: files no longer there are dropped. */
  entries: () => Map<string, Uint8Array>;
  /** True when the entries differ from the ones the cache started with, so they are worth saving. */
  isChanged: () => boolean;
  stats: { hits: number; misses: number };
}

/**
 * Wraps an article parser with a cache keyed by each file's content hash, so a rebuild parses only the
 * articles that changed. Only valid results are stored; a stored one is reused while its authors and
 * section still exist, since parseArticle reads the rest of the context only to report problems. A
 * stored entry that cannot be read is parsed again.
 * @example createParseCache(new Map()).parseArticle(file, text, context) // parsed, then stored
 */
export function createParseCache(
  previous: ParseCacheEntries,
  parse: ArticleParser = parseArticle,
): ParseCache {
  const fingerprint = parserFingerprint(parse);
  const entries = new Map<string, Uint8Array>();
  const stats = { hits: 0, misses: 0 };
  let added = 0;
  const parseCached: ArticleParser = (file, text, context) => {
    const key = createHash('sha256')
      .update(`${fingerprint}\0${file}\0${context.timeZone}\0`)
      .update(text)
      .digest('base64url');
    const stored = previous.get(key);
    const reused = stored && readEntry(stored, context);
    if (stored && reused) {
      stats.hits++;
      entries.set(key, stored);
      return { ok: true, value: reused };
    }
    stats.misses++;
    const result = parse(file, text, context);
    // Serialised now, before the loader fills in image sizes and links on the returned article.
    if (result.ok) {
      entries.set(key, serialize(result.value));
      added++;
    }
    return result;
  };
  const isChanged = () => added > 0 || entries.size !== previous.size;
  return {
    parseArticle: parseCached,
    entries: () => entries,
    isChanged,
    stats,
  };
}

function readEntry(bytes: Uint8Array, context: ArticleContext): ParsedArticle | undefined {
  try {
    const value: unknown = deserialize(bytes);
    if (!isParsedArticle(value)) return undefined;
    const { authors, section } = value.article;
    return authors.every((id) => context.authorIds.has(id)) && context.sectionSlugs.has(section)
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

// Enough of the shape to trust the entry was written by this parser; the key already covers its inputs.
function isParsedArticle(value: unknown): value is ParsedArticle {
  const candidate = value as {
    article?: { authors?: unknown; section?: unknown; slug?: unknown };
    bodyStart?: unknown;
  } | null;
  const article = candidate?.article;
  return (
    typeof candidate?.bodyStart === 'string' &&
    typeof article?.slug === 'string' &&
    typeof article.section === 'string' &&
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

First *paragraph* with a [link](/news/other).

## Heading

- item | a | b |
`;
const fingerprints = new WeakMap<ArticleParser, string>();

// The parser's output for a sample article, hashed: a change to what parseArticle returns changes the
// keys, so entries written by an older parser are never served even if no one bumped the version.
function parserFingerprint(parse: ArticleParser): string {
  let fingerprint = fingerprints.get(parse);
  if (!fingerprint) {
    const sample: Result<ParsedArticle> = parse('probe/probe.md', PROBE, PROBE_CONTEXT);
    fingerprint = `${PARSE_CACHE_VERSION}:${createHash('sha256').update(serialize(sample)).digest('base64url')}`;
    fingerprints.set(parse, fingerprint);
  }
  return fingerprint;
}
