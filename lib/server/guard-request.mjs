// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler, and the
// instrumentation hook (lib/server/register-node-server.ts) runs this in every Node server.

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

// The headers of Next.js's client-side router and server actions: with them, Next.js answers a page
// with its client runtime, an RSC payload or an action, under its own policy. Pages sent without the
// client runtime have no router to send them, so a request carrying one is a reader's page asked
// for oddly, and gets the page.
const ROUTER_HEADERS = new Set([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
]);
// A Host is a name or an address with an optional port (RFC 9110 §7.2, RFC 3986's reg-name).
const HOST = /^(?:[\w.~!$&'()*+,;=%-]+|\[[\da-f:.]+\])(?::\d*)?$/i;
const ABSOLUTE_FORM = /^https?:\/\/([^/?#]*)([^#]*)$/i;

/**
 * Answers, before Next.js sees it, a request no page should be rendered for, and makes the rest
 * harmless; returns whether it answered. TRACE gets 405 (Next.js 16 throws on it), a request target
 * that is neither a path nor an absolute URL 400 (Next.js throws on `OPTIONS *`), and a request
 * without exactly one valid Host 400 (RFC 9112 §3.2). An absolute URL becomes its path, with its
 * authority as Host (RFC 9112 §3.2.2), so no redirect can name the URL's host. With `clientRuntime`
 * `none`, headers that would change a page (the router's, and Range outside /_next/static/) are
 * dropped: every such request gets the page a plain GET gets.
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {{ clientRuntime: 'none' | 'next' }} options
 * @returns {boolean}
 * @example guardRequest(request('OPTIONS', '*'), response, { clientRuntime: 'none' }) // true: 405 sent
 */
export function guardRequest(request, response, { clientRuntime }) {
  if (request.method === 'TRACE') return refuse(response, 405);
  const target = request.url ?? '';
  if (target.charCodeAt(0) !== 0x2f) {
    if (target === '*' && request.method === 'OPTIONS') return refuse(response, 405);
    const absolute = ABSOLUTE_FORM.exec(target);
    if (!absolute || !HOST.test(absolute[1] ?? '')) return refuse(response, 400);
    const [, authority = '', path = ''] = absolute;
    request.url = path.startsWith('/') ? path : `/${path}`;
    setHost(request, authority);
  }
  if (!hasOneHost(request)) return refuse(response, 400);
  if (clientRuntime === 'none') dropPageChangingHeaders(request);
  return false;
}

/**
 * @param {ServerResponse} response
 * @param {400 | 405} status
 */
function refuse(response, status) {
  const headers =
    status === 405
      ? { Allow: 'GET, HEAD', 'Content-Length': '0' }
      : { 'Content-Length': '0', Connection: 'close' };
  response.writeHead(status, headers).end();
  return true;
}

/**
 * HTTP/1.1 needs one Host, HTTP/1.0 may have none; two are a request smuggled past whoever read
 * the other one.
 * @param {IncomingMessage} request
 */
function hasOneHost(request) {
  const raw = request.rawHeaders;
  let count = 0;
  let value = '';
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (name.length === 4 && name.toLowerCase() === 'host') {
      count++;
      value = raw[i + 1] ?? '';
    }
  }
  if (count === 0) return request.httpVersionMajor === 1 && request.httpVersionMinor === 0;
  return count === 1 && HOST.test(value);
}

/**
 * @param {IncomingMessage} request
 * @param {string} host
 */
function setHost(request, host) {
  const raw = request.rawHeaders.filter((_, i, all) => (all[i - (i % 2)] ?? '').toLowerCase() !== 'host');
  request.rawHeaders.splice(0, request.rawHeaders.length, 'Host', host, ...raw);
  request.headers.host = host;
}

/** @param {IncomingMessage} request */
function dropPageChangingHeaders(request) {
  const { headers } = request;
  const keepRange = request.url?.startsWith('/_next/static/');
  let dropped = false;
  for (const name of ROUTER_HEADERS) {
    if (headers[name] === undefined) continue;
    delete headers[name];
    dropped = true;
  }
  if (headers.range !== undefined && !keepRange) {
    delete headers.range;
    delete headers['if-range'];
    dropped = true;
  }
  if (!dropped) return;
  const raw = request.rawHeaders;
  const kept = [];
  for (let i = 0; i < raw.length; i += 2) {
    const lower = (raw[i] ?? '').toLowerCase();
    if (ROUTER_HEADERS.has(lower) || (!keepRange && (lower === 'range' || lower === 'if-range'))) continue;
    kept.push(raw[i] ?? '', raw[i + 1] ?? '');
  }
  raw.splice(0, raw.length, ...kept);
}
