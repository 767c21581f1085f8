// Next.js's incremental cache handler (the `cacheHandler` option), used when REDIS_URL is set so that
// several `next start` instances share rendered pages, routes and revalidations. Next.js imports this
// file at run time, outside the bundler, so it is plain JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { announceContentChanged, processValue } from '../state/process-state.mjs';
import { connectRedis } from './redis-connection.mjs';
import { createSharedCache } from './shared-cache.mjs';

const DEFAULT_LOCAL_BYTES = 50 * 1024 * 1024;

// What this handler reads of the contexts Next.js passes (they hold more).
/** @typedef {{ serverDistDir?: string, maxMemoryCacheSize?: number }} HandlerContext */
/** @typedef {{ tags?: string[], softTags?: string[] }} GetContext */
/** @typedef {{ fetchCache?: boolean, cacheControl?: import('./shared-cache.mjs').EntryCacheControl, tags?: string[] }} SetContext */
/** @typedef {{ cache: import('./shared-cache.mjs').SharedCache, close: () => void }} ProcessCache */

export default class RedisCacheHandler {
  /** @param {HandlerContext} [context] */
  constructor(context = {}) {
    // Next.js creates a handler per request; the connection and the memory copy live once per process.
    this.cache = processValue('redis-cache', () => createProcessCache(context)).cache;
  }

  /**
   * @param {string} key
   * @param {GetContext} [context]
   */
  async get(key, context = {}) {
    return this.cache.get(key, [...(context.tags ?? []), ...(context.softTags ?? [])]);
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {SetContext} [context]
   */
  async set(key, data, context = {}) {
    // A fetch entry keeps its lifetime in the value; a page or route passes it here, and returning it
    // from get() lets an instance that did not render the page serve it with the right lifetime.
    const cacheControl = context.fetchCache ? undefined : context.cacheControl;
    await this.cache.set(key, data, { cacheControl, tags: context.tags ?? [] });
  }

  // Stale-while-revalidate profiles (`durations`) are treated as immediate expiry: once an editor
  // revalidates a story, no instance should serve the old version again.
  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await this.cache.revalidateTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}

/**
 * @param {HandlerContext} context
 * @returns {ProcessCache}
 */
function createProcessCache(context) {
  const url = process.env.REDIS_URL;
  // `next build` renders pages too; it keeps them in memory and leaves Redis to the running servers.
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  const prefix = process.env.REDIS_KEY_PREFIX || 'newsroom';
  const redis = url && !building ? connectRedis(url) : undefined;
  const cache = createSharedCache({
    redis,
    // Pages embed the build's script names, so one build never serves another build's pages.
    entryPrefix: `${prefix}:${readBuildId(context.serverDistDir)}:`,
    // Tags name paths, not builds: a revalidation applies whatever build is running.
    tagsKey: `${prefix}:tags`,
    maxLocalBytes: context.maxMemoryCacheSize ?? DEFAULT_LOCAL_BYTES,
    // Another instance reloaded its content: this one's content index and every page kept from it
    // (the microcache) are the old ones; each owner of such a cache listens for this.
    onContentChanged: (slugs) => announceContentChanged({ source: 'redis', ...(slugs && { slugs }) }),
  });
  return { cache, close: () => redis?.close() };
}

/** @param {string | undefined} serverDistDir */
function readBuildId(serverDistDir) {
  if (!serverDistDir) return 'unknown-build';
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unknown-build';
  }
}
