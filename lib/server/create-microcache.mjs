// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { LRUCache } from 'lru-cache';
import { pathKey } from './cache-key.mjs';
import { judgeFreshness } from './judge-freshness.mjs';

// Remembered paths that answered with uncacheable pages (/search, 404s): a flood of invented URLs
// must not grow the list without end.
const MAX_PASSES = 10_000;

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('./build-stored-response.mjs').StoredResponse} StoredResponse */
/** @typedef {import('./build-stored-response.mjs').CacheState} CacheState */
/** @typedef {import('./start-internal-origin.mjs').NextResponse} NextResponse */
/**
 * What a fill brings back: an entry to keep, or an answer that cannot be kept.
 * @typedef {{ entry: StoredResponse, response?: never, error?: never } | { response: NextResponse, entry?: never, error?: never }} FillOutcome
 */
/**
 * A fill's outcome with the request that started it, or the error it failed with.
 * @typedef {{ request: IncomingMessage } & (FillOutcome | { error: Error, entry?: never, response?: never })} FillResult
 */
/**
 * @typedef {object} Microcache
 * @property {(key: string, request: IncomingMessage) => { entry: StoredResponse, state: CacheState } | undefined} lookup
 * @property {(key: string) => boolean} isPassed
 * @property {(key: string, request: IncomingMessage) => Promise<FillResult>} fill
 * @property {() => void} clear
 */

/**
 * The microcache's state, without HTTP: entries by key (the least recently used dropped past
 * `maxBytes`), the one fill under way per key (concurrent misses wait for it), and the paths whose
 * last answer could not be kept, which go straight to Next.js for `passMs`. `fill(request)` asks
 * Next.js and resolves to `{ entry }` or, for an answer that cannot be kept, `{ response }`.
 * @param {object} options
 * @param {(request: IncomingMessage) => Promise<FillOutcome>} options.fill
 * @param {number} options.maxBytes
 * @param {number} options.passMs
 * @param {() => number} [options.now]
 * @returns {Microcache}
 */
export function createMicrocache({ fill, maxBytes, passMs, now = () => performance.now() }) {
  // lru-cache reads its clock through `perf`; a resolution of 0 makes it ask on every check rather
  // than reuse a reading for a millisecond, so a test's clock moves it at once.
  const clock = { perf: { now }, ttlResolution: 0 };
  const createEntries = () =>
    /** @type {LRUCache<string, StoredResponse>} */ (
      new LRUCache({
        ...clock,
        // lru-cache refuses a budget of 0; 1 byte keeps nothing, as MICROCACHE_MAX_BYTES=0 asks.
        maxSize: Math.max(1, Math.floor(maxBytes)),
        sizeCalculation: (entry, key) => entry.size + key.length,
      })
    );
  const createPasses = () =>
    /** @type {LRUCache<string, true>} */ (new LRUCache({ ...clock, max: MAX_PASSES, ttl: passMs }));
  let entries = createEntries();
  /** @type {Map<string, Promise<FillResult>>} */
  let fills = new Map();
  let passes = createPasses();

  /**
   * @param {string} key
   * @param {IncomingMessage} request
   * @returns {Promise<FillResult>}
   */
  function startFill(key, request) {
    const fillsAtStart = fills;
    const pending = fill(request).then(
      /** @returns {FillResult} */
      (result) => {
        // Filled before clear(): possibly what the revalidation just replaced.
        if (fills !== fillsAtStart) return { request, ...result };
        if (result.entry)
          // Past its stale limit an entry can only be a miss: lru-cache lets go of it then.
          entries.set(key, result.entry, { ttl: result.entry.staleLimitMs, start: result.entry.filledAt });
        else if (result.response.status < 500) {
          entries.delete(key);
          passes.set(pathKey(key), true);
        }
        return { request, ...result };
      },
      // A failed refresh leaves the stale entry servable until its stale limit.
      /** @returns {FillResult} */
      (error) => ({ request, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    void pending.finally(() => fills.get(key) === pending && fills.delete(key));
    fills.set(key, pending);
    return pending;
  }

  return {
    /** The entry to answer with, `HIT` or `STALE` (starting one refresh), or undefined on a miss. */
    lookup(key, request) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      const freshness = judgeFreshness(now() - entry.filledAt, entry.freshMs, entry.staleLimitMs);
      if (freshness === 'fresh') return { entry, state: 'HIT' };
      if (freshness === 'expired') return undefined;
      if (!fills.has(key)) void startFill(key, request).then(reportFailedRefresh);
      return { entry, state: 'STALE' };
    },
    /** Whether the path of this key last answered with something that could not be kept. */
    isPassed(key) {
      return passes.has(pathKey(key));
    },
    /** Asks Next.js for a missing entry, sharing one request among concurrent misses for the key. */
    fill(key, request) {
      return fills.get(key) ?? startFill(key, request);
    },
    /** Forgets every entry, fill and remembered path: the next request for each page asks Next.js. */
    clear() {
      entries = createEntries();
      fills = new Map();
      passes = createPasses();
    },
  };
}

/** @param {FillResult} result */
function reportFailedRefresh(result) {
  if (result.error)
    console.error(
      `microcache: refreshing ${result.request.url} failed (${result.error.message}); serving the stale copy`,
    );
}
