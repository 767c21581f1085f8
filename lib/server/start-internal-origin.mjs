// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { once } from 'node:events';
import http from 'node:http';
import { forwardedHeaders } from './forwarded-headers.mjs';
import { handleSafely } from './handle-safely.mjs';

const FILL_TIMEOUT_MS = 30_000;

/**
 * @typedef {object} NextResponse A whole response from Next.js.
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string[]} rawHeaders Flat [name, value, …] as Next.js sent them, duplicates kept.
 * @property {Buffer} body
 */

/**
 * @typedef {object} InternalOrigin
 * @property {(request: import('node:http').IncomingMessage, path?: string) => Promise<NextResponse>} fetch
 *   Fetches the request's own path, or `path` with the request's headers.
 * @property {string} url `http://127.0.0.1:<port>`, for requests this process makes of itself.
 * @property {() => void} close
 */

/**
 * Serves Next.js's handler on a random loopback port inside this process, and fetches whole responses
 * from it for the microcache: the real status, headers and uncompressed body, through Next.js's whole
 * pipeline (proxy.ts included), without patching its ServerResponse.
 * @param {import('./handle-safely.mjs').RequestHandler} handle
 * @returns {Promise<InternalOrigin>}
 */
export async function startInternalOrigin(handle) {
  const server = http.createServer((request, response) => handleSafely(handle, request, response));
  // Longer than the agent keeps idle sockets, so the server never closes one the agent is reusing.
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  // Listening on TCP, so the address is an object, not a pipe's name.
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 16, timeout: 30_000 });

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {string} path
   * @returns {Promise<NextResponse>}
   */
  function fetchOnce(request, path) {
    return new Promise((resolve, reject) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'GET',
          path,
          headers: forwardedHeaders(request.headers, request.socket.remoteAddress),
          agent,
        },
        (incoming) => {
          /** @type {Buffer[]} */
          const chunks = [];
          incoming.on('data', (chunk) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 502,
              headers: incoming.headers,
              rawHeaders: incoming.rawHeaders,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      outgoing.on('error', (error) => reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket })));
      // A render that hangs must not hold every reader of that page: they get the stale copy or a 502.
      outgoing.setTimeout(FILL_TIMEOUT_MS, () =>
        outgoing.destroy(new Error(`Next.js did not answer within ${FILL_TIMEOUT_MS / 1000} s`)),
      );
      outgoing.end();
    });
  }

  return {
    url: `http://127.0.0.1:${port}`,
    async fetch(request, path = request.url ?? '/') {
      try {
        return await fetchOnce(request, path);
      } catch (error) {
        // A kept-alive socket can close just as it is reused; a fresh one is the usual remedy.
        const failure = /** @type {{ reusedSocket?: boolean, code?: string }} */ (error);
        if (failure.reusedSocket && failure.code === 'ECONNRESET') return fetchOnce(request, path);
        throw error;
      }
    },
    close() {
      agent.destroy();
      server.close();
    },
  };
}
