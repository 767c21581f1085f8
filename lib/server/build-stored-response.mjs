// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { BRIEFLY_SHARED_HEADER } from './not-found-path.mjs';

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
  BRIEFLY_SHARED_HEADER,
]);
/** @type {readonly Encoding[]} */
const ENCODINGS = ['identity', 'gzip', 'br'];
// Rough memory cost of a variant besides its body (header lists, the entry's objects).
const VARIANT_OVERHEAD_BYTES = 1024;

/** @typedef {import('./choose-encoding.mjs').Encoding} Encoding */
/** @typedef {'HIT' | 'STALE' | 'MISS'} CacheState */

/**
 * @typedef {object} StoredVariant One encoding of an entry, with its header lists ready to send.
 * @property {Buffer} body
 * @property {string | undefined} etag
 * @property {Record<CacheState, string[]>} heads Flat [name, value, …] for writeHead, per X-Cache value.
 * @property {Record<CacheState, string[]>} notModifiedHeads The same for a 304.
 */

/**
 * @typedef {object} StoredResponse A microcache entry.
 * @property {number} status
 * @property {number} filledAt performance.now() when the response arrived from Next.js.
 * @property {number} freshMs
 * @property {number} staleLimitMs
 * @property {number} size Approximate bytes of memory the entry holds.
 * @property {Partial<Record<Encoding, StoredVariant>> & { identity: StoredVariant }} variants
 */

/**
 * Turns a response from Next.js into a cache entry: for each encoding, its body and the header lists
 * to send with it as they are, one per X-Cache value, for a 200 (or 404) and for a 304. Answering a
 * request then costs a lookup and one write, and allocates nothing.
 * @param {object} response
 * @param {number} response.status
 * @param {string[]} response.rawHeaders
 * @param {Partial<Record<Encoding, Buffer>> & { identity: Buffer }} response.bodies
 * @param {number} response.filledAt
 * @param {number} response.freshMs
 * @param {number} response.staleLimitMs
 * @returns {StoredResponse}
 */
export function buildStoredResponse({ status, rawHeaders, bodies, filledAt, freshMs, staleLimitMs }) {
  /** @type {string[]} */
  const kept = [];
  /** @type {string | undefined} */
  let etag;
  /** @type {string | undefined} */
  let vary;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? '';
    const value = rawHeaders[i + 1] ?? '';
    const lower = name.toLowerCase();
    if (lower === 'etag') etag = value;
    else if (lower === 'vary') vary = vary ? `${vary}, ${value}` : value;
    if (!PER_ANSWER.has(lower)) kept.push(name, value);
  }
  if ((bodies.gzip || bodies.br) && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary ?? ''))
    vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  /** @type {Partial<Record<Encoding, StoredVariant>>} */
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
      heads: headsFor(full),
      notModifiedHeads: headsFor(shared),
    };
    size += body.length + VARIANT_OVERHEAD_BYTES;
  }
  const { identity } = variants;
  // bodies.identity is required, so the loop above always made this variant.
  if (!identity) throw new Error('buildStoredResponse: no identity body');
  return { status, filledAt, freshMs, staleLimitMs, size, variants: { ...variants, identity } };
}

/**
 * One header list per X-Cache value.
 * @param {string[]} headers
 * @returns {Record<CacheState, string[]>}
 */
function headsFor(headers) {
  return {
    HIT: [...headers, 'X-Cache', 'HIT'],
    STALE: [...headers, 'X-Cache', 'STALE'],
    MISS: [...headers, 'X-Cache', 'MISS'],
  };
}
