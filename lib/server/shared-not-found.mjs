// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { buildStoredResponse } from './build-stored-response.mjs';
import { compressVariants } from './compress-variants.mjs';
import { NOT_FOUND_PATH } from './not-found-path.mjs';

/** @typedef {import('./build-stored-response.mjs').StoredResponse} StoredResponse */
/** @typedef {import('./relay-whole-response.mjs').Relay} Relay */

// The 404 page lists the sections; a content change empties it at once (the microcache's event),
// otherwise it is refreshed now and then in case the layout changed with a deploy.
const FRESH_MS = 60_000;

/**
 * The one not-found page every path that cannot exist is answered with, rendered by Next.js once
 * (from NOT_FOUND_PATH, the path proxy.ts rewrites misses to) and kept, so an invented URL costs a
 * lookup in the router and one write, and adds nothing to any cache.
 * @param {Relay} relay
 * @param {() => number} [now]
 */
export function createSharedNotFound(relay, now = () => performance.now()) {
  /** @type {StoredResponse | undefined} */
  let current;
  /** @type {Promise<StoredResponse> | undefined} */
  let rendering;
  // A render that began before clear() may show the content clear() was for: it is not kept.
  let generation = 0;

  /** @param {import('node:http').IncomingMessage} like */
  async function render(like) {
    // Only what the page's rendering reads: the path, and the request's Host and protocol.
    const request = /** @type {import('node:http').IncomingMessage} */ (
      /** @type {unknown} */ ({
        method: 'GET',
        url: NOT_FOUND_PATH,
        headers: { host: like.headers.host, 'x-forwarded-proto': like.headers['x-forwarded-proto'] },
        socket: { remoteAddress: '127.0.0.1' },
      })
    );
    const response = await relay(request);
    if (response.status !== 404) throw new Error(`the not-found page answered ${response.status}`);
    const compressed = await compressVariants(response.body, String(response.headers['content-type'] ?? ''));
    return buildStoredResponse({
      status: 404,
      rawHeaders: response.rawHeaders,
      bodies: { identity: response.body, ...compressed },
      filledAt: now(),
      freshMs: FRESH_MS,
      staleLimitMs: FRESH_MS,
    });
  }

  return {
    /**
     * The stored page, rendered on first use and again once stale; one render at a time.
     * @param {import('node:http').IncomingMessage} request
     * @returns {Promise<StoredResponse>}
     */
    get(request) {
      if (current && now() - current.filledAt <= FRESH_MS) return Promise.resolve(current);
      // While it is rendered again, the stale copy is served; a failed render is not kept.
      const started = generation;
      rendering ??= render(request)
        .then((page) => {
          if (started === generation) current = page;
          return page;
        })
        .finally(() => (rendering = undefined));
      return current ? Promise.resolve(current) : rendering;
    },
    /** Forgets the page: the next miss renders it again. */
    clear() {
      current = undefined;
      rendering = undefined;
      generation++;
    },
  };
}
