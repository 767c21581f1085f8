// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * The cache key of a request: Host, X-Forwarded-Proto (proxy.ts adds HSTS over HTTPS) and the path
 * with its query. A newline cannot occur in any of them, so two requests never share a key by accident.
 * @param {string} url
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {string}
 */
export function cacheKey(url, headers) {
  return `${headers.host ?? ''}\n${headers['x-forwarded-proto'] ?? ''}\n${url}`;
}

/**
 * The key without the query: where the cache remembers that a path answers with uncacheable pages.
 * @param {string} key
 * @returns {string}
 */
export function pathKey(key) {
  const query = key.indexOf('?');
  return query === -1 ? key : key.slice(0, query);
}
