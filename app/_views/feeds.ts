import { type Article, getContentIndex, loadArticleBody, routeFor } from '@/lib/content';
import { buildFeed, FEED_FILES, FEED_SIZE, type FeedFormat } from '@/lib/feeds/build-feed';
import { describeList } from './list-view';

/**
 * Serves the feed a path names (the site's, a section's, a topic's or an author's), with its media
 * type, or a plain 404 when the router says it does not exist.
 */
export async function feedResponse(pathname: string): Promise<Response> {
  const route = await routeFor(pathname);
  if (route.kind !== 'feed')
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const index = await getContentIndex();
  const { list, format } = route;
  const { feedTitle, description } = describeList({ index, list });
  const latest: Article[] = list.articles.slice(0, FEED_SIZE);
  const bodies = new Map(latest.map((a) => [a.slug, loadArticleBody(index, a)] as const));
  const spec = {
    title: feedTitle ? `${feedTitle} | ${index.site.name}` : index.site.name,
    description: list.name.type === 'home' ? index.site.description : description,
    path: list.basePath,
    articles: latest,
    bodies,
  };
  return new Response(buildFeed(index, spec, format), {
    headers: {
      'Content-Type': `${FEED_FILES[format].type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
