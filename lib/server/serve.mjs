// `npm start`: the production server. Next.js's own handler behind a microcache that answers the
// same page for up to a second from memory, precompressed, and pages sent as plain HTML without
// Next.js's client runtime (README, "Deploy"). Run `npm run build` first.
//   node lib/server/serve.mjs [-p <port>] [-H <hostname>]
// PORT (3000), HOSTNAME (localhost), MICROCACHE_TTL_MS (1000; 0 turns it off), MICROCACHE_MAX_BYTES
// (64 MB), CLIENT_RUNTIME (none; `next` sends pages with Next.js's scripts, as `next start` does).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import v8 from 'node:v8';
import { internalOrigin, processValue, routeJudge, warmUp } from '../state/process-state.mjs';
import { createPageRelay } from './create-page-relay.mjs';
import { fillFromNext } from './fill-from-next.mjs';
import { parseServerOptions } from './parse-server-options.mjs';
import { createRelayListener } from './relay-whole-response.mjs';
import { startInternalOrigin } from './start-internal-origin.mjs';
import { startProcessMicrocache } from './start-process-microcache.mjs';

// Entries past their TTL are served while one refresh runs, for at most this long (or the page's
// s-maxage, if shorter); paths that answered with uncacheable pages skip the cache for as long.
const STALE_CAP_MS = 60_000;
// The first warm-up waits for the content index: at 1,000,000 stories reading it took 70 s, and a
// shorter limit let the server listen before it had loaded, so its first readers waited instead.
const WARM_LIMIT_MS = 600_000;

const options = parseServerOptions(process.argv.slice(2), process.env);
if (!options.ok) {
  console.error(`${options.issues.join('\n')}\nThe server did not start.`);
  process.exit(1);
}
const { port, hostname, ttlMs, maxBytes, clientRuntime } = options.value;

// V8 lets the heap grow to several times what is live before collecting it in full; the archive's
// index is long-lived and large, so that slack was ~200 MB of RSS at 10,000 articles under load.
// Growing by a quarter keeps peak RSS near the live size at no measurable cost in throughput.
v8.setFlagsFromString('--heap-growing-percent=25');

// Read by the request guard that instrumentation.ts installs as Next.js starts (guard-request.mjs).
processValue('client-runtime', () => clientRuntime);

// As `next start` does, before React is loaded: it picks its production build from NODE_ENV.
// (Through Object.assign: Next.js's types declare NODE_ENV read-only, which it is only once React is loaded.)
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });
const { default: next } = await import('next');
const { PHASE_PRODUCTION_SERVER } = await import('next/constants.js');
// By name: bound to 127.0.0.1 by IP, Next.js proxies its own rewrites over HTTP (see proxy.ts).
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

// Every page is fetched whole from Next.js on this loopback origin, so the client runtime can be cut
// out of it before a reader gets it; that is also how the cache fills.
const origin = await startInternalOrigin(handle);
internalOrigin().url = origin.url;
// Before listening, requests of its own. Next.js runs the instrumentation hook on its first request,
// not in prepare(): the home page's loads the content index (register-node-server.ts), so no reader
// waits for it. Then each page of warmUp() is rendered in draft mode (Next.js's cookie for it: the
// page is rendered afresh, never read from or written to the page cache, whatever it holds), so the
// first reader's article does not wait for the page's code to load and compile (~300 ms at start).
const warmed = [await warm('/')];
const draftCookie = `__prerender_bypass=${await previewModeId()}`;
for (const page of warmUp().paths) warmed.push(await warm(page, { cookie: draftCookie }));
console.log(`Warmed up: ${warmed.join(', ')}`);

/**
 * @param {string} page
 * @param {Record<string, string>} [headers]
 * @returns {Promise<string>} The page, its status and time, for the log.
 */
async function warm(page, headers = {}) {
  const started = performance.now();
  let status;
  try {
    const response = await fetch(`${origin.url}${page}`, { headers, signal: AbortSignal.timeout(WARM_LIMIT_MS) });
    await response.arrayBuffer();
    status = response.status;
  } catch (error) {
    // Only slower first answers are lost: the server starts all the same.
    console.error(`Warming up ${page} failed:`, error);
    status = 'failed';
  }
  return `${page} ${status} in ${Math.round(performance.now() - started)} ms`;
}

// The build's draft-mode secret, which Next.js keeps in its prerender manifest.
async function previewModeId() {
  const { default: config } = await import('../../next.config.mjs');
  const manifest = path.resolve(config(PHASE_PRODUCTION_SERVER).distDir ?? '.next', 'prerender-manifest.json');
  return JSON.parse(await readFile(manifest, 'utf8')).preview.previewModeId;
}

const relay = createPageRelay(origin.fetch, { clientRuntime });
const listener = ttlMs > 0 ? startMicrocache() : createRelayListener({ handle, relay });

function startMicrocache() {
  return startProcessMicrocache({
    handle,
    fill: (request) => fillFromNext(relay, request, { ttlMs, staleCapMs: STALE_CAP_MS }),
    relay,
    maxBytes,
    passMs: STALE_CAP_MS,
    isMissing: (url) => routeJudge().isMissing?.(url) ?? Promise.resolve(false),
  }).listener;
}

const server = http.createServer(listener);
server.on('error', (error) => {
  console.error(`The server could not listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const cache = ttlMs > 0 ? `microcache ${ttlMs} ms, ${Math.round(maxBytes / 1048576)} MB` : 'microcache off';
  const scripts = clientRuntime === 'none' ? 'pages without client runtime' : "pages with Next.js's scripts";
  console.log(`Ready on http://${hostname}:${port} (${cache}, ${scripts})`);
});

for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
])) {
  process.once(signal, () => {
    // Finish the requests under way, then let Next.js flush what it must; never wait more than 10 s.
    setTimeout(() => process.exit(code), 10_000).unref();
    server.close(() => {
      origin.close();
      void app.close().finally(() => process.exit(code));
    });
    server.closeIdleConnections();
  });
}
