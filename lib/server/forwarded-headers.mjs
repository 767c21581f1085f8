// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

// Hop-by-hop headers belong to the client's connection, not to the request; conditional and range
// headers would get a 304 or a part, and the cache needs the whole page.
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect',
  'content-length',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
  'range',
]);

/**
 * The headers to fill the cache with for a client's request: the client's own (Host, cookies,
 * X-Forwarded-*), with its address as X-Forwarded-For if it sent none (what Next.js itself would
 * use), without hop-by-hop or conditional headers, and asking for the uncompressed body.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string | undefined} clientAddress
 * @returns {import('node:http').OutgoingHttpHeaders}
 */
export function forwardedHeaders(headers, clientAddress) {
  // Headers named in Connection are not dropped: they could take Host or X-Forwarded-Proto, which
  // are part of the cache key, away from the request that fills the entry.
  /** @type {import('node:http').OutgoingHttpHeaders} */
  const forwarded = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !DROPPED.has(name)) forwarded[name] = value;
  }
  forwarded['accept-encoding'] = 'identity';
  if (forwarded['x-forwarded-for'] === undefined && clientAddress)
    forwarded['x-forwarded-for'] = clientAddress;
  return forwarded;
}
