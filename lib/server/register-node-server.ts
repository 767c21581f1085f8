import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalOrigin, processValue, routeJudge, warmUp } from '@/lib/state/process-state.mjs';
import { trackRequest } from '../scheduling/time-slices';
import { guardRequest } from './guard-request.mjs';

/**
 * What instrumentation.ts does when a Node.js server starts: every request to every HTTP server of
 * the process (`npm start`'s, its internal origin, `next start`, `next dev`) passes guardRequest
 * before anything else sees it, since some of what it refuses makes Next.js throw before any of our
 * code runs (TRACE, `OPTIONS *`), and is counted while in flight, so start-up work gives way to it.
 * `npm start` declares how it sends pages before Next.js starts; Next.js's own servers send them
 * with the client runtime.
 */
export async function registerNodeServer() {
  const { Server } = await import('node:http');
  const options = { clientRuntime: processValue('client-runtime', () => 'next' as const) };
  const emit: (event: string, ...args: unknown[]) => boolean = Server.prototype.emit;
  Server.prototype.emit = function (this: InstanceType<typeof Server>, event: string, ...args: unknown[]) {
    // A 'request' event always carries the request and its response.
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (event === 'request') {
      if (guardRequest(request, response, options)) return true;
      trackRequest(response);
    }
    return emit.call(this, event, ...args);
  };
  watchLiveStories();
  routeJudge().isMissing = isMissing;
  await warmIndexes();
}

// The router, for the production server's listener: a path that cannot exist is answered there with
// the one shared 404 page, before Next.js is asked (lib/server/shared-not-found.mjs).
async function isMissing(url: string): Promise<boolean> {
  const { routeFor } = await import('@/lib/content');
  const query = url.indexOf('?');
  return (await routeFor(query === -1 ? url : url.slice(0, query))).kind === 'missing';
}

// The content index (read whole from its snapshot when the build left one) is loaded as this hook
// runs, which Next.js awaits before it answers its first request: `npm start` makes that request
// itself before it listens (serve.mjs), so no reader's request waits for the index. The search index
// is then brought in line and related stories are indexed, in slices that give way to readers'
// requests. Never during `next build`, whose workers never search, nor in `next dev`.
async function warmIndexes() {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  try {
    const [{ articlePath, getAudience, getContentIndex }, { isVisible }, { prepareSearch }] = await Promise.all([
      import('@/lib/content'),
      import('@/lib/content/visibility'),
      import('@/lib/search/search-articles'),
    ]);
    const index = await getContentIndex();
    // The oldest story is never prerendered: asked for first by the server itself, it loads and
    // compiles the article page's code (~300 ms at start), which the first reader would wait for.
    const audience = getAudience();
    const oldest = index.articles.findLast((a) => isVisible(a, audience));
    warmUp().paths = oldest ? [articlePath(oldest)] : [];
    // Both started at once: until the ranking is ready, an article page shows its section's latest
    // stories as its related ones, rather than ranking the whole archive in one block of the thread
    // (2 s at 100,000 stories, which the first reader's article waited for behind the search sync).
    void index.prepareRelated();
    prepareSearch(index).catch((error: unknown) => {
      // The first search tries again and reports the problem on its page.
      console.error('The search index could not be built at start:', error);
    });
  } catch (error) {
    // Broken content: the server still starts, and each page reports the problem as it would.
    console.error('The content could not be read at start:', error);
  }
}

// A live story's new update is seen by its page within seconds (the page looks when it renders); the
// lists that show its time, its feeds and search need telling: every few seconds, the live desk is
// asked what changed, the search index takes the changed stories' text, and npm start's internal
// origin expires their pages (only a request can: app/api/revalidate/live). Not during the build.
function watchLiveStories() {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV !== 'production') return;
  void Promise.all([
    import('@/lib/content'),
    import('@/lib/search/search-articles'),
    import('@/lib/live/watch-live'),
  ]).then(([{ getContentIndex }, { refreshSearch }, { watchLive }]) =>
    watchLive({
      desk: async () => (await getContentIndex()).live,
      async onChange(slugs) {
        await refreshSearch(await getContentIndex(), slugs);
        const { url, token } = internalOrigin();
        if (!url) return; // `next start`: lists show the new time after their own lifetime
        const response = await fetch(`${url}/api/revalidate/live`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ slugs }),
          cache: 'no-store',
        });
        if (!response.ok) throw new Error(`expiring ${slugs.join(', ')} answered ${response.status}`);
      },
      onError: (error) => console.error('The live watcher could not look at content/live/:', error),
    }),
  );
}
