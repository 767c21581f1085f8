// Next.js's incremental cache handler (the `cacheHandler` option), used when REDIS_URL is set so that
// several `next start` instances share rendered pages, routes and revalidations. Next.js imports this
// file at run time, outside the bundler, so it is plain JavaScript.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { purgeMicrocache } from '../server/microcache-purge.mjs';
import { connectRedis } from './redis-connection.mjs';
import { createSharedCache } from './shared-cache.mjs';

// Next.js creates a handler per request; the connection and the memory copy must live once per process.
const SHARED = Symbol.for('newsroom.redis-cache');
// lib/content/index.ts keeps the loaded content index under this key; dropping it makes the next
// request read content/ again (what reloadContentIndex() does there).
const CONTENT_INDEX = Symbol.for('newsroom.content-index');
const DEFAULT_LOCAL_BYTES = 50 * 1024 * 1024;

export default class RedisCacheHandler {
  constructor(context = {}) {
    globalThis[SHARED] ??= createProcessCache(context);
    this.cache = globalThis[SHARED];
  }

  async get(key, context = {}) {
    return this.cache.get(key, [...(context.tags ?? []), ...(context.softTags ?? [])]);
  }

  async set(key, data, context = {}) {
    // A fetch entry keeps its lifetime in the value; a page or route passes it here, and returning it
    // from get() lets an instance that did not render the page serve it with the right lifetime.
    const cacheControl = context.fetchCache ? undefined : context.cacheControl;
    await this.cache.set(key, data, { cacheControl, tags: context.tags ?? [] });
  }

  // Stale-while-revalidate profiles (`durations`) are treated as immediate expiry: once an editor
  // revalidates a story, no instance should serve the old version again.
  async revalidateTag(tags) {
    await this.cache.revalidateTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}

function createProcessCache(context) {
  const url = process.env.REDIS_URL;
  // `next build` renders pages too; it keeps them in memory and leaves Redis to the running servers.
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  const prefix = process.env.REDIS_KEY_PREFIX || 'newsroom';
  return createSharedCache({
    redis: url && !building ? connectRedis(url) : undefined,
    // Pages embed the build's script names, so one build never serves another build's pages.
    entryPrefix: `${prefix}:${readBuildId(context.serverDistDir)}:`,
    // Tags name paths, not builds: a revalidation applies whatever build is running.
    tagsKey: `${prefix}:tags`,
    maxLocalBytes: context.maxMemoryCacheSize ?? DEFAULT_LOCAL_BYTES,
    // Another instance revalidated: the pages this one keeps in its microcache may be the old ones.
    onContentChanged: () => {
      globalThis[CONTENT_INDEX] = undefined;
      purgeMicrocache();
    },
  });
}

function readBuildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unknown-build';
  }
}
