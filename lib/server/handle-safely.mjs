// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {(request: IncomingMessage, response: ServerResponse) => Promise<void>} RequestHandler */

/**
 * Runs Next.js's request handler, answering 500 if it throws before it answered (what `next start`
 * does), so one broken request never takes the process down.
 * @param {RequestHandler} handle
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 */
export function handleSafely(handle, request, response) {
  handle(request, response).catch((/** @type {unknown} */ error) => {
    console.error(`Failed to handle request for ${request.url}`, error);
    if (response.headersSent) response.destroy();
    else
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal Server Error');
  });
}
