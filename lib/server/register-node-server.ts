import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What instrumentation.ts does when a Node.js server starts. Next.js 16 answers TRACE with a 500
 * before any of our code runs: building the proxy's Request throws on those methods. Here the Node
 * server answers them with 405 first. The site serves GET and HEAD (POST under /api/); proxy.ts
 * refuses the rest.
 */
export async function registerNodeServer() {
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
  warmSearch();
}

// A large archive's search index takes seconds to build; building it (in slices) as the server starts
// spares the first reader to search that wait. Never during `next build`, whose workers never search.
function warmSearch() {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  setTimeout(async () => {
    try {
      const [{ getContentIndex }, { prepareSearch }] = await Promise.all([
        import('@/lib/content'),
        import('@/lib/search/search-articles'),
      ]);
      await prepareSearch(await getContentIndex());
    } catch (error) {
      // The first search tries again and reports the problem on its page.
      console.error('The search index could not be built at start:', error);
    }
  }, 1_000).unref();
}
