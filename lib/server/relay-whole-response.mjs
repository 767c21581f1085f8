// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { BRIEFLY_SHARED_HEADER } from './not-found-path.mjs';
import { handleSafely } from './handle-safely.mjs';
import { isRelayableRequest } from './is-cacheable-request.mjs';

const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  BRIEFLY_SHARED_HEADER,
]);

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./start-internal-origin.mjs').NextResponse} NextResponse */
/** @typedef {(request: IncomingMessage) => Promise<NextResponse>} Relay */
/** @typedef {{ response: NextResponse, error?: never } | { error: Error, response?: never }} WholeResult */

/**
 * Sends a whole response fetched from Next.js to the client that asked, marked with its X-Cache state
 * (`MISS`: the cache asked but could not keep it; `BYPASS`: the cache was not asked), or a 502 with a
 * plain message if Next.js could not be reached.
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {WholeResult} result
 * @param {'MISS' | 'BYPASS'} state
 */
export function sendWholeResponse(request, response, result, state) {
  if (result.error) {
    console.error(`fetching ${request.url} from Next.js failed`, result.error);
    response
      .writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      .end('Bad Gateway: the page could not be rendered. Try again in a moment.');
    return;
  }
  const { status, rawHeaders, body } = result.response;
  /** @type {string[]} */
  const headers = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? '';
    if (!NOT_FORWARDED.has(name.toLowerCase())) headers.push(name, rawHeaders[i + 1] ?? '');
  }
  if (status !== 204 && status !== 304) headers.push('Content-Length', String(body.length));
  response.writeHead(status, [...headers, 'X-Cache', state]);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Fetches a request's whole response through `relay` and sends it on, never kept.
 * @param {Relay} relay
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 */
export function relayWholeResponse(relay, request, response) {
  void relay(request).then(
    (fetched) => sendWholeResponse(request, response, { response: fetched }, 'BYPASS'),
    (/** @type {Error} */ error) => sendWholeResponse(request, response, { error }, 'BYPASS'),
  );
}

/**
 * The server's listener without a cache (MICROCACHE_TTL_MS=0): pages through `relay`, so they still
 * lose the client runtime, and everything else streamed from Next.js.
 * @param {{ handle: import('./handle-safely.mjs').RequestHandler, relay: Relay }} options
 * @returns {(request: IncomingMessage, response: ServerResponse) => void}
 */
export function createRelayListener({ handle, relay }) {
  return (request, response) =>
    isRelayableRequest(request.method, request.url ?? '', request.headers)
      ? relayWholeResponse(relay, request, response)
      : handleSafely(handle, request, response);
}
