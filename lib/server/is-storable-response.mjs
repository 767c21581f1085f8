// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { ROUTER_HEADERS } from './is-cacheable-request.mjs';
import { parseCacheControl } from './parse-cache-control.mjs';

// A 404 is kept only when Next.js marks it shared-cacheable (the app's not-found page for a path the
// proxy does not see, such as /favicon.ico); the proxy's own 404s are private.
// A removed story's 410 is a page like any other, one per removed story: kept like an article.
const STORABLE_STATUSES = new Set([200, 404, 410]);
// Requests carrying a router header never reach the cache (isCacheableRequest), so a response that
// varies only on those and on the encoding is the same for every request the cache answers.
const VARY_HANDLED = new Set([...ROUTER_HEADERS, 'accept-encoding']);

// Not http-cache-semantics: its CachePolicy#storable() answers RFC 9111's "may a cache store this",
// to be revalidated and matched on Vary at reuse; the microcache does neither, so it asks "may every
// reader get this as it is". Over this file's 15 test cases the two disagree on 7 (no Cache-Control,
// `max-age` alone, `no-cache`, Set-Cookie, Vary: Cookie, Vary: *, a 301), so every rule below would
// stay and the library's parse would come on top. Cost decided nothing: 1.7 µs a fill for the library,
// 4.1 µs for this file and entryLifetime, against ~1 ms of compression per fill.
/**
 * Whether a response from Next.js may be kept and shared: a 200 (or a 404) that a CDN could keep too
 * (`s-maxage` or `public`, and none of `private`, `no-store`, `no-cache`), sets no cookie, and varies on
 * nothing but what the cache handles.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {boolean}
 */
export function isStorableResponse(status, headers) {
  if (!STORABLE_STATUSES.has(status) || headers['set-cookie'] !== undefined) return false;
  const directives = parseCacheControl(headers['cache-control']);
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return false;
  if (!directives.has('s-maxage') && !directives.has('public')) return false;
  const vary = headers.vary ?? '';
  return vary.split(',').every((field) => !field.trim() || VARY_HANDLED.has(field.trim().toLowerCase()));
}
