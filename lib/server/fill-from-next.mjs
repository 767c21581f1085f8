// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { buildStoredResponse } from './build-stored-response.mjs';
import { compressVariants } from './compress-variants.mjs';
import { entryLifetime } from './entry-lifetime.mjs';
import { isStorableResponse } from './is-storable-response.mjs';
import { BRIEFLY_SHARED_HEADER } from './not-found-path.mjs';

/**
 * Asks Next.js for a request's page and turns a storable answer into a cache entry with its gzip and
 * brotli variants; any other answer comes back as it is, `{ response }`, for the one client that asked.
 * @param {import('./relay-whole-response.mjs').Relay} fetchFromNext
 * @param {import('node:http').IncomingMessage} request
 * @param {{ ttlMs: number, staleCapMs: number, now?: () => number }} options
 * @returns {Promise<import('./create-microcache.mjs').FillOutcome>}
 */
export async function fillFromNext(
  fetchFromNext,
  request,
  { ttlMs, staleCapMs, now = () => performance.now() },
) {
  const response = await fetchFromNext(request);
  const brief = isBrieflyShared(response.status, response.headers);
  if (!brief && !isStorableResponse(response.status, response.headers)) return { response };
  // Its age counts from Next.js's answer, not from when compression finished.
  const filledAt = now();
  const compressed = await compressVariants(response.body, response.headers['content-type']);
  return {
    entry: buildStoredResponse({
      status: response.status,
      rawHeaders: response.rawHeaders,
      bodies: { identity: response.body, ...compressed },
      filledAt,
      ...(brief
        ? { freshMs: ttlMs, staleLimitMs: ttlMs }
        : entryLifetime(response.headers['cache-control'], { ttlMs, capMs: staleCapMs })),
    }),
  };
}

/**
 * A page marked by proxy.ts as the same for every reader (search results), answered with a 200 that
 * sets no cookie: kept for the microcache's own lifetime, never served stale.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
function isBrieflyShared(status, headers) {
  return status === 200 && headers[BRIEFLY_SHARED_HEADER] === '1' && headers['set-cookie'] === undefined;
}
