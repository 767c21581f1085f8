// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { NOT_FOUND_PATH } from './not-found-path.mjs';
import { withoutClientRuntime } from './without-client-runtime.mjs';

// What Next.js 16 sends for notFound() in a page rendered on demand: a document with an empty body, the
// 404 page existing only in the inline data its client runtime renders (vercel/next.js#95613).
const CLIENT_RENDERED_SHELL = '<html id="__next_error__"';

/**
 * How the server gets a page from Next.js for a reader: whole, with the site's 404 page in place of
 * Next.js's empty 404 shell (it would be blank without JavaScript), and without the client runtime
 * unless `clientRuntime` is `next`.
 * @param {(request: import('node:http').IncomingMessage, path?: string) => Promise<import('./start-internal-origin.mjs').NextResponse>} fetchFromNext
 * @param {{ clientRuntime: 'none' | 'next' }} options
 * @returns {import('./relay-whole-response.mjs').Relay}
 */
export function createPageRelay(fetchFromNext, { clientRuntime }) {
  return async (request) => {
    let response = await fetchFromNext(request);
    if (response.status === 404 && response.body.subarray(0, 512).includes(CLIENT_RENDERED_SHELL)) {
      const page = await fetchFromNext(request, NOT_FOUND_PATH);
      if (page.status === 404) response = page;
    }
    return clientRuntime === 'none' ? withoutClientRuntime(response) : response;
  };
}
