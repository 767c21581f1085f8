import { type Article, getAudience, getContentIndex, loadArticleBody, visibleArticles } from '@/lib/content';
import { buildFeed, FEED_FILES, FEED_SIZE, type FeedFormat, type FeedSpec } from '@/lib/feeds/build-feed';

type FeedSource = Omit<FeedSpec, 'bodies'>;

/** The whole site's feed. */
export async function siteFeed(): Promise<FeedSource> {
  const index = await getContentIndex();
  return {
    title: index.site.name,
    description: index.site.description,
    path: '/',
    articles: visibleArticles(index.articles, getAudience()),
  };
}

/** A section's feed, or undefined for an unknown section. */
export async function sectionFeed(slug: string): Promise<FeedSource | undefined> {
  const index = await getContentIndex();
  const section = index.sections.find((s) => s.slug === slug);
  if (!section) return undefined;
  return {
    title: `${section.name} | ${index.site.name}`,
    description: section.description,
    path: `/${slug}`,
    articles: visibleArticles(index.bySection.get(slug), getAudience()),
  };
}

/** An author's feed, or undefined for an unknown author. */
export async function authorFeed(id: string): Promise<FeedSource | undefined> {
  const index = await getContentIndex();
  const author = index.authors.get(id);
  if (!author) return undefined;
  return {
    title: `${author.name} | ${index.site.name}`,
    description: `${author.role}. ${author.bio}`,
    path: `/authors/${id}`,
    articles: visibleArticles(index.byAuthor.get(id), getAudience()),
  };
}

/** Serves a feed with its media type, or a plain 404 when its list does not exist. */
export async function feedResponse(
  source: Promise<FeedSource | undefined>,
  format: FeedFormat,
): Promise<Response> {
  const spec = await source;
  if (!spec)
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const index = await getContentIndex();
  const latest: Article[] = spec.articles.slice(0, FEED_SIZE);
  const bodies = new Map(
    await Promise.all(latest.map(async (a) => [a.slug, await loadArticleBody(a)] as const)),
  );
  return new Response(buildFeed(index, { ...spec, bodies }, format), {
    headers: {
      'Content-Type': `${FEED_FILES[format].type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
