import { getContentIndex, routeFor } from '@/lib/content';
import { buildLiveFeed, FEED_FILES } from '@/lib/feeds/build-feed';
import { LIVE_REVALIDATE } from './live-story-view';

/** Serves the feed of a live story's updates a path names, or a plain 404 when the router says none. */
export async function liveFeedResponse(pathname: string): Promise<Response> {
  const route = await routeFor(pathname);
  const index = await getContentIndex();
  const coverage =
    route.kind === 'article' && route.format ? index.live?.coverage(route.article.slug) : undefined;
  if (route.kind !== 'article' || !route.format || !coverage)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  return new Response(buildLiveFeed(index, coverage, route.format), {
    headers: {
      'Content-Type': `${FEED_FILES[route.format].type}; charset=utf-8`,
      // Readers poll a live feed: a few seconds, as the page.
      'Cache-Control': `public, max-age=${LIVE_REVALIDATE}, stale-while-revalidate=60`,
    },
  });
}
