// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * The headers of client-side navigation (RSC payloads) and interception routes, on which Next.js varies
 * a page's answer: requests carrying them bypass the cache, so a response varying on them is shareable.
 */
export const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];
// Requests for something other than a page's whole HTML: RSC payloads, server actions, and ranges
// (Next.js answers ranges of static files itself; the cache keeps whole bodies only).
const STREAMED_HEADERS = [...ROUTER_HEADERS, 'next-action', 'range'];
// Those, and requests whose page is rendered for them alone or that the cache must not answer:
// on-demand revalidation, credentials, and x-middleware-subrequest (never sent by a browser;
// whatever Next.js makes of it stays out of the cache).
const BYPASS_HEADERS = [
  ...STREAMED_HEADERS,
  'x-prerender-revalidate',
  'x-middleware-subrequest',
  'authorization',
];
// Draft mode and preview cookies make Next.js render for this visitor alone.
const PREVIEW_COOKIE = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;

/**
 * Whether the microcache may answer a request: a GET or HEAD for a page or file, without anything that
 * makes Next.js answer it differently. API routes and /_next/ go straight to Next.js, except
 * /_next/static/: Next.js gzips those scripts again on every request (a 230 KB chunk: about 140 a
 * second on two cores), where the cache compresses each once.
 * @param {string | undefined} method
 * @param {string} url
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {boolean}
 */
export function isCacheableRequest(method, url, headers) {
  if (!isPageOrFileGet(method, url)) return false;
  if (url.startsWith('/_next/') && !url.startsWith('/_next/static/')) return false;
  for (const name of BYPASS_HEADERS) if (headers[name] !== undefined) return false;
  return headers.cookie === undefined || !PREVIEW_COOKIE.test(headers.cookie);
}

/**
 * Whether a request may be answered with Next.js's whole response, fetched and then sent on (to take
 * the client runtime out of a page), rather than streamed: a GET or HEAD for a page that wants its
 * HTML, even one the cache must not share (draft mode, a search). Client-side navigation, API routes,
 * /_next/ and byte ranges stream from Next.js as they are.
 * @param {string | undefined} method
 * @param {string} url
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {boolean}
 */
export function isRelayableRequest(method, url, headers) {
  if (!isPageOrFileGet(method, url) || url.startsWith('/_next/')) return false;
  for (const name of STREAMED_HEADERS) if (headers[name] !== undefined) return false;
  return true;
}

/**
 * @param {string | undefined} method
 * @param {string} url
 */
function isPageOrFileGet(method, url) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return url.startsWith('/') && url !== '/api' && !/^\/api[/?]/.test(url);
}
