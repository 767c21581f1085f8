// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { parseCacheControl } from './parse-cache-control.mjs';

// Not http-cache-semantics's maxAge(): it agrees on s-maxage before max-age and on proxy-revalidate,
// but exposes no directive, so `immutable` (fresh for the whole stay) and `must-revalidate` (nothing
// stale) would still be read here; it also gives `public` alone no lifetime, where this keeps it to
// the cap. 3 of this file's 9 test cases differ (see is-storable-response.mjs for the cost).
/**
 * How long after it was filled an entry is fresh, and until when it may still be served while one
 * refresh runs. Fresh for `ttlMs`; stale until the response's shared lifetime (`s-maxage`, else
 * `max-age`), at most `capMs`, never less than `ttlMs`; nothing stale with `must-revalidate`. An
 * `immutable` file (a hashed script) stays fresh until then: refreshing it could not change it.
 * @param {string | undefined} cacheControl
 * @param {{ ttlMs: number, capMs: number }} limits
 * @returns {{ freshMs: number, staleLimitMs: number }}
 * @example entryLifetime('s-maxage=60, stale-while-revalidate=31535940', { ttlMs: 1000, capMs: 60000 }) // { freshMs: 1000, staleLimitMs: 60000 }
 */
export function entryLifetime(cacheControl, { ttlMs, capMs }) {
  const directives = parseCacheControl(cacheControl);
  if (directives.has('must-revalidate') || directives.has('proxy-revalidate'))
    return { freshMs: ttlMs, staleLimitMs: ttlMs };
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age'));
  const lifetimeMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : capMs;
  const staleLimitMs = Math.max(ttlMs, Math.min(capMs, lifetimeMs));
  return { freshMs: directives.has('immutable') ? staleLimitMs : ttlMs, staleLimitMs };
}
