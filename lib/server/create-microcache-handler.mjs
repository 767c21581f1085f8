// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { cacheKey } from './cache-key.mjs';
import { chooseEncoding } from './choose-encoding.mjs';
import { createMicrocache } from './create-microcache.mjs';
import { handleSafely } from './handle-safely.mjs';
import { isCacheableRequest } from './is-cacheable-request.mjs';
import { isNotModified } from './is-not-modified.mjs';

// Browsers send a handful of distinct Accept-Encoding values: parse each once, not on every hit.
const MAX_REMEMBERED_ENCODINGS = 100;
const NOT_FORWARDED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date']);

/**
 * The server's request listener: answers cacheable GET and HEAD requests from the microcache, filling
 * it through `fill`, and hands every other request to Next.js's own handler, streamed as usual.
 */
export function createMicrocacheHandler({ handle, fill, maxBytes, passMs }) {
  const cache = createMicrocache({ fill, maxBytes, passMs });
  const encodings = new Map();

  function encodingFor(acceptEncoding = '') {
    let encoding = encodings.get(acceptEncoding);
    if (encoding === undefined) {
      if (encodings.size >= MAX_REMEMBERED_ENCODINGS) encodings.clear();
      encoding = chooseEncoding(acceptEncoding);
      encodings.set(acceptEncoding, encoding);
    }
    return encoding;
  }

  function sendStored(request, response, entry, state) {
    const variant =
      entry.variants[encodingFor(request.headers['accept-encoding'])] ?? entry.variants.identity;
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && entry.status === 200 && isNotModified(ifNoneMatch, variant.etag)) {
      response.writeHead(304, variant.notModifiedHeads[state]).end();
      return;
    }
    response.writeHead(entry.status, variant.heads[state]);
    response.end(request.method === 'HEAD' ? undefined : variant.body);
  }

  function sendUnstored(request, response, result) {
    if (result.error) {
      console.error(`microcache: fetching ${request.url} from Next.js failed`, result.error);
      response
        .writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
        .end('Bad Gateway: the page could not be rendered. Try again in a moment.');
      return;
    }
    const { status, rawHeaders, body } = result.response;
    const headers = [];
    for (let i = 0; i < rawHeaders.length; i += 2)
      if (!NOT_FORWARDED.has(rawHeaders[i].toLowerCase())) headers.push(rawHeaders[i], rawHeaders[i + 1]);
    if (status !== 204 && status !== 304) headers.push('Content-Length', String(body.length));
    response.writeHead(status, [...headers, 'X-Cache', 'MISS']);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function listener(request, response) {
    if (!isCacheableRequest(request.method, request.url, request.headers))
      return handleSafely(handle, request, response);
    const key = cacheKey(request.url, request.headers);
    const found = cache.lookup(key, request);
    if (found !== undefined) return sendStored(request, response, found.entry, found.state);
    if (cache.isPassed(key)) return handleSafely(handle, request, response);
    void cache.fill(key, request).then((result) => {
      if (result.entry) sendStored(request, response, result.entry, 'MISS');
      else if (result.request === request) sendUnstored(request, response, result);
      // Only a kept entry is shared: an uncacheable answer may be meant for the client that asked alone.
      else handleSafely(handle, request, response);
    });
  }

  return { listener, clear: () => cache.clear() };
}
