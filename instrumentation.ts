import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Runs once when the server starts. Next.js 16 answers TRACE with a 500 before any of
 * our code runs: building the proxy's Request throws on those methods. Here the Node server answers
 * them with 405 first. The site serves GET and HEAD (POST under /api/); proxy.ts refuses the rest.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { Server } = await import('node:http');
  const emit: (event: string, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function (this: InstanceType<typeof Server>, event: string, ...args: unknown[]) {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (event === 'request' && request.method === 'TRACE') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' }).end();
      return true;
    }
    return emit.call(this, event, ...args);
  };
}
