// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';
import { cacheKey } from './cache-key.mjs';
import { chooseEncoding } from './choose-encoding.mjs';
import { createMicrocache } from './create-microcache.mjs';
import { handleSafely } from './handle-safely.mjs';
import { isCacheableRequest, isRelayableRequest } from './is-cacheable-request.mjs';
import { relayWholeResponse, sendWholeResponse } from './relay-whole-response.mjs';
import { createSharedNotFound } from './shared-not-found.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./build-stored-response.mjs').StoredResponse} StoredResponse */
/** @typedef {import('./build-stored-response.mjs').CacheState} CacheState */
/** @typedef {import('./choose-encoding.mjs').Encoding} Encoding */

// Browsers send a handful of distinct Accept-Encoding values: parse each once, not on every hit.
const MAX_REMEMBERED_ENCODINGS = 100;

/**
 * The server's request listener: answers cacheable GET and HEAD requests from the microcache, filling
 * it through `fill`. Other requests for pages get their whole response through `relay` (as the cache
 * does, so they too lose the client runtime); the rest go to Next.js's own handler, streamed as usual.
 * @param {object} options
 * @param {import('./handle-safely.mjs').RequestHandler} options.handle
 * @param {(request: IncomingMessage) => Promise<import('./create-microcache.mjs').FillOutcome>} options.fill
 * @param {import('./relay-whole-response.mjs').Relay} options.relay
 * @param {number} options.maxBytes
 * @param {number} options.passMs
 * @param {(url: string) => Promise<boolean>} [options.isMissing] The router's verdict that a path
 *   cannot exist: such a path is answered with the one shared not-found page, never filled on its own.
 * @returns {{ listener: (request: IncomingMessage, response: ServerResponse) => void, clear: () => void }}
 */
export function createMicrocacheHandler({ handle, fill, relay, maxBytes, passMs, isMissing }) {
  const cache = createMicrocache({ fill, maxBytes, passMs });
  const notFound = createSharedNotFound(relay);
  /** @type {LRUCache<string, Encoding>} */
  const encodings = new LRUCache({ max: MAX_REMEMBERED_ENCODINGS });

  /**
   * @param {string} [acceptEncoding]
   * @returns {Encoding}
   */
  function encodingFor(acceptEncoding = '') {
    let encoding = encodings.get(acceptEncoding);
    if (encoding === undefined) {
      encoding = chooseEncoding(acceptEncoding);
      encodings.set(acceptEncoding, encoding);
    }
    return encoding;
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   * @param {StoredResponse} entry
   * @param {CacheState} state
   */
  function sendStored(request, response, entry, state) {
    const variant =
      entry.variants[encodingFor(request.headers['accept-encoding'])] ?? entry.variants.identity;
    // fresh compares If-None-Match weakly, as RFC 9110 asks, and sends the whole page to a reload
    // (Cache-Control: no-cache); ~0.14 µs a conditional request.
    if (entry.status === 200 && fresh(request.headers, { etag: variant.etag })) {
      response.writeHead(304, variant.notModifiedHeads[state]).end();
      return;
    }
    response.writeHead(entry.status, variant.heads[state]);
    response.end(request.method === 'HEAD' ? undefined : variant.body);
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   */
  function pass(request, response) {
    if (isRelayableRequest(request.method, request.url ?? '', request.headers))
      relayWholeResponse(relay, request, response);
    else handleSafely(handle, request, response);
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   */
  function listener(request, response) {
    const url = request.url ?? '';
    if (!isCacheableRequest(request.method, url, request.headers)) return pass(request, response);
    const key = cacheKey(url, request.headers);
    const found = cache.lookup(key, request);
    if (found !== undefined) return sendStored(request, response, found.entry, found.state);
    if (!isMissing) return miss(request, response, key);
    // An invented URL is the cheapest way to make a server render: the router answers it instead.
    isMissing(url).then(
      (missing) =>
        missing
          ? notFound.get(request).then(
              (entry) => sendStored(request, response, entry, 'HIT'),
              () => miss(request, response, key),
            )
          : miss(request, response, key),
      () => miss(request, response, key),
    );
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   * @param {string} key
   */
  function miss(request, response, key) {
    if (cache.isPassed(key)) return pass(request, response);
    void cache.fill(key, request).then((result) => {
      if (result.entry) sendStored(request, response, result.entry, 'MISS');
      // Only a kept entry is shared: an uncacheable answer may be meant for the client that asked alone.
      else if (result.request !== request) pass(request, response);
      else if (result.error) sendWholeResponse(request, response, { error: result.error }, 'MISS');
      else sendWholeResponse(request, response, { response: result.response }, 'MISS');
    });
  }

  return {
    listener,
    clear: () => {
      cache.clear();
      notFound.clear();
    },
  };
}
