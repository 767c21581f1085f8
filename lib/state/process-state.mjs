// Plain JavaScript: the production server (lib/server/serve.mjs) and Next.js's cache handler load this
// file outside the bundler, and the bundled code (pages, route handlers, proxy.ts, instrumentation.ts)
// imports it too.
//
// The one owner of this process's state. Next.js bundles the proxy, the app routes and the
// instrumentation hook apart, and loads the cache handler and the server from plain files, so a
// module-level variable would exist once per bundle: one archive loaded three times, one microcache
// the revalidate route cannot reach. This module keeps every process-wide value in one object on
// globalThis, the only thing all those copies share, under one symbol named here and nowhere else.

const STATE = Symbol.for('newsroom.process-state');

/**
 * @typedef {object} ContentChange
 * @property {string} source Who announced it: `reload` (this process read content/ again) or `redis`
 *   (another instance did).
 * @property {string[]} [slugs] With `redis`: the articles the other instance's publish named, whose
 *   files are all this one need stamp again; none means every file.
 */

/**
 * @typedef {object} ProcessState
 * @property {Map<string, unknown>} values
 * @property {Set<(change: ContentChange) => void>} listeners
 */

/** @returns {ProcessState} */
function state() {
  const holder = /** @type {{ [STATE]?: ProcessState }} */ (/** @type {unknown} */ (globalThis));
  return (holder[STATE] ??= { values: new Map(), listeners: new Set() });
}

/**
 * The process-wide value called `name`, made by `create` the first time any bundle asks. Every cache
 * of the process is one of these, so this file lists what the process holds.
 * @template T
 * @param {'content-index' | 'live-updates' | 'article-bodies' | 'search-engine' | 'microcache' | 'redis-cache' | 'client-runtime' | 'route-judge' | 'internal-origin' | 'reader-requests' | 'warm-up'} name
 * @param {() => T} create
 * @returns {T}
 * @example processValue('article-bodies', () => new LRUCache({ max: 200 }))
 */
export function processValue(name, create) {
  const { values } = state();
  if (!values.has(name)) values.set(name, create());
  return /** @type {T} */ (values.get(name));
}

/**
 * Calls `listener` each time the content of this process changes (see announceContentChanged);
 * returns a function that stops it. Register from inside processValue's `create`, so a listener is
 * added once per process, not once per bundle.
 * @param {(change: ContentChange) => void} listener
 * @returns {() => void}
 */
export function onContentChanged(listener) {
  const { listeners } = state();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The one "content changed" event: every cache that holds something derived from content/ empties
 * itself. Announced after this process reloads its content index, and when Redis says another
 * instance did.
 * @param {ContentChange} change
 */
export function announceContentChanged(change) {
  for (const listener of state().listeners) listener(change);
}

/**
 * @typedef {object} RouteJudge
 * @property {((url: string) => Promise<boolean>) | undefined} isMissing Whether a request target names a
 *   path that cannot exist, as the router decides: set by the instrumentation hook, which runs in
 *   Next.js's bundle and can reach the router, for the production server, which cannot.
 */

/** @returns {RouteJudge} */
export function routeJudge() {
  return processValue('route-judge', () => ({ isMissing: undefined }));
}

/**
 * @typedef {object} InternalOriginAccess
 * @property {string | undefined} url The loopback origin `npm start` serves Next.js on (set by
 *   lib/server/serve.mjs), through which this process's own code asks for what only a request can do:
 *   expiring pages when a live story's files change. Unset under `next start` and `next dev`.
 * @property {string} token The secret of those requests: made at start, known to no one outside the
 *   process, so the route that takes them answers no one else.
 */

/** @returns {InternalOriginAccess} */
export function internalOrigin() {
  return processValue('internal-origin', () => ({ url: undefined, token: globalThis.crypto.randomUUID() }));
}

/**
 * @typedef {object} ReaderRequests
 * @property {number} inFlight Requests the process's HTTP servers have begun and not finished.
 * @property {Set<() => void>} waiting Background work waiting for them to finish (lib/scheduling/time-slices.ts).
 */

/**
 * The requests being answered now, counted by the server hook (lib/server/register-node-server.ts),
 * so that background work (indexing an archive as the server starts) can give way to them.
 * @returns {ReaderRequests}
 */
export function readerRequests() {
  return processValue('reader-requests', () => ({ inFlight: 0, waiting: new Set() }));
}

/**
 * @typedef {object} WarmUp
 * @property {string[]} paths Pages `npm start` asks for once before it listens (lib/server/serve.mjs),
 *   so the first reader of each kind of page does not wait for its code to load and compile: set by
 *   the instrumentation hook, which knows the content, for the server, which does not.
 */

/** @returns {WarmUp} */
export function warmUp() {
  return processValue('warm-up', () => ({ paths: [] }));
}
