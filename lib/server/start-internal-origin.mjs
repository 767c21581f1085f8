// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { once } from 'node:events';
import http from 'node:http';
import { forwardedHeaders } from './forwarded-headers.mjs';
import { handleSafely } from './handle-safely.mjs';

const FILL_TIMEOUT_MS = 30_000;

/**
 * Serves Next.js's handler on a random loopback port inside this process, and fetches whole responses
 * from it for the microcache: the real status, headers and uncompressed body, through Next.js's whole
 * pipeline (proxy.ts included), without patching its ServerResponse.
 */
export async function startInternalOrigin(handle) {
  const server = http.createServer((request, response) => handleSafely(handle, request, response));
  // Longer than the agent keeps idle sockets, so the server never closes one the agent is reusing.
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 16, timeout: 30_000 });

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
    async fetch(request, path = request.url) {
      try {
        return await fetchOnce(request, path);
      } catch (error) {
        // A kept-alive socket can close just as it is reused; a fresh one is the usual remedy.
        if (error.reusedSocket && error.code === 'ECONNRESET') return fetchOnce(request, path);
        throw error;
      }
    },
    close() {
      agent.destroy();
      server.close();
    },
  };
}
