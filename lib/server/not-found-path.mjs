// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * A path no route matches, so Next.js renders app/not-found.tsx for it in full. proxy.ts rewrites
 * every path that cannot exist to it, so they all share its one cache entry; the production server
 * answers with it where Next.js's own 404 would be an empty shell (see relay-page.mjs).
 */
export const NOT_FOUND_PATH = '/_/_/not-found';

/**
 * The header by which proxy.ts marks a page every reader gets alike although Next.js renders it for
 * each request (search results: public, the same for everyone, never personal): the production server
 * may keep it for its microcache's lifetime (a second) and share it, and never sends the header on.
 */
export const BRIEFLY_SHARED_HEADER = 'x-briefly-shared';
