// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * A path no route matches, so Next.js renders app/not-found.tsx for it in full. proxy.ts rewrites
 * every path that cannot exist to it, so they all share its one cache entry; the production server
 * answers with it where Next.js's own 404 would be an empty shell (see relay-page.mjs).
 */
export const NOT_FOUND_PATH = '/_/_/not-found';
