// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { LRUCache } from 'lru-cache';
import { LIVE_REFRESH_HASH, LIVE_REFRESH_SCRIPT } from '../live/live-refresh-script.mjs';
import { stripClientRuntime } from './strip-client-runtime.mjs';

// The site's one script (a live story's "new updates" notice), kept by its hash, and the only
// script its page's policy then allows.
const KEPT = new Set([LIVE_REFRESH_HASH]);
const KEPT_ELEMENT = `<script>${LIVE_REFRESH_SCRIPT}</script>`;

const HTML = /^\s*text\/html\b/i;
// Pages the cache may not keep come back the same on every request (the 404 page above all): the last
// few cuts are remembered by the page's text, so they are not parsed again each time.
const REMEMBERED_PAGES = 16;
/** @type {LRUCache<string, string>} */
const recent = new LRUCache({ max: REMEMBERED_PAGES });
// Next.js's answer carries its own length, tag and policy; they describe the page before the cut.
const REWRITTEN = new Set(['content-length', 'etag', 'content-security-policy']);

/**
 * A response from Next.js as the reader gets it: an HTML page without the client runtime
 * (stripClientRuntime), with a Content-Security-Policy that lets no script run at all, since none is
 * left to run (on a live story's page: its own script alone, by hash), and an entity tag of its own. Anything else comes back untouched.
 * @param {import('./start-internal-origin.mjs').NextResponse} response
 * @returns {import('./start-internal-origin.mjs').NextResponse}
 */
export function withoutClientRuntime(response) {
  if (!HTML.test(String(response.headers['content-type'] ?? ''))) return response;
  const html = response.body.toString('utf8');
  const stripped = rememberedCut(html);
  if (stripped === html) return response;
  const body = Buffer.from(stripped, 'utf8');
  /** @type {string[]} */
  const rawHeaders = [];
  /** @type {import('node:http').IncomingHttpHeaders} */
  const headers = { ...response.headers, 'content-length': String(body.length) };
  for (let i = 0; i < response.rawHeaders.length; i += 2) {
    const name = response.rawHeaders[i] ?? '';
    const lower = name.toLowerCase();
    if (!REWRITTEN.has(lower)) {
      rawHeaders.push(name, response.rawHeaders[i + 1] ?? '');
      continue;
    }
    const value = rewrite(lower, response.rawHeaders[i + 1] ?? '', stripped.includes(KEPT_ELEMENT));
    if (value === undefined) continue;
    rawHeaders.push(name, value);
    headers[lower] = value;
  }
  rawHeaders.push('Content-Length', String(body.length));
  return { ...response, headers, rawHeaders, body };
}

/**
 * @param {string} html
 * @returns {string}
 */
function rememberedCut(html) {
  let stripped = recent.get(html);
  if (stripped === undefined) {
    stripped = stripClientRuntime(html, KEPT);
    recent.set(html, stripped);
  }
  return stripped;
}

/**
 * @param {string} name
 * @param {string} value
 * @param {boolean} liveScript
 * @returns {string | undefined}
 */
function rewrite(name, value, liveScript) {
  if (name === 'content-length') return undefined;
  // The same page from Next.js always loses the same scripts, so its tag still names one version;
  // the suffix keeps it apart from the full page's, should both ever be served under one address.
  if (name === 'etag') return value.replace(/"$/, '-html"');
  return noScriptPolicy(value, liveScript ? LIVE_REFRESH_HASH : "'none'");
}

/**
 * The policy with script-src 'none' (or the one source given), keeping every other directive as
 * Next.js sent it.
 * @param {string} policy
 * @param {string} [source]
 * @returns {string}
 */
export function noScriptPolicy(policy, source = "'none'") {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^script-src(?:-elem|-attr)?(?:\s|$)/i.test(directive));
  return [...directives, `script-src ${source}`].join('; ');
}
