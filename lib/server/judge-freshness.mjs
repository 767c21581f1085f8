// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/** @typedef {'fresh' | 'stale' | 'expired'} Freshness */

/**
 * Whether an entry of this age is served as it is (`fresh`), served while one refresh runs (`stale`),
 * or treated as a miss (`expired`).
 * @param {number} ageMs
 * @param {number} freshMs
 * @param {number} staleLimitMs
 * @returns {Freshness}
 */
export function judgeFreshness(ageMs, freshMs, staleLimitMs) {
  if (ageMs < freshMs) return 'fresh';
  return ageMs < staleLimitMs ? 'stale' : 'expired';
}
