// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { createLocalLru } from '../cache/local-lru.mjs';
import { pathKey } from './cache-key.mjs';
import { judgeFreshness } from './judge-freshness.mjs';

// Remembered paths that answered with uncacheable pages (/search, 404s): a flood of invented URLs
// must not grow the list without end.
const MAX_PASSES = 10_000;

/**
 * The microcache's state, without HTTP: entries by key (the least recently used dropped past
 * `maxBytes`), the one fill under way per key (concurrent misses wait for it), and the paths whose
 * last answer could not be kept, which go straight to Next.js for `passMs`. `fill(request)` asks
 * Next.js and resolves to `{ entry }` or, for an answer that cannot be kept, `{ response }`.
 */
export function createMicrocache({ fill, maxBytes, passMs, now = () => performance.now() }) {
  let entries = createLocalLru(maxBytes);
  let fills = new Map();
  let passes = new Map();

  function startFill(key, request) {
    const fillsAtStart = fills;
    const pending = fill(request).then(
      (result) => {
        // Filled before clear(): possibly what the revalidation just replaced.
        if (fills !== fillsAtStart) return { request, ...result };
        if (result.entry) entries.set(key, result.entry, result.entry.size + key.length);
        else if (result.response.status < 500) {
          entries.delete(key);
          if (passes.size >= MAX_PASSES) passes.clear();
          passes.set(pathKey(key), now() + passMs);
        }
        return { request, ...result };
      },
      // A failed refresh leaves the stale entry servable until its stale limit.
      (error) => ({ request, error }),
    );
    pending.finally(() => fills.get(key) === pending && fills.delete(key));
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
      const until = passes.get(pathKey(key));
      if (until === undefined) return false;
      if (until > now()) return true;
      passes.delete(pathKey(key));
      return false;
    },
    /** Asks Next.js for a missing entry, sharing one request among concurrent misses for the key. */
    fill(key, request) {
      return fills.get(key) ?? startFill(key, request);
    },
    /** Forgets every entry, fill and remembered path: the next request for each page asks Next.js. */
    clear() {
      entries = createLocalLru(maxBytes);
      fills = new Map();
      passes = new Map();
    },
  };
}

function reportFailedRefresh(result) {
  if (result.error)
    console.error(
      `microcache: refreshing ${result.request.url} failed (${result.error.message}); serving the stale copy`,
    );
}
