// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

// Connection headers and Date belong to each answer (Node adds them); the length, encoding and entity
// tag belong to each variant; Vary is rewritten once below.
const PER_ANSWER = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'etag',
  'vary',
  'x-cache',
]);
const STATES = ['HIT', 'STALE', 'MISS'];
const ENCODINGS = ['identity', 'gzip', 'br'];
// Rough memory cost of a variant besides its body (header lists, the entry's objects).
const VARIANT_OVERHEAD_BYTES = 1024;

/**
 * Turns a response from Next.js into a cache entry: for each encoding, its body and the header lists
 * to send with it as they are, one per X-Cache value, for a 200 (or 404) and for a 304. Answering a
 * request then costs a lookup and one write, and allocates nothing.
 */
export function buildStoredResponse({ status, rawHeaders, bodies, filledAt, freshMs, staleLimitMs }) {
  const kept = [];
  let etag;
  let vary;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    const value = rawHeaders[i + 1];
    const lower = name.toLowerCase();
    if (lower === 'etag') etag = value;
    else if (lower === 'vary') vary = vary ? `${vary}, ${value}` : value;
    if (!PER_ANSWER.has(lower)) kept.push(name, value);
  }
  if ((bodies.gzip || bodies.br) && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary ?? ''))
    vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  const variants = {};
  let size = 0;
  for (const encoding of ENCODINGS) {
    const body = bodies[encoding];
    if (!body) continue;
    // A compressed body is another representation, so its tag is weak (as nginx makes it); the
    // If-None-Match comparison is weak, so either still matches.
    const variantEtag = etag && encoding !== 'identity' && !etag.startsWith('W/') ? `W/${etag}` : etag;
    const shared = [...kept];
    if (vary) shared.push('Vary', vary);
    if (variantEtag) shared.push('ETag', variantEtag);
    const full = [...shared, 'Content-Length', String(body.length)];
    if (encoding !== 'identity') full.push('Content-Encoding', encoding);
    variants[encoding] = {
      body,
      etag: variantEtag,
      heads: Object.fromEntries(STATES.map((state) => [state, [...full, 'X-Cache', state]])),
      notModifiedHeads: Object.fromEntries(STATES.map((state) => [state, [...shared, 'X-Cache', state]])),
    };
    size += body.length + VARIANT_OVERHEAD_BYTES;
  }
  return { status, filledAt, freshMs, staleLimitMs, size, variants };
}
