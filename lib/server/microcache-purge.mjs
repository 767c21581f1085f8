// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler. Code that
// Next.js bundles (the revalidate route, the Redis cache handler) gets its own copy of this module,
// so the purge function lives on globalThis, the one thing both copies share.
const PURGE = Symbol.for('newsroom.microcache');

/** Makes `clear` what purgeMicrocache() calls in this process. */
export function registerMicrocachePurge(clear) {
  globalThis[PURGE] = { clear };
}

/** Empties this process's microcache, if the server runs one (`next dev` does not). */
export function purgeMicrocache() {
  globalThis[PURGE]?.clear();
}
